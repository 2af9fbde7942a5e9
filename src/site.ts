/**
 * Page-side access to the atlas and to base-aware links. The atlas is read from data/ and checked
 * once per build (src/lib/read-data.ts → src/lib/evidence.ts); every page and endpoint gets the same
 * checked, typed object, and the map data derived from it is built once too.
 */
import { buildMapData, type MapData } from './geo/layers.ts';
import { withBase } from './lib/cite.ts';
import type { Atlas, ResolvedSource } from './lib/evidence.ts';
import { localize, splitLocale, type Lang } from './lib/languages.ts';
import { loadAtlas } from './lib/read-data.ts';
import { corridorPath } from './lib/routes.ts';

/** A site path in a language, with the deployment base path in front, e.g. `/atlas/es/sources/`. */
export const href = (path: string, lang: Lang) => withBase(import.meta.env.BASE_URL, localize(lang, path));

/** The href of a corridor page, optionally with an anchor. */
export const corridorHref = (id: string, lang: Lang, anchor?: string) =>
  href(`${corridorPath(id)}${anchor ? `#${anchor}` : ''}`, lang);

/** The href of a source in the register. */
export const sourceHref = (id: string, lang: Lang) => href(`sources/#${id}`, lang);

/** The language-neutral path of a request URL, e.g. `corridors/tamaulipas/` for `/atlas/es/corridors/tamaulipas/`. */
export function pagePath(url: URL): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const pathname = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname;
  return splitLocale(pathname).path;
}

/** The checked atlas, with the lookups pages share. */
export interface AtlasView extends Atlas {
  sourceById: Map<string, ResolvedSource>;
}

let atlas: Promise<AtlasView> | undefined;
let mapData: Promise<MapData> | undefined;

/** The checked atlas, read and checked once per build; a broken rule stops the build with every problem. */
export const getAtlas = (): Promise<AtlasView> =>
  (atlas ??= loadAtlas(process.cwd()).then((a) => ({ ...a, sourceById: new Map(a.sources.map((s) => [s.id, s])) })));

/** The map data (GeoJSON layers, bounds), derived from the atlas once per build. */
export const getMapData = (): Promise<MapData> => (mapData ??= getAtlas().then(buildMapData));

/** The data version shown in citations: the package version, bumped when data/ changes. */
export { version as DATA_VERSION } from '../package.json';
