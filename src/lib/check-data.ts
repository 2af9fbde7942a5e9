// Command-line check of data/ for editors: `npm run data:check`. Prints every problem and exits 1.
import { loadAtlas } from './read-data.ts';

try {
  const atlas = await loadAtlas(process.cwd());
  const statements = atlas.sources.reduce((n, s) => n + s.citedBy.length, 0);
  console.log(
    `data/ is valid: ${atlas.corridors.length} corridors, ${atlas.sources.length} sources, ${statements} citations.`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
