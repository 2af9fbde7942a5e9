/** Quotations: a statement quotes its source briefly, in at most 40 words. */
import type { RuleContext } from './context.ts';
import type { Problem } from './problem.ts';

export const MAX_QUOTE_WORDS = 40;

/** Every quotation longer than MAX_QUOTE_WORDS words (counted in the English). */
export function checkQuotes(ctx: RuleContext): Problem[] {
  return ctx.statements.flatMap(({ statement, file, field }) => {
    const words = statement.quote?.en.split(/\s+/).length ?? 0;
    return words > MAX_QUOTE_WORDS
      ? [
          {
            file,
            field: `${field}.quote.en`,
            found: `a quotation of ${words} words`,
            expected: `a short quotation of at most ${MAX_QUOTE_WORDS} words`,
          },
        ]
      : [];
  });
}
