/**
 * The evidence rules. `validateAtlas` takes the parsed data files, checks each against its schema and
 * then every cross-file rule (citations resolve, every footnote is cited, places lie in their
 * corridor, ids are unique, translations exist), and returns the checked atlas or throws a
 * `DataError` that lists every problem with its file, field, what was found and what was expected.
 */
import type { z } from 'zod';
import {
  checkActorRole,
  checkStatement,
  coverage,
  coverageProblems,
  indexOutlines,
  parseBasis,
  type LeftOutAt,
  type SectionCoverage,
} from './basis.ts';
import {
  ComparisonFile,
  Corridor as CorridorSchema,
  LocationsFile,
  NATIONAL_PARTS,
  OutlineFile,
  ReportFile,
  SourcesFile,
  type Comparison,
  type Corridor,
  type CorridorId,
  type Document,
  type Location,
  type Place,
  type Report,
  type Source,
  type Statement,
  type Tables,
  TablesFile,
} from './schema.ts';
import { certaintyRank } from './cues.ts';
import { checkTables } from './tables.ts';

export interface Problem {
  file: string;
  field: string;
  found: string;
  expected: string;
}

/** Thrown when the data breaks a rule; its message lists every problem, one per line. */
export class DataError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `The atlas data has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map(formatProblem).join('\n'),
    );
    this.name = 'DataError';
    this.problems = problems;
  }
}

/**
 * One problem as one line an editor can act on.
 * @example formatProblem({ file: 'data/a.yaml', field: 'x', found: '1', expected: '2' })
 * // => 'data/a.yaml: x: found 1, expected 2'
 */
export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.field}: found ${p.found}, expected ${p.expected}`;
}

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

/** Where a statement appears, so that the register can link back to it. */
export interface StatementRef {
  /** `null` for the report-level statements shown on the home page. */
  corridor: CorridorId | null;
  section: string;
  anchor: string;
}

/** A place where a source is cited: how many claims there rest on it, and how many of those on one interview alone. */
export interface CitingRef extends StatementRef {
  claims: number;
  singleInterview: number;
}

/** Where a footnote sits in its document: section and paragraph, from the outline. */
export interface PlaceInDocument {
  section: string;
  title: string;
  paragraph: number;
}

export interface ResolvedSource extends Source {
  /** For an "Ibid." footnote, the items of the footnote it repeats; otherwise its own. */
  resolvedItems: Source['items'];
  citedBy: CitingRef[];
  /** The paragraphs of the document whose sentences carry this footnote. */
  placesInDocument: PlaceInDocument[];
}

export interface Atlas {
  documents: Document[];
  sources: ResolvedSource[];
  corridors: Corridor[];
  locations: Location[];
  report: Report;
  comparison: Comparison;
  tables: Tables;
  outlines: OutlineFile[];
  /** How much of each section of the report the atlas uses or accounts for. */
  coverage: SectionCoverage[];
}

/** Corridor places must lie in this box around the border (west, south, east, north). */
export const REGION_BBOX = [-118.5, 23.5, -96.5, 34.5] as const;
const MAX_QUOTE_WORDS = 40;

/**
 * Great-circle distance in kilometres.
 * @example Math.round(distanceKm([-117.0382, 32.5149], [-115.4523, 32.6245])) // => 149 (Tijuana to Mexicali)
 */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
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
    if (issue.code === 'invalid_type' && found === undefined && /\.(en|es)$/.test(fieldPath(issue.path)))
      expected = `${fieldPath(issue.path).endsWith('.es') ? 'Spanish' : 'English'} text (missing translation)`;
    if (issue.path.length === 0 && found === undefined)
      return { file, field: '(file)', found: 'no file, or an empty one', expected: 'a YAML document' };
    return { file, field: fieldPath(issue.path), found: show(found), expected };
  });
}

function parse<T>(schema: z.ZodType<T>, raw: RawFile, problems: Problem[]): T | undefined {
  const result = schema.safeParse(raw.data);
  if (result.success) return result.data;
  problems.push(...schemaProblems(raw.file, raw.data, result.error));
  return undefined;
}

/** A statement with where it sits: file, field path, and the anchor it gets on its page. */
export interface LocatedStatement {
  statement: Statement;
  file: string;
  field: string;
  ref: StatementRef;
}

/** Every statement of a corridor, in page order, with its field path and anchor. */
export function corridorStatements(c: Corridor, file: string): LocatedStatement[] {
  const out: LocatedStatement[] = [];
  const add = (statement: Statement, field: string, section: string, anchor: string) =>
    out.push({ statement, file, field, ref: { corridor: c.id, section, anchor } });
  const list = (key: 'summary' | 'smuggling_nexus' | 'victims' | 'recruitment' | 'data_gaps' | 'unverified') =>
    c[key].forEach((s, i) => add(s, `${key}[${i}]`, key, `${key.replace(/_/g, '-')}-${i + 1}`));
  list('summary');
  c.places.forEach((p, i) => add(p.about, `places[${i}].about`, 'places', `place-${p.id}`));
  c.actors.forEach((a, i) =>
    a.statements.forEach((s, j) => add(s, `actors[${i}].statements[${j}]`, 'actors', `actor-${a.id}`)),
  );
  c.state_involvement.forEach((s, i) =>
    add(s, `state_involvement[${i}]`, 'state_involvement', `state-involvement-${i + 1}`),
  );
  list('smuggling_nexus');
  list('victims');
  list('recruitment');
  c.flows.forEach((f, i) => add(f.about, `flows[${i}].about`, 'flows', `flow-${f.id}`));
  c.figures.forEach((f, i) => add(f.about, `figures[${i}].about`, 'figures', `figure-${f.id}`));
  list('data_gaps');
  list('unverified');
  return out;
}

/** Every report-level statement (shown on the home page), with its field path and anchor. */
export function reportStatements(r: Report, file: string): LocatedStatement[] {
  const out: LocatedStatement[] = [];
  const add = (statement: Statement, field: string, section: string, anchor: string) =>
    out.push({ statement, file, field, ref: { corridor: null, section, anchor } });
  r.summary.forEach((s, i) => add(s, `summary[${i}]`, 'summary', `summary-${i + 1}`));
  r.findings.forEach((s, i) => add(s, `findings[${i}]`, 'findings', `finding-${i + 1}`));
  r.background.forEach((s, i) => add(s, `background[${i}]`, 'background', `background-${i + 1}`));
  r.figures.forEach((f, i) => add(f.about, `figures[${i}].about`, 'figures', `figure-${f.id}`));
  for (const part of NATIONAL_PARTS)
    r.national[part].forEach((s, i) => add(s, `national.${part}[${i}]`, 'national', `national-${part}-${i + 1}`));
  r.opportunities.forEach((o, i) => {
    o.statements.forEach((s, j) =>
      add(s, `opportunities[${i}].statements[${j}]`, 'opportunities', `opportunity-${o.number}`),
    );
    add(o.reading, `opportunities[${i}].reading`, 'opportunities', `opportunity-${o.number}`);
  });
  return out;
}

/** Every comparison rationale, with its field path and its cell's anchor on /compare/. */
export function comparisonStatements(c: Comparison, file: string): LocatedStatement[] {
  return c.cells.map((cell, i) => ({
    statement: cell.rationale,
    file,
    field: `cells[${i}].rationale`,
    ref: { corridor: null, section: 'comparison', anchor: `cell-${cell.corridor}-${cell.dimension}` },
  }));
}

/** The summary of each network type of the paper's Table 5, with its anchor on /national/. */
export function tableStatements(t: Tables, file: string): LocatedStatement[] {
  return t.table_5.rows.map((row, i) => ({
    statement: row.summary,
    file,
    field: `table_5.rows[${i}].summary`,
    ref: { corridor: null, section: 'tables', anchor: `network-${row.id}` },
  }));
}

function duplicates<T>(items: T[], key: (t: T) => string): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  items.forEach((item, i) => seen.set(key(item), [...(seen.get(key(item)) ?? []), i]));
  return new Map([...seen].filter(([, idx]) => idx.length > 1));
}

/**
 * Check every file and every rule; return the atlas, or throw a DataError listing all problems.
 * @example validateAtlas(await readAtlasFiles('data')).corridors.length // => 4
 */
export function validateAtlas(input: AtlasInput): Atlas {
  const problems: Problem[] = [];

  const sourceFiles = input.sources.map((raw) => ({ raw, parsed: parse(SourcesFile, raw, problems) }));
  const corridors = input.corridors.map((raw) => ({ raw, parsed: parse(CorridorSchema, raw, problems) }));
  const locationsFile = parse(LocationsFile, input.locations, problems);
  const report = parse(ReportFile, input.report, problems);
  const comparison = parse(ComparisonFile, input.comparison, problems);
  const tables = parse(TablesFile, input.tables, problems);
  if (tables) problems.push(...checkTables(tables, input.tables.file));
  const outlines = input.outlines.map((raw) => parse(OutlineFile, raw, problems));
  const outlineIndex = indexOutlines(outlines.filter((o): o is OutlineFile => o !== undefined));
  const reportOutline = outlines.find((o) => o?.document === 'insight-crime-2023');
  if (!reportOutline)
    problems.push({
      file: 'data/outline/',
      field: '(directory)',
      found: 'no outline of insight-crime-2023',
      expected: 'data/outline/insight-crime-2023.yaml (run `npm run outline`)',
    });

  // Sources: unique ids, footnote numbers 1..N without gaps, ids that match numbers, Ibid. that resolve.
  const allSources: Array<{ source: Source; file: string; index: number }> = [];
  for (const { raw, parsed } of sourceFiles) {
    if (!parsed) continue;
    parsed.sources.forEach((source, index) => allSources.push({ source, file: raw.file, index }));
    if (parsed.sources.some((s) => s.document !== parsed.document.id)) {
      const i = parsed.sources.findIndex((s) => s.document !== parsed.document.id);
      problems.push({
        file: raw.file,
        field: `sources[${i}].document`,
        found: show(parsed.sources[i]?.document),
        expected: `the file's document id ${show(parsed.document.id)}`,
      });
    }
    const numbered = parsed.sources.filter((s) => s.number !== undefined);
    const byNumber = new Map(numbered.map((s) => [s.number!, s]));
    const max = Math.max(0, ...byNumber.keys());
    const missing = Array.from({ length: max }, (_, i) => i + 1).filter((n) => !byNumber.has(n));
    if (missing.length)
      problems.push({
        file: raw.file,
        field: 'sources',
        found: `footnotes up to ${max} without number(s) ${missing.join(', ')}`,
        expected: `every footnote from 1 to ${max}`,
      });
    parsed.sources.forEach((s, i) => {
      const prefix = s.document === 'insight-crime-2023' ? 'ic' : 'ip';
      if (!s.id.startsWith(`${prefix}-`))
        problems.push({
          file: raw.file,
          field: `sources[${i}].id`,
          found: show(s.id),
          expected: `an id starting with "${prefix}-"`,
        });
      if (s.number !== undefined && s.id !== `${prefix}-${s.number}`)
        problems.push({
          file: raw.file,
          field: `sources[${i}].id`,
          found: show(s.id),
          expected: `"${prefix}-${s.number}" for footnote ${s.number}`,
        });
      if (s.ibid !== undefined) {
        const target = byNumber.get(s.ibid);
        if (!target || s.number === undefined || s.ibid >= s.number)
          problems.push({
            file: raw.file,
            field: `sources[${i}].ibid`,
            found: show(s.ibid),
            expected: 'the number of an earlier footnote in the same document',
          });
      }
    });
  }
  for (const [id, idx] of duplicates(allSources, (s) => s.source.id))
    for (const i of idx.slice(1))
      problems.push({
        file: allSources[i]!.file,
        field: `sources[${allSources[i]!.index}].id`,
        found: show(id),
        expected: 'an id used only once in the register',
      });
  const sourceIds = new Set(allSources.map((s) => s.source.id));

  // Corridors, places and locations: unique ids, places near their corridor, references that resolve.
  const goodCorridors = corridors.filter((c): c is { raw: RawFile; parsed: Corridor } => c.parsed !== undefined);
  for (const [id, idx] of duplicates(goodCorridors, (c) => c.parsed.id))
    for (const i of idx.slice(1))
      problems.push({
        file: goodCorridors[i]!.raw.file,
        field: 'id',
        found: show(id),
        expected: 'a corridor id used by one file only',
      });
  for (const [n, idx] of duplicates(goodCorridors, (c) => String(c.parsed.number)))
    for (const i of idx.slice(1))
      problems.push({
        file: goodCorridors[i]!.raw.file,
        field: 'number',
        found: n,
        expected: 'a corridor number used by one file only',
      });

  const geoIds: Array<{ id: string; file: string; field: string }> = [];
  locationsFile?.locations.forEach((l, i) =>
    geoIds.push({ id: l.id, file: input.locations.file, field: `locations[${i}].id` }),
  );
  for (const { raw, parsed: c } of goodCorridors) {
    c.places.forEach((p, i) => geoIds.push({ id: p.id, file: raw.file, field: `places[${i}].id` }));
    c.locations.forEach((l, i) => geoIds.push({ id: l.id, file: raw.file, field: `locations[${i}].id` }));
  }
  for (const [id, idx] of duplicates(geoIds, (g) => g.id))
    for (const i of idx.slice(1))
      problems.push({
        file: geoIds[i]!.file,
        field: geoIds[i]!.field,
        found: show(id),
        expected: 'a place or location id used only once across the atlas',
      });
  const geoIdSet = new Set(geoIds.map((g) => g.id));

  for (const { raw, parsed: c } of goodCorridors) {
    const [w, s, e, n] = REGION_BBOX;
    const inRegion = ([lon, lat]: readonly [number, number]) => lon >= w && lon <= e && lat >= s && lat <= n;
    if (!inRegion(c.center))
      problems.push({
        file: raw.file,
        field: 'center',
        found: show(c.center),
        expected: `a point in the border region [${REGION_BBOX.join(', ')}]`,
      });
    c.places.forEach((p: Place, i) => {
      if (!inRegion(p.coordinates))
        problems.push({
          file: raw.file,
          field: `places[${i}].coordinates`,
          found: show(p.coordinates),
          expected: `[longitude, latitude] in the border region [${REGION_BBOX.join(', ')}]`,
        });
      const d = distanceKm(c.center, p.coordinates);
      if (d > c.radius_km)
        problems.push({
          file: raw.file,
          field: `places[${i}].coordinates`,
          found: `${show(p.coordinates)}, ${Math.round(d)} km from the corridor's center`,
          expected: `a point within radius_km (${c.radius_km} km) of center ${show(c.center)}`,
        });
    });
    const placeIds = new Set(c.places.map((p) => p.id));
    for (const [key, items] of [
      ['actors', c.actors],
      ['flows', c.flows],
      ['figures', c.figures],
    ] as const)
      for (const [id, idx] of duplicates<{ id: string }>([...items], (x) => x.id))
        for (const i of idx.slice(1))
          problems.push({
            file: raw.file,
            field: `${key}[${i}].id`,
            found: show(id),
            expected: `an id used only once among the corridor's ${key}`,
          });
    c.actors.forEach((a, i) =>
      a.places.forEach((pid, j) => {
        if (!placeIds.has(pid))
          problems.push({
            file: raw.file,
            field: `actors[${i}].places[${j}]`,
            found: show(pid),
            expected: `the id of one of this corridor's places (${[...placeIds].join(', ')})`,
          });
      }),
    );
    c.flows.forEach((f, i) =>
      (['from', 'to'] as const).forEach((end) => {
        if (!geoIdSet.has(f[end]))
          problems.push({
            file: raw.file,
            field: `flows[${i}].${end}`,
            found: show(f[end]),
            expected: 'the id of a place or of a location in data/locations.yaml',
          });
      }),
    );
  }

  if (report) {
    for (const [key, items] of [
      ['figures', report.figures],
      ['opportunities', report.opportunities],
    ] as const)
      for (const [id, idx] of duplicates<{ id: string }>([...items], (x) => x.id))
        for (const i of idx.slice(1))
          problems.push({
            file: input.report.file,
            field: `${key}[${i}].id`,
            found: show(id),
            expected: `an id used only once among the report's ${key}`,
          });
    for (const [n, idx] of duplicates(report.opportunities, (o) => String(o.number)))
      for (const i of idx.slice(1))
        problems.push({
          file: input.report.file,
          field: `opportunities[${i}].number`,
          found: n,
          expected: 'numbers 1 to 4, each once',
        });
  }

  if (comparison) {
    const file = input.comparison.file;
    const dims = new Map(comparison.dimensions.map((d) => [d.id, d]));
    for (const [id, idx] of duplicates(comparison.dimensions, (d) => d.id))
      for (const i of idx.slice(1))
        problems.push({
          file,
          field: `dimensions[${i}].id`,
          found: show(id),
          expected: 'a dimension id used only once',
        });
    comparison.dimensions.forEach((d, i) => {
      for (const [code, idx] of duplicates(d.levels, (l) => String(l.code)))
        for (const j of idx.slice(1))
          problems.push({
            file,
            field: `dimensions[${i}].levels[${j}].code`,
            found: code,
            expected: 'each level code once',
          });
    });
    comparison.cells.forEach((cell, i) => {
      const dim = dims.get(cell.dimension);
      if (!dim) {
        problems.push({
          file,
          field: `cells[${i}].dimension`,
          found: show(cell.dimension),
          expected: `one of the dimensions (${[...dims.keys()].join(', ')})`,
        });
        return;
      }
      const level = dim.levels.find((l) => l.code === cell.code);
      if (!level)
        problems.push({
          file,
          field: `cells[${i}].code`,
          found: show(cell.code),
          expected: `a level code of ${dim.id} (${dim.levels.map((l) => l.code).join(', ')})`,
        });
      // A code is no firmer than its rationale: what the report hedges or could not verify gets a level that says so.
      else if (certaintyRank(cell.rationale.certainty) < certaintyRank(level.min_certainty)) {
        const unclear = dim.levels.find((l) => l.unclear);
        problems.push({
          file,
          field: `cells[${i}].code`,
          found: `${show(cell.code)} (${show(level.label.en)}), firmer than its rationale (${show(cell.rationale.certainty)})`,
          expected: unclear
            ? `the unclear level (${unclear.code}) or a rationale at least ${show(level.min_certainty)}`
            : `a rationale at least ${show(level.min_certainty)}, or an unclear level on ${dim.id}`,
        });
      }
      if (!cell.rationale.basis.some((b) => outlineIndex.get(parseBasis(b).id)?.document === 'insight-crime-2023'))
        problems.push({
          file,
          field: `cells[${i}].rationale.basis`,
          found: show(cell.rationale.basis),
          expected: 'at least one sentence of the report (the comparison reads the report)',
        });
    });
    for (const [key, idx] of duplicates(comparison.cells, (c) => `${c.corridor}/${c.dimension}`))
      for (const i of idx.slice(1))
        problems.push({
          file,
          field: `cells[${i}]`,
          found: `a second cell for ${key}`,
          expected: 'one cell per corridor and dimension',
        });
    const have = new Set(comparison.cells.map((c) => `${c.corridor}/${c.dimension}`));
    for (const d of comparison.dimensions)
      for (const c of CorridorSchema.shape.id.options)
        if (!have.has(`${c}/${d.id}`))
          problems.push({
            file,
            field: 'cells',
            found: `no cell for ${c} on ${d.id}`,
            expected: 'one cell per corridor and dimension',
          });
    comparison.opportunity_dimensions.forEach((o, i) =>
      o.dimensions.forEach((d, j) => {
        if (!dims.has(d))
          problems.push({
            file,
            field: `opportunity_dimensions[${i}].dimensions[${j}]`,
            found: show(d),
            expected: 'a dimension id',
          });
      }),
    );
  }

  // Statements: every citation resolves, quotations stay short, Spanish is not a copy of English.
  const statements: LocatedStatement[] = [
    ...goodCorridors.flatMap(({ raw, parsed }) => corridorStatements(parsed, raw.file)),
    ...(report ? reportStatements(report, input.report.file) : []),
    ...(comparison ? comparisonStatements(comparison, input.comparison.file) : []),
    ...(tables ? tableStatements(tables, input.tables.file) : []),
  ];
  const citedBy = new Map<string, CitingRef[]>();
  const bySourceNumber = new Map(allSources.map(({ source }) => [`${source.document}#${source.number}`, source]));
  const itemsOf = (source: Source): Source['items'] =>
    source.ibid !== undefined ? (bySourceNumber.get(`${source.document}#${source.ibid}`)?.items ?? []) : source.items;
  const sourceById = new Map(allSources.map(({ source }) => [source.id, source]));
  for (const { statement, file, field, ref } of statements) {
    // A claim rests on a single interview when everything it cites comes down to one interview.
    const items = new Set(
      statement.cites.flatMap((id) => {
        const src = sourceById.get(id);
        return src ? itemsOf(src).map((item) => JSON.stringify(item)) : [];
      }),
    );
    const single = items.size === 1 && (JSON.parse([...items][0]!) as { kind: string }).kind === 'interview';
    statement.cites.forEach((id, i) => {
      if (!sourceIds.has(id))
        problems.push({
          file,
          field: `${field}.cites[${i}]`,
          found: show(id),
          expected: 'the id of a source in data/sources/ (e.g. ic-12)',
        });
      const refs = citedBy.get(id) ?? [];
      const same = refs.find((r) => r.anchor === ref.anchor && r.corridor === ref.corridor);
      if (same) {
        same.claims += 1;
        same.singleInterview += single ? 1 : 0;
      } else refs.push({ ...ref, claims: 1, singleInterview: single ? 1 : 0 });
      citedBy.set(id, refs);
    });
    if (statement.en.length > 40 && statement.en.trim() === statement.es.trim())
      problems.push({
        file,
        field: `${field}.es`,
        found: 'the English text copied unchanged',
        expected: 'a Spanish translation (missing translation)',
      });
    if (reportOutline) problems.push(...checkStatement({ statement, file, field, ref }, outlineIndex));
    if (statement.quote) {
      const words = statement.quote.en.split(/\s+/).length;
      if (words > MAX_QUOTE_WORDS)
        problems.push({
          file,
          field: `${field}.quote.en`,
          found: `a quotation of ${words} words`,
          expected: `a short quotation of at most ${MAX_QUOTE_WORDS} words`,
        });
    }
  }
  if (tables)
    for (const key of ['table_1', 'table_2', 'table_3', 'table_4', 'table_5'] as const) {
      const id = tables[key].source;
      if (!sourceIds.has(id))
        problems.push({
          file: input.tables.file,
          field: `${key}.source`,
          found: show(id),
          expected: 'the id of a source (ip-table-N)',
        });
      const refs = citedBy.get(id) ?? [];
      refs.push({ corridor: null, section: 'tables', anchor: key.replace('_', '-'), claims: 1, singleInterview: 0 });
      citedBy.set(id, refs);
    }
  // Actor roles rest on their statements' basis and are no firmer than those statements.
  if (reportOutline)
    for (const { raw, parsed: c } of goodCorridors)
      c.actors.forEach((a, i) => problems.push(...checkActorRole(a, raw.file, `actors[${i}]`, outlineIndex)));

  // Coverage: every sentence of the report's body is the basis of something or left out with a reason.
  const used = new Set([
    ...statements.flatMap((s) => s.statement.basis.map((b) => parseBasis(b).id)),
    ...goodCorridors.flatMap((c) => c.parsed.actors.flatMap((a) => a.role_basis.map((b) => parseBasis(b).id))),
  ]);
  const leftOut: LeftOutAt[] = [
    ...goodCorridors.map((c) => ({ file: c.raw.file, items: c.parsed.left_out })),
    ...(report ? [{ file: input.report.file, items: report.left_out }] : []),
  ];
  const ownerOf = (section: string) => {
    const n = /^c(\d+)$/.exec(section)?.[1];
    return goodCorridors.find((c) => String(c.parsed.number) === n)?.raw.file ?? input.report.file;
  };
  // Only meaningful when every file parsed: a broken file's basis is unknown.
  const everyFileParsed = goodCorridors.length === corridors.length && report !== undefined && tables !== undefined;
  if (reportOutline && everyFileParsed && comparison !== undefined)
    problems.push(...coverageProblems(reportOutline, used, leftOut, ownerOf, outlineIndex));

  // Only meaningful when every citing file parsed: a broken file's citations are unknown.
  const allParsed =
    goodCorridors.length === corridors.length &&
    report !== undefined &&
    comparison !== undefined &&
    tables !== undefined;
  for (const { source, file, index } of allSources)
    if (allParsed && !citedBy.has(source.id))
      problems.push({
        file,
        field: `sources[${index}]`,
        found: `${show(source.id)} cited by no statement`,
        expected: 'every source to be cited by at least one statement',
      });

  if (input.sources.length === 0)
    problems.push({
      file: 'data/sources/',
      field: '(directory)',
      found: 'no YAML file',
      expected: 'the source register, one file per document',
    });

  // Every corridor must be present.
  if (goodCorridors.length === corridors.length) {
    const have = new Set(goodCorridors.map((c) => c.parsed.id));
    for (const id of CorridorSchema.shape.id.options)
      if (!have.has(id))
        problems.push({
          file: 'data/corridors/',
          field: 'id',
          found: `no file for corridor ${show(id)}`,
          expected: `one file per corridor (${CorridorSchema.shape.id.options.join(', ')})`,
        });
  }

  if (problems.length || !report || !locationsFile || !comparison || !tables || !reportOutline)
    throw new DataError(problems);

  const placesOf = (source: Source): PlaceInDocument[] => {
    if (source.number === undefined) return [];
    const seen = new Map<string, PlaceInDocument>();
    for (const s of outlineIndex.values())
      if (s.document === source.document && s.footnotes.includes(source.number)) {
        const key = `${s.section.id}.${s.paragraph.kind}${s.paragraph.n}`;
        seen.set(key, { section: s.section.id, title: s.section.title, paragraph: s.paragraph.n });
      }
    return [...seen.values()];
  };
  const resolved: ResolvedSource[] = allSources.map(({ source }) => ({
    ...source,
    resolvedItems: itemsOf(source),
    citedBy: citedBy.get(source.id) ?? [],
    placesInDocument: placesOf(source),
  }));
  return {
    documents: sourceFiles.flatMap((f) => (f.parsed ? [f.parsed.document] : [])),
    sources: resolved,
    corridors: goodCorridors.map((c) => c.parsed).sort((a, b) => a.number - b.number),
    locations: [...locationsFile.locations, ...goodCorridors.flatMap((c) => c.parsed.locations)],
    report,
    comparison,
    tables,
    outlines: outlines.filter((o): o is OutlineFile => o !== undefined),
    coverage: coverage(reportOutline, used, leftOut),
  };
}
