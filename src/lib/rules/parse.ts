/**
 * The first step: each data file against its zod schema. A file that fails gives problems that name
 * the field, what was found and what was expected (the allowed values of an enum, "missing
 * translation" for an absent `es`), and is left out of the cross-file rules that follow.
 */
import type { z } from 'zod';
import {
  ComparisonFile,
  Corridor,
  LocationsFile,
  OutlineFile,
  ReportFile,
  SourcesFile,
  TablesFile,
  type Comparison,
  type Location,
  type Report,
  type Tables,
} from '../schema.ts';
import { LANGUAGES } from '../languages.ts';
import { show, type Problem } from './problem.ts';

/** A data file after YAML parsing: its path relative to the project, and its contents. */
export interface RawFile {
  file: string;
  data: unknown;
}

export interface AtlasInput {
  corridors: RawFile[];
  sources: RawFile[];
  locations: RawFile;
  report: RawFile;
  comparison: RawFile;
  tables: RawFile;
  /** The outlines of the source documents, data/outline/*.yaml. */
  outlines: RawFile[];
}

/** A file that passed its schema, with its path. */
export interface Parsed<T> {
  file: string;
  data: T;
}

/** Every file that passed its schema; a file that failed is absent (or `undefined`). */
export interface ParsedFiles {
  registers: Array<Parsed<z.infer<typeof SourcesFile>>>;
  corridors: Array<Parsed<Corridor>>;
  locations?: Parsed<Location[]> | undefined;
  report?: Parsed<Report> | undefined;
  comparison?: Parsed<Comparison> | undefined;
  tables?: Parsed<Tables> | undefined;
  outlines: OutlineFile[];
}

function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(file)';
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/** Turn zod issues into problems; a union or enum issue names the allowed values. */
function schemaProblems(file: string, data: unknown, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const found = valueAt(data, issue.path);
    let expected = issue.message;
    if (issue.code === 'invalid_type') expected = `a value of type ${issue.expected}`;
    if (issue.code === 'invalid_value') expected = `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    if (issue.code === 'unrecognized_keys') {
      return {
        file,
        field: fieldPath(issue.path),
        found: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`,
        expected: 'only the fields of the schema in src/lib/schema.ts',
      };
    }
    if (issue.code === 'too_small' && Array.isArray(found))
      expected = `${issue.message} (at least ${String(issue.minimum)} item(s))`;
    if (issue.code === 'too_small' && typeof found === 'string') expected = `non-empty text (${issue.message})`;
    const lang = LANGUAGES.find((l) => issue.path.at(-1) === l.code);
    if (issue.code === 'invalid_type' && found === undefined && lang)
      expected = `${lang.english} text (missing translation)`;
    if (issue.path.length === 0 && found === undefined)
      return { file, field: '(file)', found: 'no file, or an empty one', expected: 'a YAML document' };
    return { file, field: fieldPath(issue.path), found: show(found), expected };
  });
}

/**
 * Check every file against its schema: the files that pass, and a problem for each issue of those
 * that do not.
 * @example parseFiles(input).problems // => [] for valid data
 */
export function parseFiles(input: AtlasInput): { files: ParsedFiles; problems: Problem[] } {
  const problems: Problem[] = [];
  const parse = <T>(schema: z.ZodType<T>, raw: RawFile): Parsed<T> | undefined => {
    const result = schema.safeParse(raw.data);
    if (result.success) return { file: raw.file, data: result.data };
    problems.push(...schemaProblems(raw.file, raw.data, result.error));
    return undefined;
  };
  const present = <T>(x: T | undefined): x is T => x !== undefined;
  const registers = input.sources.map((raw) => parse(SourcesFile, raw)).filter(present);
  const corridors = input.corridors.map((raw) => parse(Corridor, raw)).filter(present);
  const locations = parse(LocationsFile, input.locations);
  const report = parse(ReportFile, input.report);
  const comparison = parse(ComparisonFile, input.comparison);
  const tables = parse(TablesFile, input.tables);
  const outlines = input.outlines.map((raw) => parse(OutlineFile, raw)?.data).filter(present);
  return {
    files: {
      registers,
      corridors,
      locations: locations && { file: locations.file, data: locations.data.locations },
      report,
      comparison,
      tables,
      outlines,
    },
    problems,
  };
}
