/**
 * The site's languages, once. Everything that depends on the set of languages (routes, the language
 * switch, hreflang, the schemas' text fields, interface tables, cue lexicons) reads this list, so
 * adding a language is an entry here plus its interface table, its cue words and its content fields.
 * The first language is served at the site root; every other one under its code (`/es/...`).
 * Pure and small: the browser bundle imports it too.
 */

export interface Language {
  /** BCP 47 code: the `lang` attribute, the path prefix and the key of every text field. */
  readonly code: string;
  /** The language's name in itself, for the language switch. */
  readonly name: string;
  /** Its name in English, for build messages ("Spanish text"). */
  readonly english: string;
  /** The locale for numbers and dates (`Intl`). */
  readonly locale: string;
  /** The Open Graph locale. */
  readonly ogLocale: string;
}

export const LANGUAGES = [
  { code: 'en', name: 'English', english: 'English', locale: 'en-US', ogLocale: 'en_US' },
  { code: 'es', name: 'Español', english: 'Spanish', locale: 'es-MX', ogLocale: 'es_MX' },
] as const satisfies readonly Language[];

export type Lang = (typeof LANGUAGES)[number]['code'];
export const LANGS: readonly Lang[] = LANGUAGES.map((l) => l.code);
/** The language served at the site root. */
export const DEFAULT_LANG: Lang = LANGUAGES[0].code;

/** A list of languages to work on: the site's, or another one in tests. */
export type LanguageList = readonly Language[];

/**
 * The entry of a language code.
 * @example language('es').name // => 'Español'
 */
export function language(code: string, languages: LanguageList = LANGUAGES): Language {
  const found = languages.find((l) => l.code === code);
  if (!found) throw new Error(`unknown language "${code}": expected one of ${languages.map((l) => l.code).join(', ')}`);
  return found;
}

/** Whether a string is one of the site's language codes. */
export const isLang = (code: unknown, languages: LanguageList = LANGUAGES): code is Lang =>
  typeof code === 'string' && languages.some((l) => l.code === code);

/**
 * The path prefix of a language: '' for the first, `<code>/` for the others.
 * @example langPrefix('es') // => 'es/'
 * @example langPrefix('en') // => ''
 */
export const langPrefix = (code: string, languages: LanguageList = LANGUAGES): string =>
  code === languages[0]?.code ? '' : `${language(code, languages).code}/`;

/**
 * A site path in a language: the first language at the root, the others under their code.
 * @example localize('es', 'corridors/tamaulipas/') // => 'es/corridors/tamaulipas/'
 * @example localize('en', '/sources/#ic-9') // => 'sources/#ic-9'
 */
export function localize(code: string, path: string, languages: LanguageList = LANGUAGES): string {
  return langPrefix(code, languages) + path.replace(/^\/+/, '');
}

/**
 * Split a pathname (without the base path) into its language and the language-neutral path.
 * @example splitLocale('es/corridors/tamaulipas/') // => { lang: 'es', path: 'corridors/tamaulipas/' }
 * @example splitLocale('/about/') // => { lang: 'en', path: 'about/' }
 */
export function splitLocale(pathname: string, languages: LanguageList = LANGUAGES): { lang: Lang; path: string } {
  const clean = pathname.replace(/^\/+/, '');
  for (const l of languages.slice(1))
    if (clean === l.code || clean.startsWith(`${l.code}/`))
      return { lang: l.code as Lang, path: clean.slice(l.code.length + 1) };
  return { lang: (languages[0]?.code ?? DEFAULT_LANG) as Lang, path: clean };
}

/**
 * The same page in another language.
 * @example translatePath('es/corridors/tamaulipas/?corridor=x', 'en') // => 'corridors/tamaulipas/?corridor=x'
 */
export function translatePath(pathname: string, to: string, languages: LanguageList = LANGUAGES): string {
  return localize(to, splitLocale(pathname, languages).path, languages);
}

/**
 * Every language's version of a language-neutral path, for hreflang and the language switch.
 * @example alternates('about/').map((a) => a.path) // => ['about/', 'es/about/']
 */
export function alternates(path: string, languages: LanguageList = LANGUAGES): { lang: string; path: string }[] {
  return languages.map((l) => ({ lang: l.code, path: localize(l.code, path, languages) }));
}

/**
 * Route parameters for a page under `src/pages/[...lang]/`: the first language has no prefix.
 * @example langParams().map((p) => p.params.lang) // => [undefined, 'es']
 */
export function langParams(languages: LanguageList = LANGUAGES) {
  return languages.map((l, i) => ({ params: { lang: i === 0 ? undefined : l.code }, props: { lang: l.code as Lang } }));
}
