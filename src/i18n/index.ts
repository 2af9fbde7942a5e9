/** Interface text lookup: one table per language, looked up by key. */
import type { Lang } from '../lib/languages.ts';
import { en, type UiKey } from './en.ts';
import { es } from './es.ts';

export type { UiKey };
/** Every language's table, keyed by its code in src/lib/languages.ts: a language without one fails the type-check. */
export const ui: Record<Lang, Record<UiKey, string>> = { en, es };

/**
 * Fill `{name}` placeholders.
 * @example format('Corridor {n} of 4', { n: 2 }) // => 'Corridor 2 of 4'
 */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** A translator for one language: `t('corridor.number', { n: 1, count: 4 })`. */
export function useTranslations(lang: Lang) {
  return (key: UiKey, values?: Record<string, string | number>) => format(ui[lang][key], values);
}

const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

/**
 * What is wrong with a language's interface table, measured against the English one: missing or
 * extra keys, empty texts, and placeholders that differ (a `{count}` the text would lose).
 * @example tableProblems(en) // => []
 */
export function tableProblems(table: Readonly<Record<string, string>>): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(en) as UiKey[]) {
    const value = table[key];
    if (value === undefined) problems.push(`${key}: missing`);
    else if (value.trim() === '') problems.push(`${key}: empty`);
    else if (holes(value).join() !== holes(en[key]).join())
      problems.push(
        `${key}: placeholders {${holes(value).join('}, {')}} where English has {${holes(en[key]).join('}, {')}}`,
      );
  }
  for (const key of Object.keys(table)) if (!(key in en)) problems.push(`${key}: not an interface key`);
  return problems;
}
