/** Page-side access to the checked atlas data and to base-aware links. */
import { getCollection, getEntry } from 'astro:content';
import { localize, splitLocale, withBase } from './lib/cite.ts';
import type { CorridorId, Lang, RegisterEntry } from './lib/schema.ts';

/** A site path in a language, with the deployment base path in front, e.g. `/atlas/es/sources/`. */
export const href = (path: string, lang: Lang) => withBase(import.meta.env.BASE_URL, localize(lang, path));

/** The href of a corridor page, optionally with an anchor. */
export const corridorHref = (id: CorridorId, lang: Lang, anchor?: string) =>
  href(`corridors/${id}/${anchor ? `#${anchor}` : ''}`, lang);

/** The href of a source in the register. */
export const sourceHref = (id: string, lang: Lang) => href(`sources/#${id}`, lang);

/** The language-neutral path of a request URL, e.g. `corridors/tamaulipas/` for `/atlas/es/corridors/tamaulipas/`. */
export function pagePath(url: URL): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const pathname = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname;
  return splitLocale(pathname).path;
}

type AtlasView = Awaited<ReturnType<typeof load>>;
let cached: Promise<AtlasView> | undefined;

/** The checked atlas, loaded once per build. */
export const getAtlas = (): Promise<AtlasView> => (cached ??= load());

async function load() {
  const [corridors, sources, documents, locations, report, comparison, tables] = await Promise.all([
    getCollection('corridors'),
    getCollection('sources'),
    getCollection('documents'),
    getCollection('locations'),
    getEntry('report', 'report'),
    getEntry('comparison', 'comparison'),
    getEntry('tables', 'tables'),
  ]);
  if (!tables) throw new Error('data/izcara/tables.yaml produced no tables entry');
  if (!report) throw new Error('data/report.yaml produced no report entry');
  if (!comparison) throw new Error('data/comparison.yaml produced no comparison entry');
  const sourceList = sources.map((s) => s.data);
  return {
    corridors: corridors.map((c) => c.data).sort((a, b) => a.number - b.number),
    sources: sourceList,
    sourceById: new Map<string, RegisterEntry>(sourceList.map((s) => [s.id, s])),
    documents: documents.map((d) => d.data),
    locations: locations.map((l) => l.data),
    report: report.data,
    comparison: comparison.data,
    tables: tables.data,
  };
}

/** The data version shown in citations: the package version, bumped when data/ changes. */
export { version as DATA_VERSION } from '../package.json';
