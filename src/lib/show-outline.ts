// `npm run outline:show -- [prefix]`: print the outline's sentences with their ids, footnotes and
// cues, and the sentence itself, read from ../shared/sources/ (or $SOURCES_DIR). For editors choosing
// a statement's basis; nothing is written.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { OUTLINED_DOCUMENTS } from './outline.ts';

const prefixes = process.argv.slice(2);
const sourcesDir = process.env.SOURCES_DIR ?? path.resolve(process.cwd(), '../shared/sources');
for (const doc of OUTLINED_DOCUMENTS) {
  const outline = doc.parse(await readFile(path.join(sourcesDir, doc.file), 'utf8'), true);
  for (const s of outline.sentences) {
    if (prefixes.length && !prefixes.some((p) => s.id === p || s.id.startsWith(`${p}.`))) continue;
    const meta = [
      s.kind !== 'text' ? s.kind : '',
      s.footnotes.length ? `fn ${s.footnotes.join(',')}` : '',
      s.cues.join(','),
    ]
      .filter(Boolean)
      .join('; ');
    console.log(`${s.id}${meta ? ` [${meta}]` : ''}\n    ${s.text}`);
  }
}
