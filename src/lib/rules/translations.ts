/**
 * Translations: a statement's text in another language is not the first language's text copied
 * unchanged (a missing language is a schema problem).
 */
import { LANGUAGES } from '../languages.ts';
import type { RuleContext } from './context.ts';
import type { Problem } from './problem.ts';

/** Texts shorter than this may read the same in both languages (a name, a number). */
const MIN_COPIED_LENGTH = 40;

/** Every statement whose translation is the first language's text, copied. */
export function checkTranslations(ctx: RuleContext): Problem[] {
  const [first, ...others] = LANGUAGES;
  return ctx.statements.flatMap(({ statement, file, field }) =>
    others.flatMap((l): Problem[] =>
      statement[first.code].length > MIN_COPIED_LENGTH && statement[first.code].trim() === statement[l.code].trim()
        ? [
            {
              file,
              field: `${field}.${l.code}`,
              found: `the ${first.english} text copied unchanged`,
              expected: `a ${l.english} translation (missing translation)`,
            },
          ]
        : [],
    ),
  );
}
