/**
 * The one description of the map: its layers in drawing order, the toggleable group each belongs
 * to, the colours of every symbol in light and dark, widths, dashes, label rules and legend
 * entries. The maplibre style (src/map/style.ts), the build-time SVG (src/geo/static-map.ts), the
 * national choropleth (src/lib/choropleth.ts) and the legend (src/components/AtlasMap.astro) are
 * all derived from it, so what the legend shows, every rendering draws.
 *
 * Corridor colours are Okabe-Ito (distinguishable with colour-vision deficiencies); every colour
 * also has a word and, for places and actors, a shape or a segment of a ring.
 */
import type { ACTOR_TYPES, FLOW_KINDS, PLACE_ROLES } from './schema.ts';
import type { LayerId } from './url-state.ts';

export const SCHEMES = ['light', 'dark'] as const;
export type Scheme = (typeof SCHEMES)[number];
/** A colour in each scheme. */
export type Paint = Readonly<Record<Scheme, string>>;

/** The map's named colours. Each becomes a CSS custom property `--map-<name>` (see `mapCss`). */
export const COLORS = {
  sea: { light: '#dbe7ee', dark: '#0e1a24' },
  land: { light: '#f6f3ec', dark: '#24272b' },
  'other-land': { light: '#ebe7de', dark: '#1a1c1f' },
  'country-line': { light: '#8c8679', dark: '#6b7078' },
  'state-line': { light: '#a39d90', dark: '#565b63' },
  border: { light: '#8b1a1a', dark: '#ff7b6b' },
  flow: { light: '#3b3b3b', dark: '#d9dde3' },
  text: { light: '#1b1f24', dark: '#eef1f4' },
  'text-muted': { light: '#545b64', dark: '#aab1ba' },
  halo: { light: '#ffffff', dark: '#101418' },
  'place-fill': { light: '#ffffff', dark: '#ffffff' },
  'place-line': { light: '#1b1f24', dark: '#1b1f24' },
  river: { light: '#5b93c7', dark: '#4f86b8' },
  water: { light: '#3f6f95', dark: '#8fb6d6' },
  'no-case': { light: '#f4f4f2', dark: '#2b2e33' },
  'no-case-edge': { light: '#d5d2c8', dark: '#4a4e55' },
  'state-edge': { light: '#ffffff', dark: '#101418' },
} as const satisfies Record<string, Paint>;
export type ColorName = keyof typeof COLORS;

/**
 * Corridor colours in corridor order (west to east), Okabe-Ito: a corridor takes the colour of its
 * number, so a corridor added to data/ has one without a code change. Dark swaps black for white.
 */
export const CORRIDOR_PALETTE: Readonly<Record<Scheme, readonly string[]>> = {
  light: ['#D55E00', '#E69F00', '#CC79A7', '#0072B2', '#009E73', '#56B4E9', '#000000'],
  dark: ['#F07A2B', '#F0B33C', '#DE94BD', '#4AA3E0', '#2FC79A', '#7CC8F2', '#FFFFFF'],
};

/**
 * The colour of corridor number `n` (1-based).
 * @example corridorColor(4) // => '#0072B2'
 */
export function corridorColor(n: number, scheme: Scheme = 'light'): string {
  const p = CORRIDOR_PALETTE[scheme];
  return p[(((n - 1) % p.length) + p.length) % p.length]!;
}

export type Shape = 'circle' | 'square' | 'triangle' | 'diamond' | 'bar' | 'star' | 'cross';

export const PLACE_SHAPES: Record<(typeof PLACE_ROLES)[number], Shape> = {
  'border-city': 'circle',
  'red-light-district': 'square',
  'fieldwork-site': 'triangle',
  'migrant-shelter': 'diamond',
  'port-of-entry': 'bar',
  'trial-site': 'star',
  'crime-site': 'cross',
};

/** Each actor type: its colour (a segment of the place's actor ring) and a letter for the expanded marker. */
export const ACTOR_MARKS: Record<(typeof ACTOR_TYPES)[number], { color: Paint; letter: string }> = {
  cartel: { color: { light: '#7B1E1E', dark: '#E0625F' }, letter: 'C' },
  gang: { color: { light: '#5B3A8C', dark: '#A98BE0' }, letter: 'G' },
  'family-clan': { color: { light: '#1D6E5B', dark: '#4FC2A3' }, letter: 'F' },
  'local-pimps': { color: { light: '#8C4A12', dark: '#E39552' }, letter: 'P' },
  'smuggling-network': { color: { light: '#24507A', dark: '#6FA6DA' }, letter: 'S' },
  'labour-recruiters': { color: { light: '#4F5B1C', dark: '#B3C15A' }, letter: 'L' },
  'corrupt-officials': { color: { light: '#3F3F3F', dark: '#B8B8B8' }, letter: 'O' },
};

/** Flow kinds: a dash pattern (in line widths) described in words in the legend. */
export const FLOW_DASHES: Record<(typeof FLOW_KINDS)[number], number[]> = {
  recruitment: [4, 2],
  trafficking: [1, 0],
  prosecution: [1, 2],
};

/** Flows whose statement the document hedges or could not verify: drawn faded, and said so in the legend. */
export const UNCERTAIN_FLOW = ['possible', 'unverified'];
/** The opacity of a flow: firm, or hedged/unverified. */
export const FLOW_OPACITY = { firm: 0.85, uncertain: 0.4 } as const;

/** The national choropleth's classes (Table 3), light to dark in light mode and dim to bright in dark. */
export const NATIONAL_PAINT = {
  light: ['#dadaeb', '#9e9ac8', '#6a51a3', '#3f007d'],
  dark: ['#3a3358', '#5f4e9c', '#9a86d6', '#d9ccff'],
} as const satisfies Record<Scheme, readonly [string, string, string, string]>;

/** Widths (px) shared by every renderer. */
export const WIDTHS = {
  country: 0.8,
  state: 0.6,
  border: 2.2,
  corridor: 1.8,
  corridorSelected: 3.5,
  flow: 1.6,
  river: 1.1,
} as const;

/** Corridor areas: a soft edge drawn as a wide faint halo under a lighter fill. */
export const AREA = { fill: 0.3, fillSelected: 0.5, halo: 0.14, haloWidth: 7 } as const;

/**
 * Label rules, highest priority first: a label never hides one above it. Sizes in px; `italic`
 * for water. `priority` is the maplibre `symbol-sort-key` (lower first) and the SVG's placing order.
 */
export const LABELS = {
  corridor: { property: 'name', size: 14, weight: 600, priority: 0, color: 'text', italic: false },
  place: { property: 'name', size: 12, weight: 400, priority: 1, color: 'text', italic: false },
  'flow-end': { property: 'name', size: 11, weight: 400, priority: 2, color: 'text-muted', italic: false },
  city: { property: 'name', size: 11, weight: 400, priority: 3, color: 'text-muted', italic: false },
  state: { property: 'name', size: 10, weight: 400, priority: 4, color: 'text-muted', italic: false },
  country: { property: 'name', size: 12, weight: 600, priority: 5, color: 'text-muted', italic: false },
  water: { property: 'name', size: 11, weight: 400, priority: 5, color: 'water', italic: true },
} as const satisfies Record<
  string,
  { property: string; size: number; weight: number; priority: number; color: ColorName; italic: boolean }
>;
export type LabelKind = keyof typeof LABELS;

/** What a legend section lists: a fixed set of symbols, or one entry per corridor / national class. */
export type LegendItems =
  | { kind: 'corridors' }
  | { kind: 'roles' }
  | { kind: 'actor-types' }
  | { kind: 'flow-kinds' }
  | { kind: 'line'; color: ColorName; width: number; dash?: number[] }
  | { kind: 'national' };

export interface MapLayer {
  /** The id of the layer: the maplibre style layers are `<id>` or `<id>-<part>`; the SVG group is `data-layer="<id>"`. */
  id: string;
  /** The toggleable group (src/lib/url-state.ts LAYER_IDS) it belongs to, or null if always drawn. */
  group: LayerId | null;
  geometry: 'background' | 'fill' | 'line' | 'point' | 'label';
  /** Its legend entry: heading text key and what it lists. */
  legend?: { key: string; items: LegendItems };
}

/** Every layer of the map, in drawing order (bottom first). */
export const MAP_LAYERS = [
  { id: 'sea', group: null, geometry: 'background' },
  { id: 'country-fill', group: null, geometry: 'fill' },
  { id: 'mx-state-fill', group: null, geometry: 'fill' },
  {
    id: 'national-fill',
    group: 'national',
    geometry: 'fill',
    legend: { key: 'map.layer.national', items: { kind: 'national' } },
  },
  { id: 'country-line', group: null, geometry: 'line' },
  {
    id: 'state-line',
    group: 'states',
    geometry: 'line',
    legend: { key: 'map.layer.states', items: { kind: 'line', color: 'state-line', width: 1.5, dash: [3, 2] } },
  },
  {
    id: 'river-line',
    group: null,
    geometry: 'line',
    legend: { key: 'map.rivers', items: { kind: 'line', color: 'river', width: 1.5 } },
  },
  { id: 'corridor-halo', group: 'corridors', geometry: 'line' },
  {
    id: 'corridor-fill',
    group: 'corridors',
    geometry: 'fill',
    legend: { key: 'map.layer.corridors', items: { kind: 'corridors' } },
  },
  { id: 'corridor-line', group: 'corridors', geometry: 'line' },
  {
    id: 'border-line',
    group: 'border',
    geometry: 'line',
    legend: { key: 'map.layer.border', items: { kind: 'line', color: 'border', width: 3 } },
  },
  // Bearings, lowest priority first (maplibre places the upper layers' labels first).
  { id: 'label-water', group: null, geometry: 'label' },
  { id: 'label-country', group: null, geometry: 'label' },
  { id: 'label-state', group: null, geometry: 'label' },
  { id: 'label-city', group: null, geometry: 'point' },
  {
    id: 'flow-line',
    group: 'flows',
    geometry: 'line',
    legend: { key: 'map.flowKinds', items: { kind: 'flow-kinds' } },
  },
  { id: 'flow-head', group: 'flows', geometry: 'point' },
  { id: 'flow-end', group: 'flows', geometry: 'label' },
  {
    id: 'place-symbol',
    group: 'places',
    geometry: 'point',
    legend: { key: 'map.placeRoles', items: { kind: 'roles' } },
  },
  {
    id: 'actor-group',
    group: 'actors',
    geometry: 'point',
    legend: { key: 'map.actorTypes', items: { kind: 'actor-types' } },
  },
  { id: 'actor-symbol', group: 'actors', geometry: 'point' },
  { id: 'corridor-label', group: 'corridors', geometry: 'label' },
] as const satisfies readonly MapLayer[];
export type MapLayerId = (typeof MAP_LAYERS)[number]['id'];

/** The legend's sections in reading order (not drawing order): the layers with a legend entry. */
export const LEGEND_ORDER: readonly MapLayerId[] = [
  'corridor-fill',
  'place-symbol',
  'actor-group',
  'flow-line',
  'border-line',
  'state-line',
  'river-line',
  'national-fill',
];

/** The layers that have a legend entry, in the legend's order. */
export function legendLayers(): Array<MapLayer & { legend: NonNullable<MapLayer['legend']> }> {
  return LEGEND_ORDER.map((id) => MAP_LAYERS.find((l) => l.id === id)!) as Array<
    MapLayer & { legend: NonNullable<MapLayer['legend']> }
  >;
}

/**
 * Whether a renderer's layer id (maplibre style layer, SVG group) draws description layer `id`.
 * @example drawsLayer('flow-line-trafficking', 'flow-line') // => true
 */
export const drawsLayer = (rendered: string, id: string): boolean => rendered === id || rendered.startsWith(`${id}-`);

/** The literal colour of a name in a scheme. @example color('border') // => '#8b1a1a' */
export const color = (name: ColorName, scheme: Scheme = 'light'): string => COLORS[name][scheme];

/** Every custom property of the map in one scheme: the named colours, corridors (one per palette colour by default), actor types, national classes. */
export function mapProperties(scheme: Scheme, corridors = CORRIDOR_PALETTE.light.length): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, paint] of Object.entries(COLORS)) out[`--map-${name}`] = paint[scheme];
  for (let n = 1; n <= corridors; n++) out[`--map-corridor-${n}`] = corridorColor(n, scheme);
  for (const [type, m] of Object.entries(ACTOR_MARKS)) out[`--map-actor-${type}`] = m.color[scheme];
  NATIONAL_PAINT[scheme].forEach((c, i) => (out[`--map-national-${i}`] = c));
  return out;
}

/** The names the SVG's class names refer to: `mf-<name>` sets fill, `ms-<name>` stroke. */
function paintNames(corridors = CORRIDOR_PALETTE.light.length): string[] {
  return Object.keys(mapProperties('light', corridors)).map((p) => p.slice('--map-'.length));
}

/**
 * The map's CSS: custom properties `--map-*`, each `light-dark(light, dark)` so it follows the
 * page's colour scheme (site.css), and the classes that let the inline SVG follow them (class rules
 * override its literal light presentation attributes).
 * @example mapCss().includes('.mf-land{fill:var(--map-land)}') // => true
 */
export function mapCss(corridors = CORRIDOR_PALETTE.light.length): string {
  const light = mapProperties('light', corridors);
  const dark = mapProperties('dark', corridors);
  // One value per colour, resolved by the page's colour scheme (site.css: the system's, data-theme's, light in print).
  const tokens = Object.keys(light)
    .map((k) => `${k}:light-dark(${light[k]},${dark[k]})`)
    .join(';');
  const classes = paintNames(corridors)
    .map((n) => `.mf-${n}{fill:var(--map-${n})}.ms-${n}{stroke:var(--map-${n})}`)
    .join('');
  return `:root{${tokens}}${classes}`;
}

/**
 * The class names that paint an SVG element from the description: fill and/or stroke by name.
 * @example paintClass({ fill: 'land', stroke: 'country-line' }) // => 'mf-land ms-country-line'
 */
export function paintClass({ fill, stroke }: { fill?: string; stroke?: string }): string {
  return [fill && `mf-${fill}`, stroke && `ms-${stroke}`].filter(Boolean).join(' ');
}

/**
 * An SVG path for a place symbol in a 20×20 box, used by the legend (SVG), the static map and the
 * interactive map (Path2D), so all draw the same shape.
 * @example shapePath('square').startsWith('M') // => true
 */
export function shapePath(shape: Shape): string {
  switch (shape) {
    case 'circle':
      return 'M10 3a7 7 0 1 0 0.01 0Z';
    case 'square':
      return 'M4 4h12v12H4Z';
    case 'triangle':
      return 'M10 2.5 17.5 16.5H2.5Z';
    case 'diamond':
      return 'M10 2 18 10 10 18 2 10Z';
    case 'bar':
      return 'M2.5 7h15v6h-15Z';
    case 'star':
      return 'M10 1.8 12.3 7.4 18.2 7.6 13.6 11.4 15.2 17.3 10 14 4.8 17.3 6.4 11.4 1.8 7.6 7.7 7.4Z';
    case 'cross':
      return 'M7.5 2.5h5v5h5v5h-5v5h-5v-5h-5v-5h5Z';
  }
}

/**
 * The segments of a place's actor ring: one arc per actor, ordered by type, as [start, end] angles
 * in radians (clockwise from north) with the type, so the SVG and the canvas draw the same ring.
 * @example ringSegments(['gang', 'cartel']).map((s) => s.type) // => ['cartel', 'gang']
 */
export function ringSegments(types: readonly string[]): Array<{ type: string; start: number; end: number }> {
  const order = Object.keys(ACTOR_MARKS);
  const sorted = [...types].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const gap = sorted.length > 1 ? 0.12 : 0;
  const step = (Math.PI * 2) / sorted.length;
  return sorted.map((type, i) => ({ type, start: i * step + gap / 2, end: (i + 1) * step - gap / 2 }));
}

/** The basemap's light colours by their older names, for the national page's build-time SVG. */
export const BASE_COLORS = {
  sea: color('sea'),
  land: color('land'),
  otherLand: color('other-land'),
  stateLine: color('state-line'),
  countryLine: color('country-line'),
  border: color('border'),
} as const;
