// `npm run outline`: derive the outline of each source document from ../shared/sources/ (or
// $SOURCES_DIR) and write it to data/outline/. Run it when the documents or the parser change.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { OUTLINED_DOCUMENTS, serializeOutline } from './outline.ts';

const root = process.cwd();
const sourcesDir = process.env.SOURCES_DIR ?? path.resolve(root, '../shared/sources');
await mkdir(path.join(root, 'data/outline'), { recursive: true });
for (const doc of OUTLINED_DOCUMENTS) {
  const text = await readFile(path.join(sourcesDir, doc.file), 'utf8');
  const outline = doc.parse(text);
  const out = `data/outline/${doc.document}.yaml`;
  await writeFile(path.join(root, out), serializeOutline(outline, `../shared/sources/${doc.file}`));
  console.log(`${out}: ${outline.sentences.length} sentences in ${outline.sections.length} sections`);
}
