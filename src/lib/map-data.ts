/**
 * The map data's shape, shared by the build that writes it (src/geo/layers.ts → /map/atlas.json)
 * and the browser code that reads it (src/map/): one type, no copy. Types and one tiny helper only.
 */
import type { FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
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
  /** Where each corridor's name is drawn: above the north edge of its area, clear of its places. */
  labels: FeatureCollection<Point, Bilingual & { id: string; number: number; color: string }>;
  /** Table 3 as fill colours per Mexican state (ISO 3166-2), for the atlas's optional national layer. */
  national: Record<string, string>;
  /** Camera bounds per corridor [west, south, east, north], and for the whole border. */
  bounds: Record<string, [number, number, number, number]>;
}
