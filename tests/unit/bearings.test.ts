// Bearings: the reference cities, rivers and label points a reader needs to place a corridor,
// checked against geography anyone can verify on a paper map.
import { booleanPointInPolygon, distance, point } from '@turf/turf';
import type { Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBasemap } from '../../src/geo/basemap.ts';
import {
  buildBearings,
  chooseCities,
  cityName,
  REFERENCE_CITIES,
  type Bearings,
  type GeoNamesCity,
} from '../../src/geo/bearings.ts';
import { LANGS } from '../../src/lib/languages.ts';
import { distanceToBorderKm } from '../../src/lib/geometry.ts';
import { loadAtlas } from '../../src/lib/read-data.ts';

let bearings: Bearings;
const basemap = buildBasemap();
const border = basemap.border.geometry;
const names = (fc: { features: Array<{ properties: { name_en: string } }> }) =>
  fc.features.map((f) => f.properties.name_en);
const km = (a: Position, b: Position) => distance(point(a), point(b), { units: 'kilometers' });

beforeAll(async () => {
  bearings = buildBearings(await loadAtlas(process.cwd()));
});

describe('reference cities', () => {
  it('orient a reader on both sides of the border', () => {
    const cities = names(bearings.cities);
    expect(cities).toEqual(expect.arrayContaining(['San Diego', 'Phoenix', 'Tucson', 'El Paso', 'San Antonio']));
    expect(cities).toEqual(expect.arrayContaining(['Monterrey', 'Hermosillo', 'Chihuahua', 'Saltillo']));
    // The US twins of the atlas's Mexican border cities are bearings, not repetitions.
    expect(cities).toEqual(expect.arrayContaining(['Laredo', 'Brownsville']));
  });

  it('never repeat a place the atlas names on the same side, nor list a suburb beside its city', () => {
    const cities = names(bearings.cities);
    for (const named of ['Tijuana', 'Mexicali', 'Juárez', 'Reynosa', 'Matamoros', 'Nuevo Laredo', 'Nogales'])
      expect(cities).not.toContain(named);
    for (const suburb of ['Chula Vista', 'Guadalupe', 'San Nicolás de los Garza', 'Mesa', 'Santa Ana', 'Riverside'])
      expect(cities).not.toContain(suburb);
  });

  it('lie within the chosen distance of the border and are ranked by population', () => {
    for (const f of bearings.cities.features) {
      expect(distanceToBorderKm(f.geometry.coordinates, border)).toBeLessThanOrEqual(REFERENCE_CITIES.maxBorderKm);
      expect(f.properties.population).toBeGreaterThanOrEqual(REFERENCE_CITIES.minPopulation);
      const expected =
        f.properties.population >= REFERENCE_CITIES.rank1
          ? 1
          : f.properties.population >= REFERENCE_CITIES.rank2
            ? 2
            : 3;
      expect(f.properties.rank, f.properties.name_en).toBe(expected);
    }
  });

  it('have a name in every language', () => {
    for (const f of bearings.cities.features)
      for (const lang of LANGS) expect(f.properties[`name_${lang}`]).toBeTruthy();
  });

  it('drop the honorific GeoNames gives some Mexican cities', () => {
    expect(cityName('Heroica Caborca')).toBe('Caborca');
    expect(cityName('Ciudad Obregón')).toBe('Ciudad Obregón');
  });

  it('skip a smaller city close to a bigger one already chosen', () => {
    const city = (cityId: number, name: string, population: number, at: [number, number]): GeoNamesCity => ({
      cityId,
      name,
      country: 'US',
      featureCode: 'PPL',
      population,
      loc: { type: 'Point', coordinates: at },
    });
    const chosen = chooseCities(
      [
        city(1, 'Small', 200_000, [-117.08, 32.64]),
        city(2, 'Big', 1_400_000, [-117.16, 32.72]),
        city(3, 'Far', 300_000, [-110, 32]),
      ],
      [{ at: [-117.04, 32.51], country: 'MX' }],
      () => 10,
    );
    expect(chosen.map((c) => c.name)).toEqual(['Big', 'Far']);
  });
});

describe('rivers', () => {
  it('follow the border from El Paso-Ciudad Juárez to the Gulf as the Rio Grande / Río Bravo', () => {
    const rio = bearings.rivers.features.find((f) => f.properties.id === 'rio-grande')!;
    expect(rio.properties.name_en).toBe('Rio Grande');
    expect(rio.properties.name_es).toBe('Río Bravo');
    const pts = rio.geometry.coordinates.flat();
    expect(Math.min(...pts.map((p) => p[0]!))).toBeGreaterThan(-106.6);
    expect(Math.max(...pts.map((p) => p[0]!))).toBeGreaterThan(-97.3);
    expect(pts.some((p) => km(p, [-99.5, 27.5]) < 25)).toBe(true); // Nuevo Laredo-Laredo
  });

  it('draw the lower Colorado from the Arizona-California line down to the Gulf of California', () => {
    const colorado = bearings.rivers.features.find((f) => f.properties.id === 'colorado')!;
    const pts = colorado.geometry.coordinates.flat();
    expect(pts.some((p) => km(p, [-114.6, 32.7]) < 20)).toBe(true); // Yuma
    expect(Math.min(...pts.map((p) => p[1]!))).toBeLessThan(32.1); // reaches the delta
    expect(Math.max(...pts.map((p) => p[1]!))).toBeGreaterThan(34); // up the state line
  });
});

describe('label points', () => {
  const land = basemap.countries.features;
  const onLand = (at: Position) => land.some((f) => booleanPointInPolygon(at, f));

  it('put every sea label at sea', () => {
    expect(names(bearings.water)).toEqual(['Pacific Ocean', 'Gulf of California', 'Gulf of Mexico']);
    for (const f of bearings.water.features) expect(onLand(f.geometry.coordinates), f.properties.name_en).toBe(false);
  });

  it('name the two countries in each language, inside each country', () => {
    const byId = Object.fromEntries(bearings.countries.features.map((f) => [f.properties.id, f]));
    expect(byId['MX']!.properties.name_es).toBe('México');
    expect(byId['US']!.properties.name_es).toBe('Estados Unidos');
    expect(byId['US']!.properties.name_en).toBe('United States');
    for (const [id, iso] of [
      ['MX', '484'],
      ['US', '840'],
    ] as const) {
      const shape = land.find((f) => String(f.properties?.['id']) === iso)!;
      expect(booleanPointInPolygon(byId[id]!.geometry.coordinates, shape)).toBe(true);
    }
  });

  it('name every border state once: by its own label, or where the atlas already names it', () => {
    const ids = bearings.states.features.map((f) => f.properties.id);
    const labelled = new Set([...ids, ...['US-AZ', 'US-TX', 'US-CA'].filter((id) => !ids.includes(id))]);
    expect([...labelled].sort()).toEqual(
      ['MX-BCN', 'MX-CHH', 'MX-COA', 'MX-NLE', 'MX-SON', 'MX-TAM', 'US-AZ', 'US-CA', 'US-NM', 'US-TX'].sort(),
    );
    // Arizona and Texas are atlas places or flow ends: the map labels them there, not twice.
    expect(ids).not.toContain('US-AZ');
    expect(ids).not.toContain('US-TX');
    const shapes = [...basemap.mxStates.features, ...basemap.usStates.features];
    for (const f of bearings.states.features) {
      const shape = shapes.find((s) => s.properties?.['iso'] === f.properties.id)!;
      expect(booleanPointInPolygon(f.geometry.coordinates, shape), f.properties.id).toBe(true);
      expect(distanceToBorderKm(f.geometry.coordinates, border), f.properties.id).toBeLessThan(350);
    }
    expect(bearings.states.features.find((f) => f.properties.id === 'US-NM')!.properties.name_es).toBe('Nuevo México');
  });
});
