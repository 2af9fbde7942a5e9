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
