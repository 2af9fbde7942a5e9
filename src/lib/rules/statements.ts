/**
 * Where the atlas's statements are: every claim of the corridors, the report, the comparison and the
 * paper's Table 5, each with its file, field path and the anchor its page gives it. The statement
 * rules, the register and the downloads all read the one list `allStatements` returns.
 */
import {
  NATIONAL_PARTS,
  type Comparison,
  type Corridor,
  type CorridorId,
  type Report,
  type Statement,
  type Tables,
} from '../schema.ts';
import { CORRIDOR_SECTIONS, sectionStatements } from '../sections.ts';

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

/** A statement with where it sits: file, field path, and the anchor it gets on its page. */
export interface LocatedStatement {
  statement: Statement;
  file: string;
  field: string;
  ref: StatementRef;
}

/**
 * Every statement of a corridor, in page order, with its field path and anchor.
 * @example corridorStatements(corridor, 'data/corridors/tamaulipas.yaml')[0]?.field // => 'summary[0]'
 */
export function corridorStatements(c: Corridor, file: string): LocatedStatement[] {
  return CORRIDOR_SECTIONS.flatMap((section) =>
    sectionStatements(c, section).map(({ statement, field, anchor }) => ({
      statement,
      file,
      field,
      ref: { corridor: c.id, section: section.field, anchor },
    })),
  );
}

/**
 * Every report-level statement (shown on the home page), with its field path and anchor.
 * @example reportStatements(report, 'data/report.yaml')[0]?.ref.anchor // => 'summary-1'
 */
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

/**
 * Every comparison rationale, with its field path and its cell's anchor on /compare/.
 * @example comparisonStatements(comparison, 'data/comparison.yaml')[0]?.field // => 'cells[0].rationale'
 */
export function comparisonStatements(c: Comparison, file: string): LocatedStatement[] {
  return c.cells.map((cell, i) => ({
    statement: cell.rationale,
    file,
    field: `cells[${i}].rationale`,
    ref: { corridor: null, section: 'comparison', anchor: `cell-${cell.corridor}-${cell.dimension}` },
  }));
}

/**
 * The summary of each network type of the paper's Table 5, with its anchor on /national/.
 * @example tableStatements(tables, 'data/izcara/tables.yaml')[0]?.field // => 'table_5.rows[0].summary'
 */
export function tableStatements(t: Tables, file: string): LocatedStatement[] {
  return t.table_5.rows.map((row, i) => ({
    statement: row.summary,
    file,
    field: `table_5.rows[${i}].summary`,
    ref: { corridor: null, section: 'tables', anchor: `network-${row.id}` },
  }));
}

/** The files that hold statements, each with its path; a file that failed its schema is left out. */
export interface StatementFiles {
  corridors: ReadonlyArray<{ file: string; data: Corridor }>;
  report?: { file: string; data: Report } | undefined;
  comparison?: { file: string; data: Comparison } | undefined;
  tables?: { file: string; data: Tables } | undefined;
}

/**
 * Every statement of the atlas, in one list: corridors (in the order given), report, comparison,
 * Table 5. Every statement-level rule reads this list, so none can skip a kind of statement.
 * @example allStatements({ corridors: [], tables: { file: 'data/izcara/tables.yaml', data: tables } })[0]?.field
 * // => 'table_5.rows[0].summary'
 */
export function allStatements({ corridors, report, comparison, tables }: StatementFiles): LocatedStatement[] {
  return [
    ...corridors.flatMap((c) => corridorStatements(c.data, c.file)),
    ...(report ? reportStatements(report.data, report.file) : []),
    ...(comparison ? comparisonStatements(comparison.data, comparison.file) : []),
    ...(tables ? tableStatements(tables.data, tables.file) : []),
  ];
}
