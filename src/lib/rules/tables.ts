/**
 * The paper's tables (data/izcara/tables.yaml): rows add up to the published totals and percentages
 * match their counts (src/lib/tables.ts), and each table names a source in the register.
 */
import { checkTables } from '../tables.ts';
import { TABLE_KEYS, type RuleContext } from './context.ts';
import { show, type Problem } from './problem.ts';

/** Arithmetic problems of the tables, then tables whose source is not in the register. */
export function checkPaperTables(ctx: RuleContext): Problem[] {
  if (!ctx.tables) return [];
  const { file, data } = ctx.tables;
  return [
    ...checkTables(data, file),
    ...TABLE_KEYS.filter((key) => !ctx.sourceById.has(data[key].source)).map((key) => ({
      file,
      field: `${key}.source`,
      found: show(data[key].source),
      expected: 'the id of a source (ip-table-N)',
    })),
  ];
}
