// Command-line check of data/ for editors: `npm run data:check`. Prints every problem and exits 1,
// or prints how much of each section of the report the atlas uses or accounts for.
import { loadAtlas } from './read-data.ts';

try {
  const atlas = await loadAtlas(process.cwd());
  const statements = atlas.sources.reduce((n, s) => n + s.citedBy.length, 0);
  console.log(
    `data/ is valid: ${atlas.corridors.length} corridors, ${atlas.sources.length} sources, ${statements} citations.`,
  );
  console.log('\nCoverage of the report (every body sentence used as a basis or left out with a reason):');
  let total = 0;
  let accounted = 0;
  for (const c of atlas.coverage) {
    total += c.sentences;
    accounted += c.used + c.leftOut;
    const pct = c.sentences ? Math.round((100 * (c.used + c.leftOut)) / c.sentences) : 100;
    console.log(
      `  ${c.section.padEnd(3)} ${c.title.padEnd(52)} ${String(c.used).padStart(3)} used, ${String(c.leftOut).padStart(2)} left out of ${String(c.sentences).padStart(3)}: ${pct}% accounted for`,
    );
  }
  console.log(
    `  all ${''.padEnd(52)} ${accounted} of ${total}: ${Math.round((100 * accounted) / total)}% accounted for`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
