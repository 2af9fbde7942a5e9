/**
 * The map data's shape, shared by the build that writes it (src/geo/layers.ts → /map/atlas.json)
 * and the browser code that reads it (src/map/): one type, no copy. Types and one tiny helper only.
 */
import type { FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { LANGS, type Lang } from './languages.ts';

/** A text as one property per language (`name_en`, `name_es`, ...): maplibre expressions read flat properties. */
export type Localized<P extends string> = { [L in Lang as `${P}_${L}`]: string };
type Bilingual = Localized<'name'>;

/**
 * Spread a text into one property per language.
 * @example localized('name', { en: 'Altar', es: 'Altar' }) // => { name_en: 'Altar', name_es: 'Altar' }
 */
export function localized<P extends string>(prefix: P, text: Readonly<Record<Lang, string>>): Localized<P> {
  return Object.fromEntries(LANGS.map((l) => [`${prefix}_${l}`, text[l]])) as Localized<P>;
}

export interface MapData {
  corridors: FeatureCollection<Polygon | MultiPolygon, Bilingual & { id: string; number: number; color: string }>;
  places: FeatureCollection<Point, Bilingual & { id: string; corridor: string; role: string; roles: string }>;
  actors: FeatureCollection<
    Point,
    Bilingual & {
      id: string;
      corridor: string;
      type: string;
      role: string;
      role_certainty: string;
      place: string;
      slot: number;
    }
  >;
  flows: FeatureCollection<
    LineString,
    Localized<'from'> &
      Localized<'to'> & {
        id: string;
        corridor: string;
        kind: string;
        certainty: string;
      }
  >;
  /** One marker per place with actors: how many, and their types in ring order joined by dots. */
  actorGroups: FeatureCollection<Point, { id: string; corridor: string; n: number; mix: string }>;
  /** Each flow's arrowhead: its end point and the bearing of travel there. */
  flowHeads: FeatureCollection<Point, { kind: string; certainty: string; bearing: number }>;
  /** Flow ends that are not corridor places (countries, regions, far cities), with their names. */
  flowEnds: FeatureCollection<Point, Bilingual & { id: string }>;
  /** Where each corridor's name is drawn: above the north edge of its area, clear of its places. */
  labels: FeatureCollection<Point, Bilingual & { id: string; number: number; color: string }>;
  /** Bearings (src/geo/bearings.ts): reference cities, rivers, label points for seas, countries, states. */
  bearings: {
    cities: FeatureCollection<Point, Bilingual & { rank: number }>;
    rivers: FeatureCollection<MultiLineString, Bilingual & { id: string }>;
    water: FeatureCollection<Point, Bilingual & { rank: number }>;
    countries: FeatureCollection<Point, Bilingual & { rank: number }>;
    states: FeatureCollection<Point, Bilingual & { rank: number }>;
  };
  /** Table 3 as class numbers (0-3, src/lib/choropleth.ts) per Mexican state (ISO 3166-2), for the atlas's optional national layer. */
  national: Record<string, number>;
  /** Camera bounds per corridor [west, south, east, north], and for the whole border. */
  bounds: Record<string, [number, number, number, number]>;
}

/** What the interactive map loads (/map/atlas.json): the map data without the properties only the
 * downloads and the build-time SVG read (actors' roles, places' full role lists,
 * corridor colours, which the style takes from the map description), to keep it small. */
export type BrowserMapData = Omit<MapData, 'actors' | 'places' | 'corridors' | 'labels'> & {
  corridors: Without<MapData['corridors'], 'color'>;
  labels: Without<MapData['labels'], 'color'>;
  places: Without<MapData['places'], 'roles'>;
  actors: Without<MapData['actors'], 'role' | 'role_certainty'>;
};
type Without<C extends FeatureCollection, K extends string> =
  C extends FeatureCollection<infer G, infer P> ? FeatureCollection<G, Omit<P, K>> : never;
