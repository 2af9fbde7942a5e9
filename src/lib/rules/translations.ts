/** Translations: a statement's Spanish is not its English copied unchanged (a missing `es` is a schema problem). */
import type { RuleContext } from './context.ts';
import type { Problem } from './problem.ts';

/** Texts shorter than this may read the same in both languages (a name, a number). */
const MIN_COPIED_LENGTH = 40;

/** Every statement whose Spanish is its English, copied. */
export function checkTranslations(ctx: RuleContext): Problem[] {
  return ctx.statements.flatMap(({ statement, file, field }) =>
    statement.en.length > MIN_COPIED_LENGTH && statement.en.trim() === statement.es.trim()
      ? [
          {
            file,
            field: `${field}.es`,
            found: 'the English text copied unchanged',
            expected: 'a Spanish translation (missing translation)',
          },
        ]
      : [],
  );
}
