/**
 * The atlas map's style: a plain object in, pixels out. No glyphs URL (labels use the self-hosted
 * font), no sprite (symbols are drawn by src/map/symbols.ts), no tiles: every source is a GeoJSON
 * file this site built.
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import { NO_CASE_COLOR } from '../lib/choropleth.ts';
import { ACTOR_MARKS, BASE_COLORS, FLOW_DASHES, UNCERTAIN_FLOW } from '../lib/palette.ts';
import type { Lang } from '../lib/languages.ts';

export const FONT = 'Noto Sans';

/** The map's toggleable layers, each a group of style layers. */
export const LAYER_GROUPS = {
  national: ['national-fill'],
  corridors: ['corridor-fill', 'corridor-line', 'corridor-label'],
  places: ['place-symbol'],
  actors: ['actor-symbol'],
  flows: ['flow-line'],
  states: ['mx-state-line', 'us-state-line'],
  border: ['border-line'],
} as const;
export type LayerGroup = keyof typeof LAYER_GROUPS;
export const DEFAULT_GROUPS: LayerGroup[] = ['corridors', 'places', 'actors', 'flows', 'states', 'border'];

const match = (prop: string, table: Record<string, string>, fallback: string): ExpressionSpecification =>
  ['match', ['get', prop], ...Object.entries(table).flat(), fallback] as unknown as ExpressionSpecification;

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
    flows: GeoJSON.FeatureCollection;
    national: Record<string, string>;
  };
  lang: Lang;
  visible: readonly LayerGroup[];
}

/** Build the style for one language and set of visible layer groups. */
export function atlasStyle({ basemap, atlas, lang, visible }: StyleInput): StyleSpecification {
  const vis = (group: LayerGroup) => ({
    visibility: visible.includes(group) ? ('visible' as const) : ('none' as const),
  });
  const name: ExpressionSpecification = ['get', `name_${lang}`];
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
      flows: { type: 'geojson', data: atlas.flows },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': BASE_COLORS.sea } },
      {
        id: 'country-fill',
        type: 'fill',
        source: 'countries',
        paint: {
          'fill-color': ['match', ['get', 'id'], ['484', '840'], BASE_COLORS.land, BASE_COLORS.otherLand],
        },
      },
      { id: 'mx-state-fill', type: 'fill', source: 'mx-states', paint: { 'fill-color': BASE_COLORS.land } },
      {
        id: 'national-fill',
        type: 'fill',
        source: 'mx-states',
        layout: vis('national'),
        paint: { 'fill-color': match('iso', atlas.national, NO_CASE_COLOR), 'fill-opacity': 0.85 },
      },
      {
        id: 'country-line',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': BASE_COLORS.countryLine, 'line-width': 0.8 },
      },
      {
        id: 'mx-state-line',
        type: 'line',
        source: 'mx-states',
        layout: vis('states'),
        paint: { 'line-color': BASE_COLORS.stateLine, 'line-width': 0.6 },
      },
      {
        id: 'us-state-line',
        type: 'line',
        source: 'us-states',
        layout: vis('states'),
        paint: { 'line-color': BASE_COLORS.stateLine, 'line-width': 0.6, 'line-dasharray': [3, 2] },
      },
      {
        id: 'corridor-fill',
        type: 'fill',
        source: 'corridors',
        layout: vis('corridors'),
        paint: {
          'fill-color': ['get', 'color'],
          'fill-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 0.5, 0.28],
        },
      },
      {
        id: 'corridor-line',
        type: 'line',
        source: 'corridors',
        layout: vis('corridors'),
        paint: {
          'line-color': ['get', 'color'],
          'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3.5, 1.8],
        },
      },
      {
        id: 'border-line',
        type: 'line',
        source: 'border',
        layout: { ...vis('border'), 'line-join': 'round' },
        paint: { 'line-color': BASE_COLORS.border, 'line-width': 2.2 },
      },
      ...Object.entries(FLOW_DASHES).map(([kind, dash]) => ({
        id: kind === 'recruitment' ? 'flow-line' : `flow-line-${kind}`,
        type: 'line' as const,
        source: 'flows',
        filter: ['==', ['get', 'kind'], kind] as ExpressionSpecification,
        layout: { ...vis('flows'), 'line-cap': 'round' as const },
        paint: {
          'line-color': BASE_COLORS.flow,
          'line-width': 1.6,
          'line-opacity': ['match', ['get', 'certainty'], UNCERTAIN_FLOW, 0.4, 0.85] as ExpressionSpecification,
          'line-dasharray': dash,
        },
      })),
      {
        id: 'place-symbol',
        type: 'symbol',
        source: 'places',
        layout: {
          ...vis('places'),
          'icon-image': ['concat', 'place-', ['get', 'role']],
          'icon-allow-overlap': true,
          'text-field': name,
          'text-font': [FONT],
          'text-size': 12,
          'text-offset': [0.9, 0],
          'text-anchor': 'left',
          'text-optional': true,
        },
        paint: { 'text-color': BASE_COLORS.text, 'text-halo-color': BASE_COLORS.halo, 'text-halo-width': 1.5 },
      },
      {
        id: 'actor-symbol',
        type: 'symbol',
        source: 'actors',
        layout: {
          ...vis('actors'),
          'icon-image': ['concat', 'actor-', ['get', 'type']],
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
          'icon-offset': [
            'match',
            ['get', 'slot'],
            0,
            ['literal', [-14, 16]],
            1,
            ['literal', [2, 16]],
            2,
            ['literal', [18, 16]],
            3,
            ['literal', [-14, 32]],
            4,
            ['literal', [2, 32]],
            5,
            ['literal', [18, 32]],
            ['literal', [34, 16]],
          ],
        },
      },
      {
        id: 'corridor-label',
        type: 'symbol',
        source: 'corridor-labels',
        layout: {
          ...vis('corridors'),
          'text-field': name,
          'text-font': [FONT],
          'text-size': 14,
          'text-anchor': 'bottom',
          'text-offset': [0, -0.3],
          'text-allow-overlap': true,
        },
        paint: { 'text-color': BASE_COLORS.text, 'text-halo-color': BASE_COLORS.halo, 'text-halo-width': 2 },
      },
    ],
  };
}

/** Every style layer id of a group (flows has one per kind). */
export function styleLayersOf(group: LayerGroup): string[] {
  if (group === 'flows')
    return Object.keys(FLOW_DASHES).map((k) => (k === 'recruitment' ? 'flow-line' : `flow-line-${k}`));
  return [...LAYER_GROUPS[group]];
}

export { ACTOR_MARKS };
