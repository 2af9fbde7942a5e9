// The routes every test layer checks, from the same lists the site is built from: the pages in
// src/lib/routes.ts, the languages in src/lib/languages.ts and the corridors in data/corridors/.
// A corridor or language added to the data is checked everywhere without editing a test.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { LANGUAGES, type LanguageList } from '../src/lib/languages.ts';
import { sitePaths, type PageDef } from '../src/lib/routes.ts';

const DATA = new URL('../data/corridors/', import.meta.url);

/** The corridors in data/, in corridor order. */
export const CORRIDORS: { id: string; number: number; name: Record<string, string> }[] = readdirSync(DATA)
  .filter((f) => f.endsWith('.yaml'))
  .map(
    (f) =>
      parse(readFileSync(new URL(f, DATA), 'utf8')) as { id: string; number: number; name: Record<string, string> },
  )
  .map(({ id, number, name }) => ({ id, number, name }))
  .sort((a, b) => a.number - b.number);
export const CORRIDOR_IDS = CORRIDORS.map((c) => c.id);

/** Site paths (no base, no leading slash) of the pages that pass the filter, in every language (or the first only). */
export const routesWhere = (
  filter: (p: PageDef) => boolean = () => true,
  languages: LanguageList = LANGUAGES,
): string[] => sitePaths(CORRIDOR_IDS, languages, filter);
/** Just the first language, for checks where one language stands for all. */
export const FIRST_LANGUAGE = LANGUAGES.slice(0, 1);

/** Every page in every language. */
export const ROUTES = routesWhere();
/** Pages in the site frame (header, nav, footer): all but the embed and the presenter. */
export const FRAMED_ROUTES = routesWhere((p) => p.framed);
/** Pages that draw the map. */
export const MAP_ROUTES = routesWhere((p) => p.map);
/** Pages without a map, which must ship no map code. */
export const MAPLESS_ROUTES = routesWhere((p) => !p.map);
/** The language prefixes: '' for the first language, `es/` for Spanish, ... */
export const LANG_PREFIXES = LANGUAGES.map((l, i) => (i === 0 ? '' : `${l.code}/`));
/** The atlas panel's fragments (src/pages/panels/[lang]/[id].astro): HTML without a document around
 * it, one per language and corridor, fetched by the map. Not pages: no language prefix, no head. */
export const PANEL_FRAGMENTS = LANGUAGES.flatMap((l) => CORRIDOR_IDS.map((id) => `panels/${l.code}/${id}/`));
