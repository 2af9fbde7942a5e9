/**
 * Citations: every source a statement cites is in the register, and every source in the register is
 * cited by something (a statement, or a table where it is shown).
 */
import type { RuleContext } from './context.ts';
import { show, type Problem } from './problem.ts';

/** Cites that resolve nowhere, then register entries nothing cites. */
export function checkCitations(ctx: RuleContext): Problem[] {
  const problems: Problem[] = ctx.statements.flatMap(({ statement, file, field }) =>
    statement.cites.flatMap((id, i) =>
      ctx.sourceById.has(id)
        ? []
        : [
            {
              file,
              field: `${field}.cites[${i}]`,
              found: show(id),
              expected: 'the id of a source in data/sources/ (e.g. ic-12)',
            },
          ],
    ),
  );
  // Only meaningful when every citing file parsed: a broken file's citations are unknown.
  if (ctx.complete)
    for (const { source, file, index } of ctx.sources)
      if (!ctx.citedBy.has(source.id))
        problems.push({
          file,
          field: `sources[${index}]`,
          found: `${show(source.id)} cited by no statement`,
          expected: 'every source to be cited by at least one statement',
        });
  return problems;
}
