/**
 * Completeness: the report's outline exists, the register has at least one file, and every corridor
 * of the schema has its file.
 */
import { Corridor } from '../schema.ts';
import { REPORT, type RuleContext } from './context.ts';
import { show, type Problem } from './problem.ts';

/** What is missing from data/ as a whole. */
export function checkCompleteness(ctx: RuleContext): Problem[] {
  const problems: Problem[] = [];
  if (!ctx.reportOutline)
    problems.push({
      file: 'data/outline/',
      field: '(directory)',
      found: `no outline of ${REPORT}`,
      expected: `data/outline/${REPORT}.yaml (run \`npm run outline\`)`,
    });
  if (ctx.input.sources.length === 0)
    problems.push({
      file: 'data/sources/',
      field: '(directory)',
      found: 'no YAML file',
      expected: 'the source register, one file per document',
    });
  // Only when every corridor file parsed: a broken file's id is unknown.
  if (ctx.corridors.length === ctx.input.corridors.length) {
    const have = new Set(ctx.corridors.map((c) => c.data.id));
    for (const id of Corridor.shape.id.options)
      if (!have.has(id))
        problems.push({
          file: 'data/corridors/',
          field: 'id',
          found: `no file for corridor ${show(id)}`,
          expected: `one file per corridor (${Corridor.shape.id.options.join(', ')})`,
        });
  }
  return problems;
}
