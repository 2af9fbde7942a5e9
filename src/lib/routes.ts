/**
 * The site's pages, once: their language-neutral paths, which ones the navigation lists, which
 * carry a map. The nav, the build's route checks, the browser tests and the benchmark all read this
 * list; the pages themselves live under `src/pages/[...lang]/`, one file each, built in every
 * language of src/lib/languages.ts.
 */
import { LANGUAGES, localize, type LanguageList } from './languages.ts';

export interface PageDef {
  /** Stable id, also the interface-text key of its nav link (`nav.<id>`). */
  readonly id: string;
  /** Language-neutral path; `corridors/` pages get one path per corridor. */
  readonly path: string;
  /** Listed in the site navigation (in this order; corridors follow the atlas). */
  readonly nav: boolean;
  /** Draws the map. */
  readonly map: boolean;
  /** A whole page in the site frame (false for the embed and the presenter, which have their own). */
  readonly framed: boolean;
  /** Meant to be framed by other sites (the embed): `_headers` lets any site frame it, and no other page. */
  readonly framable?: boolean;
}

export const PAGES = [
  { id: 'home', path: '', nav: true, map: true, framed: true },
  { id: 'corridor', path: 'corridors/', nav: true, map: true, framed: true },
  { id: 'national', path: 'national/', nav: true, map: false, framed: true },
  { id: 'compare', path: 'compare/', nav: true, map: false, framed: true },
  { id: 'present', path: 'present/', nav: true, map: true, framed: false },
  { id: 'sources', path: 'sources/', nav: true, map: false, framed: true },
  { id: 'data', path: 'data/', nav: true, map: false, framed: true },
  { id: 'about', path: 'about/', nav: true, map: false, framed: true },
  { id: 'embed', path: 'embed/', nav: false, map: true, framed: false, framable: true },
] as const satisfies readonly PageDef[];

export type PageId = (typeof PAGES)[number]['id'];
/** The pages the navigation lists; each but `corridor` has a `nav.<id>` interface text. */
export type NavPageId = Extract<(typeof PAGES)[number], { nav: true }>['id'];

/**
 * The path of a corridor's page.
 * @example corridorPath('tamaulipas') // => 'corridors/tamaulipas/'
 */
export const corridorPath = (id: string): string => `corridors/${id}/`;

export interface Route {
  page: PageId;
  /** The language-neutral path, e.g. `corridors/tamaulipas/`. */
  path: string;
  /** The corridor of a corridor page. */
  corridor?: string;
}

/**
 * Every language-neutral route for these corridors.
 * @example neutralRoutes(['a']).map((r) => r.path).slice(0, 3) // => ['', 'corridors/a/', 'national/']
 */
export function neutralRoutes(corridorIds: readonly string[]): Route[] {
  return PAGES.flatMap((p): Route[] =>
    p.id === 'corridor'
      ? corridorIds.map((id) => ({ page: p.id, path: corridorPath(id), corridor: id }))
      : [{ page: p.id, path: p.path }],
  );
}

/**
 * The site navigation, in order: the pages marked `nav`, the corridor entry expanded to one link per corridor.
 * @example navRoutes(['a', 'b']).map((r) => r.path).slice(0, 4) // => ['', 'corridors/a/', 'corridors/b/', 'national/']
 */
export function navRoutes(corridorIds: readonly string[]): Array<Route & { page: NavPageId }> {
  const nav = new Set<string>(PAGES.filter((p) => p.nav).map((p) => p.id));
  return neutralRoutes(corridorIds).filter((r): r is Route & { page: NavPageId } => nav.has(r.page));
}

/**
 * Every route in every language, as site paths without the base (`es/compare/`).
 * @example sitePaths(['a']).length // => 18
 */
export function sitePaths(
  corridorIds: readonly string[],
  languages: LanguageList = LANGUAGES,
  filter: (p: PageDef) => boolean = () => true,
): string[] {
  const pages = new Map<string, PageDef>(PAGES.map((p) => [p.id, p]));
  return languages.flatMap((l) =>
    neutralRoutes(corridorIds)
      .filter((r) => filter(pages.get(r.page)!))
      .map((r) => localize(l.code, r.path, languages)),
  );
}
