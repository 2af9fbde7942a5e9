/**
 * Completeness: the report's outline exists, the register has at least one file, and there is at
 * least one corridor, numbered 1 to N without gaps. Which corridors there are is whatever
 * data/corridors/ holds: a corridor is added by adding its file.
 */
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
  if (ctx.input.corridors.length === 0)
    problems.push({
      file: 'data/corridors/',
      field: '(directory)',
      found: 'no YAML file',
      expected: 'one file per corridor',
    });
  // Only when every corridor file parsed: a broken file's number is unknown.
  if (ctx.corridors.length === ctx.input.corridors.length) {
    const numbers = new Set(ctx.corridors.map((c) => c.data.number));
    for (const { file, data } of ctx.corridors)
      if (data.number > ctx.corridors.length)
        problems.push({
          file,
          field: 'number',
          found: `${show(data.number)}, with ${ctx.corridors.length} corridor files`,
          expected: `a number from 1 to ${ctx.corridors.length}: corridors are numbered without gaps${
            [...Array(ctx.corridors.length).keys()].some((i) => !numbers.has(i + 1))
              ? ` (missing: ${[...Array(ctx.corridors.length).keys()]
                  .filter((i) => !numbers.has(i + 1))
                  .map((i) => i + 1)
                  .join(', ')})`
              : ''
          }`,
        });
  }
  return problems;
}
