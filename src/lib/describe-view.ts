/**
 * The interactive map in words, for readers who cannot see it: what is in view (corridors, places,
 * actors, flows), written into the map's description and summarised in a polite live region each
 * time the view changes. The words come from the interface tables; this only assembles them.
 */
import type { UiKey } from '../i18n/index.ts';
import type { Lang } from './languages.ts';
import type { BrowserMapData } from './map-data.ts';

/** The names of what the map draws in the current view, by kind. */
export interface ViewContents {
  corridors: readonly string[];
  places: readonly string[];
  actors: readonly string[];
  flows: readonly string[];
}

/** Interface texts with `{list}` / `{n}` placeholders, keyed by kind. */
export interface ViewWords {
  /** One sentence per kind: 'Corridors: {list}.' */
  lists: Record<keyof ViewContents, string>;
  /** One count per kind, singular and plural: '{n} place|{n} places' (the summary). */
  counts: Record<keyof ViewContents, string>;
  /** The summary: 'Map view, zoom {zoom}: {counts}.' */
  summary: string;
  /** When nothing the atlas records is in view. */
  empty: string;
}

const KINDS = ['corridors', 'places', 'actors', 'flows'] as const;
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
const unique = (names: readonly string[]) => [...new Set(names.filter(Boolean))];

/**
 * The full description: one sentence per kind present, names in the order given, without repeats.
 * @example describeView({ corridors: ['Tamaulipas'], places: ['Reynosa', 'Reynosa'], actors: [], flows: [] }, { lists: { corridors: 'Corridors: {list}.', places: 'Places: {list}.', actors: 'Actors: {list}.', flows: 'Flows: {list}.' }, counts: { corridors: '{n} corridors', places: '{n} places', actors: '{n} actors', flows: '{n} flows' }, summary: '{counts}', empty: 'Nothing.' }, 'en') // => 'Corridors: Tamaulipas. Places: Reynosa.'
 */
export function describeView(contents: ViewContents, words: ViewWords, locale: string): string {
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const sentences = KINDS.map((k) => unique(contents[k]))
    .map((names, i) => (names.length ? fill(words.lists[KINDS[i]!], { list: list.format(names) }) : ''))
    .filter(Boolean);
  return sentences.length ? sentences.join(' ') : words.empty;
}

/**
 * The short announcement after the view changes: the zoom and how many of each kind are in view.
 * @example summarizeView({ corridors: ['A'], places: ['B', 'C'], actors: [], flows: [] }, 6.4, { lists: { corridors: '', places: '', actors: '', flows: '' }, counts: { corridors: '{n} corridor|{n} corridors', places: '{n} place|{n} places', actors: '{n} actor|{n} actors', flows: '{n} flow|{n} flows' }, summary: 'Map view, zoom {zoom}: {counts}.', empty: 'Nothing.' }, 'en') // => 'Map view, zoom 6: 1 corridor and 2 places.'
 */
export function summarizeView(contents: ViewContents, zoom: number, words: ViewWords, locale: string): string {
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const counts = KINDS.map((k) => [k, unique(contents[k]).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => {
      const [one = '', other = one] = words.counts[k].split('|');
      const form = new Intl.PluralRules(locale).select(n) === 'one' ? one : other;
      return fill(form, { n: new Intl.NumberFormat(locale).format(n) });
    });
  return fill(words.summary, {
    zoom: String(Math.round(zoom)),
    counts: counts.length ? list.format(counts) : words.empty.replace(/\.$/, ''),
  });
}

/** The interface keys of the words above, so the build can hand them to the browser in one attribute. */
export function viewWords(t: (key: UiKey) => string): ViewWords {
  const kinds = { corridors: 'Corridors', places: 'Places', actors: 'Actors', flows: 'Flows' } as const;
  const each = (prefix: 'list' | 'count') =>
    Object.fromEntries(KINDS.map((k) => [k, t(`map.view.${prefix}${kinds[k]}`)])) as Record<keyof ViewContents, string>;
  return { lists: each('list'), counts: each('count'), summary: t('map.view.summary'), empty: t('map.view.empty') };
}

/**
 * Everything the map data holds, or what `keep` keeps of it, named in one language: the description
 * of the build-time map, which the interactive map's description replaces with what is in view.
 */
export function contentsOf(
  data: Pick<BrowserMapData, 'corridors' | 'places' | 'actors' | 'flows'>,
  lang: Lang,
  flow: string,
  keep: (kind: keyof ViewContents, p: { id: string; corridor?: string }) => boolean = () => true,
): ViewContents {
  const name = `name_${lang}` as const;
  const pick = <P extends { id: string; corridor?: string }>(
    kind: keyof ViewContents,
    fc: { features: Array<{ properties: P }> },
    text: (p: P) => string,
  ) => fc.features.filter((f) => keep(kind, f.properties)).map((f) => text(f.properties));
  return {
    corridors: pick('corridors', data.corridors, (p) => p[name]),
    places: pick('places', data.places, (p) => p[name]),
    actors: pick('actors', data.actors, (p) => p[name]),
    flows: pick('flows', data.flows, (p) => fill(flow, { from: p[`from_${lang}`], to: p[`to_${lang}`] })),
  };
}
