/**
 * The evidence pipeline. `validateAtlas` checks each data file against its schema, builds the shared
 * lookups once, runs every rule of `RULES` (one module each under rules/), and returns the checked
 * atlas or throws a `DataError` that lists every problem with its file, field, what was found and
 * what was expected.
 */
import { buildContext, type RuleContext, type Rule } from './rules/context.ts';
import { checkCitations } from './rules/citations.ts';
import { checkComparison } from './rules/comparison.ts';
import { checkCompleteness } from './rules/completeness.ts';
import { checkCorridors } from './rules/corridors.ts';
import { checkCoverage, coverage, type SectionCoverage } from './rules/coverage.ts';
import { checkFidelity } from './rules/fidelity.ts';
import { parseFiles, type AtlasInput } from './rules/parse.ts';
import { checkPlaces } from './rules/places.ts';
import { DataError } from './rules/problem.ts';
import { checkQuotes } from './rules/quotes.ts';
import { checkReport } from './rules/report.ts';
import { checkRoles } from './rules/roles.ts';
import { checkSources } from './rules/sources.ts';
import type { CitingRef } from './rules/statements.ts';
import { checkPaperTables } from './rules/tables.ts';
import { checkTranslations } from './rules/translations.ts';
import type { Comparison, Corridor, Document, Location, OutlineFile, Report, Source, Tables } from './schema.ts';

export { DataError, formatProblem, type Problem } from './rules/problem.ts';
export type { AtlasInput, RawFile } from './rules/parse.ts';
export type { Rule, RuleContext } from './rules/context.ts';
export { distanceKm, REGION_BBOX } from './rules/places.ts';
export {
  allStatements,
  comparisonStatements,
  corridorStatements,
  reportStatements,
  tableStatements,
  type CitingRef,
  type LocatedStatement,
  type StatementRef,
} from './rules/statements.ts';

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

/** Every rule, in the order its problems are listed: files on their own, then statements, then the whole. */
export const RULES: readonly Rule[] = [
  checkSources,
  checkCorridors,
  checkPlaces,
  checkReport,
  checkComparison,
  checkPaperTables,
  checkCitations,
  checkTranslations,
  checkFidelity,
  checkQuotes,
  checkRoles,
  checkCoverage,
  checkCompleteness,
];

/**
 * Check every file and every rule; return the atlas, or throw a DataError listing all problems.
 * @example validateAtlas(await readAtlasFiles('data')).corridors.length // => 4
 */
export function validateAtlas(input: AtlasInput): Atlas {
  const { files, problems } = parseFiles(input);
  const ctx = buildContext(input, files);
  for (const rule of RULES) problems.push(...rule(ctx));
  const { report, locations, comparison, tables } = ctx;
  if (problems.length || !report || !locations || !comparison || !tables || !ctx.reportOutline)
    throw new DataError(problems);
  return {
    documents: ctx.registers.map((r) => r.data.document),
    sources: ctx.sources.map(({ source }) => ({
      ...source,
      resolvedItems: ctx.itemsOf(source),
      citedBy: ctx.citedBy.get(source.id) ?? [],
      placesInDocument: placesInDocument(source, ctx),
    })),
    corridors: ctx.corridors.map((c) => c.data).sort((a, b) => a.number - b.number),
    locations: [...locations.data, ...ctx.corridors.flatMap((c) => c.data.locations)],
    report: report.data,
    comparison: comparison.data,
    tables: tables.data,
    outlines: ctx.outlines,
    coverage: coverage(ctx.reportOutline, ctx.used, ctx.leftOut),
  };
}

/** The paragraphs of its document whose sentences carry a footnote, each once. */
function placesInDocument(source: Source, ctx: RuleContext): PlaceInDocument[] {
  if (source.number === undefined) return [];
  const seen = new Map<string, PlaceInDocument>();
  for (const s of ctx.outlineIndex.values())
    if (s.document === source.document && s.footnotes.includes(source.number)) {
      const key = `${s.section.id}.${s.paragraph.kind}${s.paragraph.n}`;
      seen.set(key, { section: s.section.id, title: s.section.title, paragraph: s.paragraph.n });
    }
  return [...seen.values()];
}
