/**
 * The atlas map's style, derived from the map description (src/lib/cartography.ts): a plain object
 * in, pixels out. Its layers follow the description's drawing order, each style layer is named
 * `<description id>` or `<description id>-<part>`, and its colours are the description's in the
 * chosen scheme. No glyphs URL (labels use the self-hosted font), no sprite (symbols are drawn by
 * src/map/symbols.ts), no tiles: every source is a GeoJSON file this site built.
 */
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import {
  AREA,
  CORRIDOR_PALETTE,
  color,
  drawsLayer,
  FLOW_DASHES,
  FLOW_OPACITY,
  LABELS,
  MAP_LAYERS,
  NATIONAL_PAINT,
  UNCERTAIN_FLOW,
  WIDTHS,
  type LabelKind,
  type MapLayerId,
  type Scheme,
} from '../lib/cartography.ts';
import { DEFAULT_LANG, type Lang } from '../lib/languages.ts';
import { DEFAULT_LAYERS, type LayerId } from '../lib/url-state.ts';

export const FONT = 'Noto Sans';

export type LayerGroup = LayerId;
export const DEFAULT_GROUPS: LayerGroup[] = [...DEFAULT_LAYERS];
/** Individual actors replace the per-place group marker from this zoom on. */
export const ACTORS_EXPAND_ZOOM = 8;

export interface StyleInput {
  basemap: {
    countries: GeoJSON.FeatureCollection;
    usStates: GeoJSON.FeatureCollection;
    mxStates: GeoJSON.FeatureCollection;
    border: GeoJSON.Feature;
  };
  atlas: {
    corridors: GeoJSON.FeatureCollection;
    labels: GeoJSON.FeatureCollection;
    places: GeoJSON.FeatureCollection;
    actors: GeoJSON.FeatureCollection;
    actorGroups: GeoJSON.FeatureCollection;
    flows: GeoJSON.FeatureCollection;
    flowHeads: GeoJSON.FeatureCollection;
    flowEnds: GeoJSON.FeatureCollection;
    national: Record<string, number>;
    bearings: {
      cities: GeoJSON.FeatureCollection;
      rivers: GeoJSON.FeatureCollection;
      water: GeoJSON.FeatureCollection;
      countries: GeoJSON.FeatureCollection;
      states: GeoJSON.FeatureCollection;
    };
  };
  lang: Lang;
  visible: readonly LayerGroup[];
  scheme?: Scheme;
  /** How a flow line is labelled along its length, `{name}` being where it goes ('to {name}'). */
  flowTo?: string;
}

/**
 * The description layer a style layer draws (the longest id it is named after).
 * @example layerOf('flow-line-trafficking') // => 'flow-line'
 */
export function layerOf(styleLayerId: string): (typeof MAP_LAYERS)[number] | undefined {
  return MAP_LAYERS.filter((l) => drawsLayer(styleLayerId, l.id)).sort((a, b) => b.id.length - a.id.length)[0];
}

/** The toggleable group of a style layer, or null if it is always drawn. */
export const groupOf = (styleLayerId: string): LayerGroup | null => layerOf(styleLayerId)?.group ?? null;

/** Build the style for one language, colour scheme and set of visible layer groups. */
export function atlasStyle({
  basemap,
  atlas,
  lang,
  visible,
  scheme = 'light',
  flowTo = '{name}',
}: StyleInput): StyleSpecification {
  const c = (name: Parameters<typeof color>[0]) => color(name, scheme);
  const name: ExpressionSpecification = ['get', `name_${lang}`];
  const corridorColor = [
    'match',
    ['%', ['-', ['get', 'number'], 1], CORRIDOR_PALETTE[scheme].length],
    ...CORRIDOR_PALETTE[scheme].flatMap((col, i) => [i, col]),
    c('text'),
  ] as unknown as ExpressionSpecification;
  const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
  const opacity = (firm: number, uncertain: number) =>
    ['match', ['get', 'certainty'], UNCERTAIN_FLOW, uncertain, firm] as ExpressionSpecification;
  const text = (kind: LabelKind) => {
    const rule = LABELS[kind];
    return {
      layout: {
        'text-field': name,
        'text-font': [FONT],
        'text-size': rule.size,
        'symbol-sort-key': rule.priority,
      },
      paint: { 'text-color': c(rule.color), 'text-halo-color': c('halo'), 'text-halo-width': 1.5 },
    };
  };

  const build: Record<MapLayerId, () => Array<Omit<LayerSpecification, 'layout'> & { layout?: object }>> = {
    sea: () => [{ id: 'sea', type: 'background', paint: { 'background-color': c('sea') } }],
    'country-fill': () => [
      {
        id: 'country-fill',
        type: 'fill',
        source: 'countries',
        paint: { 'fill-color': ['match', ['get', 'id'], ['484', '840'], c('land'), c('other-land')] },
      },
    ],
    'mx-state-fill': () => [
      { id: 'mx-state-fill', type: 'fill', source: 'mx-states', paint: { 'fill-color': c('land') } },
    ],
    'national-fill': () => [
      {
        id: 'national-fill',
        type: 'fill',
        source: 'mx-states',
        paint: {
          'fill-color': [
            'match',
            ['get', 'iso'],
            ...Object.entries(atlas.national).flatMap(([iso, k]) => [iso, NATIONAL_PAINT[scheme][k]!]),
            c('no-case'),
          ] as unknown as ExpressionSpecification,
          'fill-opacity': 0.85,
        },
      },
    ],
    'country-line': () => [
      {
        id: 'country-line',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': c('country-line'), 'line-width': WIDTHS.country },
      },
    ],
    'state-line': () => [
      {
        id: 'state-line-mx',
        type: 'line',
        source: 'mx-states',
        paint: { 'line-color': c('state-line'), 'line-width': WIDTHS.state },
      },
      {
        id: 'state-line-us',
        type: 'line',
        source: 'us-states',
        paint: { 'line-color': c('state-line'), 'line-width': WIDTHS.state, 'line-dasharray': [3, 2] },
      },
    ],
    'river-line': () => [
      {
        id: 'river-line',
        type: 'line',
        source: 'rivers',
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: {
          'line-color': c('river'),
          // The Rio Grande is the border east of El Paso: it shows as a blue casing either side of it.
          'line-width': ['match', ['get', 'id'], 'rio-grande', WIDTHS.border + 2.6, WIDTHS.river],
        },
      },
      {
        id: 'river-line-label',
        type: 'symbol',
        source: 'rivers',
        layout: {
          'symbol-placement': 'line',
          'text-field': name,
          'text-font': [FONT],
          'text-size': LABELS.water.size,
          'text-offset': [0, 0.9],
          'symbol-spacing': 400,
        },
        paint: { 'text-color': c('water'), 'text-halo-color': c('halo'), 'text-halo-width': 1.5 },
      },
    ],
    'label-water': () => [{ id: 'label-water', type: 'symbol', source: 'water', ...text('water') }],
    'label-country': () => [{ id: 'label-country', type: 'symbol', source: 'countries-labels', ...text('country') }],
    'label-state': () => [
      { id: 'label-state', type: 'symbol', source: 'states-labels', minzoom: 4.5, ...text('state') },
    ],
    'label-city': () => {
      const t = text('city');
      return [
        {
          id: 'label-city',
          type: 'symbol',
          source: 'cities',
          layout: {
            ...t.layout,
            'symbol-sort-key': ['+', LABELS.city.priority, ['/', ['get', 'rank'], 10]],
            'icon-image': 'city-dot',
            'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
            'text-radial-offset': 0.5,
          },
          paint: t.paint,
        },
      ];
    },
    'corridor-halo': () => [
      {
        id: 'corridor-halo',
        type: 'line',
        source: 'corridors',
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': corridorColor,
          'line-width': AREA.haloWidth * 2,
          'line-blur': AREA.haloWidth,
          'line-opacity': AREA.halo * 2,
        },
      },
    ],
    'corridor-fill': () => [
      {
        id: 'corridor-fill',
        type: 'fill',
        source: 'corridors',
        paint: {
          'fill-color': corridorColor,
          'fill-opacity': ['case', selected, AREA.fillSelected, AREA.fill],
        },
      },
    ],
    'corridor-line': () => [
      {
        id: 'corridor-line',
        type: 'line',
        source: 'corridors',
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': corridorColor,
          'line-width': ['case', selected, WIDTHS.corridorSelected, WIDTHS.corridor / 2],
          'line-opacity': 0.8,
        },
      },
    ],
    'border-line': () => [
      {
        id: 'border-line',
        type: 'line',
        source: 'border',
        layout: { 'line-join': 'round' },
        paint: { 'line-color': c('border'), 'line-width': WIDTHS.border },
      },
    ],
    'flow-line': () => [
      ...Object.entries(FLOW_DASHES).map(([kind, dash]) => ({
        id: kind === 'recruitment' ? 'flow-line' : `flow-line-${kind}`,
        type: 'line' as const,
        source: 'flows',
        filter: ['==', ['get', 'kind'], kind] as ExpressionSpecification,
        layout: { 'line-cap': 'round' as const },
        paint: {
          'line-color': c('flow'),
          'line-width': WIDTHS.flow,
          'line-opacity': opacity(FLOW_OPACITY.firm, FLOW_OPACITY.uncertain),
          'line-dasharray': dash,
        },
      })),
      // Each line says where it goes, repeated along it, so a flow whose end lies beyond the
      // frame is still named wherever it is seen.
      (() => {
        const t = text('flow-end');
        const [before = '', after = ''] = flowTo.split('{name}');
        return {
          id: 'flow-line-label',
          type: 'symbol' as const,
          source: 'flows',
          layout: {
            ...t.layout,
            'text-field': ['concat', before, ['get', `to_${lang}`], after] as ExpressionSpecification,
            'symbol-placement': 'line' as const,
            'symbol-spacing': 280,
            'text-size': 10,
          },
          paint: { ...t.paint, 'text-opacity': opacity(FLOW_OPACITY.firm, FLOW_OPACITY.uncertain) },
        };
      })(),
    ],
    'flow-head': () => [
      {
        id: 'flow-head',
        type: 'symbol',
        source: 'flow-heads',
        layout: {
          'icon-image': 'flow-head',
          'icon-rotate': ['get', 'bearing'],
          'icon-rotation-alignment': 'map',
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
        },
        paint: { 'icon-color': c('flow'), 'icon-opacity': opacity(FLOW_OPACITY.firm, FLOW_OPACITY.uncertain) },
      },
    ],
    'flow-end': () => {
      const t = text('flow-end');
      return [
        {
          id: 'flow-end',
          type: 'symbol',
          source: 'flow-ends',
          layout: {
            ...t.layout,
            'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
            'text-radial-offset': 0.6,
          },
          paint: t.paint,
        },
      ];
    },
    'place-symbol': () => {
      const t = text('place');
      return [
        {
          id: 'place-symbol',
          type: 'symbol',
          source: 'places',
          layout: {
            ...t.layout,
            'icon-image': ['concat', 'place-', ['get', 'role']],
            'icon-allow-overlap': true,
            'text-offset': [0.9, 0],
            'text-anchor': 'left',
            'text-optional': true,
          },
          paint: t.paint,
        },
      ];
    },
    'actor-group': () => [
      {
        id: 'actor-group',
        type: 'symbol',
        source: 'actor-groups',
        maxzoom: ACTORS_EXPAND_ZOOM,
        layout: {
          'icon-image': ['concat', `actors-${scheme}-`, ['get', 'mix']],
          'icon-offset': [-12, 12],
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
        },
      },
    ],
    'actor-symbol': () => [
      {
        id: 'actor-symbol',
        type: 'symbol',
        source: 'actors',
        minzoom: ACTORS_EXPAND_ZOOM,
        layout: {
          'icon-image': ['concat', `actor-${scheme}-`, ['get', 'type']],
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
          'icon-offset': [
            'match',
            ['get', 'slot'],
            ...[0, 1, 2, 3, 4, 5].flatMap((s) => [s, ['literal', [-14 + (s % 3) * 16, 16 + Math.floor(s / 3) * 16]]]),
            ['literal', [34, 16]],
          ] as unknown as DataDrivenPropertyValueSpecification<[number, number]>,
        },
      },
    ],
    'corridor-label': () => {
      const t = text('corridor');
      return [
        {
          id: 'corridor-label',
          type: 'symbol',
          source: 'corridor-labels',
          layout: {
            ...t.layout,
            'text-anchor': 'bottom',
            'text-offset': [0, -0.3],
            // Corridor names always show: every other label gives way to them.
            'text-allow-overlap': true,
          },
          paint: { ...t.paint, 'text-halo-width': 2 },
        },
      ];
    },
  };

  const layers = MAP_LAYERS.flatMap((l) =>
    build[l.id]().map((s) => {
      if (!l.group) return s;
      const visibility = visible.includes(l.group) ? ('visible' as const) : ('none' as const);
      return { ...s, layout: { ...s.layout, visibility } };
    }),
  ) as LayerSpecification[];

  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: basemap.countries },
      'us-states': { type: 'geojson', data: basemap.usStates },
      'mx-states': { type: 'geojson', data: basemap.mxStates, promoteId: 'iso' },
      border: { type: 'geojson', data: basemap.border },
      corridors: { type: 'geojson', data: atlas.corridors, promoteId: 'id' },
      'corridor-labels': { type: 'geojson', data: atlas.labels },
      places: { type: 'geojson', data: atlas.places, promoteId: 'id' },
      actors: { type: 'geojson', data: atlas.actors },
      'actor-groups': { type: 'geojson', data: atlas.actorGroups },
      flows: { type: 'geojson', data: atlas.flows },
      'flow-heads': { type: 'geojson', data: atlas.flowHeads },
      'flow-ends': { type: 'geojson', data: atlas.flowEnds },
      rivers: { type: 'geojson', data: atlas.bearings.rivers },
      water: { type: 'geojson', data: atlas.bearings.water },
      'countries-labels': { type: 'geojson', data: atlas.bearings.countries },
      'states-labels': { type: 'geojson', data: atlas.bearings.states },
      cities: { type: 'geojson', data: atlas.bearings.cities },
    },
    layers,
  };
}

let ids: string[] | undefined;
/** Every style layer id of a group (the style's layer list does not depend on the data). */
export function styleLayersOf(group: LayerGroup): string[] {
  const none: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
  ids ??= atlasStyle({
    basemap: {
      countries: none,
      usStates: none,
      mxStates: none,
      border: { type: 'Feature', geometry: { type: 'MultiLineString', coordinates: [] }, properties: {} },
    },
    atlas: {
      corridors: none,
      labels: none,
      places: none,
      actors: none,
      actorGroups: none,
      flows: none,
      flowHeads: none,
      flowEnds: none,
      national: {},
      bearings: { cities: none, rivers: none, water: none, countries: none, states: none },
    },
    lang: DEFAULT_LANG,
    visible: [],
  }).layers.map((l) => l.id);
  return ids.filter((id) => groupOf(id) === group);
}
