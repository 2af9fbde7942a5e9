/**
 * What every rule reads: the files that passed their schemas and the lookups built once from them
 * (the register by id, the outline index, the one list of statements, who cites each source, which
 * report sentences are used or left out). A rule is a function of this context to its problems.
 */
import { indexOutlines, parseBasis, type OutlineIndex } from '../basis.ts';
import type { LeftOutAt } from './coverage.ts';
import type { OutlineFile, Source } from '../schema.ts';
import type { AtlasInput, ParsedFiles } from './parse.ts';
import type { Problem } from './problem.ts';
import { allStatements, type CitingRef, type LocatedStatement } from './statements.ts';

/** The document the atlas reads: its outline is the one coverage and the comparison are measured against. */
export const REPORT = 'insight-crime-2023';

/** The paper's tables, as keyed in data/izcara/tables.yaml. */
export const TABLE_KEYS = ['table_1', 'table_2', 'table_3', 'table_4', 'table_5'] as const;

export interface RuleContext extends ParsedFiles {
  /** The files as read, for the paths of those that failed and how many there were. */
  input: AtlasInput;
  /** Every entry of every register, with its file and index there. */
  sources: Array<{ source: Source; file: string; index: number }>;
  sourceById: ReadonlyMap<string, Source>;
  /** What a source cites: its own items, or for an "Ibid." those of the footnote it repeats. */
  itemsOf: (source: Source) => Source['items'];
  outlineIndex: OutlineIndex;
  reportOutline: OutlineFile | undefined;
  /** Every statement of the atlas: corridors, report, comparison and Table 5. */
  statements: LocatedStatement[];
  /** For each source id cited, where: by statements (in their order), then by the tables. */
  citedBy: ReadonlyMap<string, CitingRef[]>;
  /** Every place and location id, with where it is defined: what a flow may start or end at. */
  geoIds: Array<{ id: string; file: string; field: string }>;
  /** The outline sentences used as the basis of a statement or of an actor's role. */
  used: ReadonlySet<string>;
  /** The `left_out` lists, with the file of each. */
  leftOut: LeftOutAt[];
  /** Whether every file that holds statements passed its schema; rules about the whole atlas need it. */
  complete: boolean;
}

/** One rule family: every problem it finds in the atlas. */
export type Rule = (ctx: RuleContext) => Problem[];

/**
 * Build the shared lookups once, from the files that passed their schemas.
 * @example buildContext(input, parseFiles(input).files).statements.length
 */
export function buildContext(input: AtlasInput, files: ParsedFiles): RuleContext {
  const sources = files.registers.flatMap(({ file, data }) =>
    data.sources.map((source, index) => ({ source, file, index })),
  );
  const sourceById = new Map(sources.map(({ source }) => [source.id, source]));
  const byNumber = new Map(sources.map(({ source }) => [`${source.document}#${source.number}`, source]));
  const itemsOf = (source: Source): Source['items'] =>
    source.ibid !== undefined ? (byNumber.get(`${source.document}#${source.ibid}`)?.items ?? []) : source.items;
  const statements = allStatements(files);
  const used = new Set([
    ...statements.flatMap((s) => s.statement.basis.map((b) => parseBasis(b).id)),
    ...files.corridors.flatMap((c) => c.data.actors.flatMap((a) => a.role_basis.map((b) => parseBasis(b).id))),
  ]);
  const geoIds = [
    ...(files.locations?.data.map((l, i) => ({ id: l.id, file: files.locations!.file, field: `locations[${i}].id` })) ??
      []),
    ...files.corridors.flatMap(({ file, data: c }) => [
      ...c.places.map((p, i) => ({ id: p.id, file, field: `places[${i}].id` })),
      ...c.locations.map((l, i) => ({ id: l.id, file, field: `locations[${i}].id` })),
    ]),
  ];
  return {
    ...files,
    geoIds,
    input,
    sources,
    sourceById,
    itemsOf,
    outlineIndex: indexOutlines(files.outlines),
    reportOutline: files.outlines.find((o) => o.document === REPORT),
    statements,
    citedBy: citingRefs(statements, files, sourceById, itemsOf),
    used,
    leftOut: [
      ...files.corridors.map((c) => ({ file: c.file, items: c.data.left_out })),
      ...(files.report ? [{ file: files.report.file, items: files.report.data.left_out }] : []),
    ],
    complete:
      files.corridors.length === input.corridors.length &&
      files.report !== undefined &&
      files.comparison !== undefined &&
      files.tables !== undefined,
  };
}

/** Who cites each source id: one entry per anchor, counting its claims and those resting on one interview. */
function citingRefs(
  statements: readonly LocatedStatement[],
  files: ParsedFiles,
  sourceById: ReadonlyMap<string, Source>,
  itemsOf: (source: Source) => Source['items'],
): Map<string, CitingRef[]> {
  const citedBy = new Map<string, CitingRef[]>();
  for (const { statement, ref } of statements) {
    // A claim rests on a single interview when everything it cites comes down to one interview.
    const items = new Set(
      statement.cites.flatMap((id) => {
        const src = sourceById.get(id);
        return src ? itemsOf(src).map((item) => JSON.stringify(item)) : [];
      }),
    );
    const single = items.size === 1 && (JSON.parse([...items][0]!) as { kind: string }).kind === 'interview';
    for (const id of statement.cites) {
      const refs = citedBy.get(id) ?? [];
      const same = refs.find((r) => r.anchor === ref.anchor && r.corridor === ref.corridor);
      if (same) {
        same.claims += 1;
        same.singleInterview += single ? 1 : 0;
      } else refs.push({ ...ref, claims: 1, singleInterview: single ? 1 : 0 });
      citedBy.set(id, refs);
    }
  }
  // Each table is cited where it is shown, on /national/.
  if (files.tables)
    for (const key of TABLE_KEYS) {
      const id = files.tables.data[key].source;
      const refs = citedBy.get(id) ?? [];
      refs.push({ corridor: null, section: 'tables', anchor: key.replace('_', '-'), claims: 1, singleInterview: 0 });
      citedBy.set(id, refs);
    }
  return citedBy;
}
