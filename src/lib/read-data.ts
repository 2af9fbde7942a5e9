/**
 * Reads the YAML files of data/ from disk. Kept apart from the rules so that unit tests can feed
 * the rules broken copies of the data without touching the files.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { DataError, validateAtlas, type Atlas, type AtlasInput, type RawFile } from './evidence.ts';

async function readYaml(root: string, rel: string): Promise<RawFile> {
  let text: string;
  try {
    text = await readFile(path.join(root, rel), 'utf8');
  } catch {
    return { file: rel, data: undefined }; // reported by the schema check as a missing file
  }
  try {
    return { file: rel, data: parse(text) };
  } catch (error) {
    throw new DataError([
      {
        file: rel,
        field: '(file)',
        found: `invalid YAML (${(error as Error).message.split('\n')[0]})`,
        expected: 'a valid YAML document',
      },
    ]);
  }
}

async function yamlFiles(root: string, dir: string): Promise<string[]> {
  const names = await readdir(path.join(root, dir));
  return names
    .filter((n) => n.endsWith('.yaml'))
    .sort()
    .map((n) => `${dir}/${n}`);
}

/**
 * Read every data file under `root` (the project directory) without validating it.
 * @example (await readAtlasFiles('.')).corridors.map((f) => f.file) // => ['data/corridors/ciudad-juarez.yaml', ...]
 */
export async function readAtlasFiles(root: string): Promise<AtlasInput> {
  const [corridors, sources, outlines] = await Promise.all([
    Promise.all((await yamlFiles(root, 'data/corridors')).map((f) => readYaml(root, f))),
    Promise.all((await yamlFiles(root, 'data/sources')).map((f) => readYaml(root, f))),
    Promise.all((await yamlFiles(root, 'data/outline')).map((f) => readYaml(root, f))),
  ]);
  return {
    corridors,
    sources,
    locations: await readYaml(root, 'data/locations.yaml'),
    report: await readYaml(root, 'data/report.yaml'),
    comparison: await readYaml(root, 'data/comparison.yaml'),
    tables: await readYaml(root, 'data/izcara/tables.yaml'),
    outlines,
  };
}

/** Read and check the whole atlas; throws a DataError naming every problem. */
export async function loadAtlas(root: string): Promise<Atlas> {
  return validateAtlas(await readAtlasFiles(root));
}
