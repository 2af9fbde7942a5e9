// Geometry sanity against the report's facts, with turf on the real basemap and data.
import { booleanIntersects, booleanPointInPolygon, lineString, point } from '@turf/turf';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBasemap } from '../../src/geo/basemap.ts';
import { arc, buildMapData, type MapData } from '../../src/geo/layers.ts';
import type { Atlas } from '../../src/lib/evidence.ts';
import { distanceToBorderKm } from '../../src/lib/geometry.ts';
import { loadAtlas } from '../../src/lib/read-data.ts';

const basemap = buildBasemap();
const border = basemap.border.geometry;

describe('basemap', () => {
  it('has all 32 Mexican states with distinct ISO 3166-2 codes', () => {
    const codes = basemap.mxStates.features.map((f) => (f.properties as { iso: string }).iso);
    expect(codes).toHaveLength(32);
    expect(new Set(codes).size).toBe(32);
    for (const code of codes) expect(code).toMatch(/^MX-[A-Z]{3}$/);
    expect(codes).toEqual(expect.arrayContaining(['MX-BCN', 'MX-SON', 'MX-CHH', 'MX-TAM', 'MX-CMX', 'MX-JAL']));
    const names = basemap.mxStates.features.map((f) => (f.properties as { name: string }).name);
    expect(names).not.toContain('Distrito Federal');
  });

  it('has the four US border states', () => {
    const codes = basemap.usStates.features.map((f) => (f.properties as { iso: string }).iso);
    expect(codes).toEqual(expect.arrayContaining(['US-CA', 'US-AZ', 'US-NM', 'US-TX']));
  });

  it('draws the border from the Pacific to the Gulf of Mexico', () => {
    const lons = border.coordinates.flat().map((p) => p[0]!);
    expect(Math.min(...lons)).toBeLessThan(-117);
    expect(Math.max(...lons)).toBeGreaterThan(-97.3);
  });
});

describe('distances from the border', () => {
  it('puts the border cities on the border, within a few km', () => {
    const cities: Record<string, [number, number]> = {
      Tijuana: [-117.0382, 32.5149],
      Mexicali: [-115.4523, 32.6245],
      Nogales: [-110.9381, 31.3086],
      'Ciudad Juárez': [-106.4245, 31.6904],
      'Nuevo Laredo': [-99.5075, 27.4763],
      Reynosa: [-98.2833, 26.0806],
      Matamoros: [-97.5042, 25.8697],
    };
    for (const [name, at] of Object.entries(cities)) expect(distanceToBorderKm(at, border), name).toBeLessThan(8);
  });

  it("puts Altar about 100 km south of the border (the report's figure is by road; straight-line is shorter)", () => {
    const d = distanceToBorderKm([-111.8353, 30.7136], border);
    expect(d).toBeGreaterThan(60);
    expect(d).toBeLessThan(120);
  });
});

describe('corridor areas from the data', () => {
  let atlas: Atlas;
  let map: MapData;
  beforeAll(async () => {
    atlas = await loadAtlas(process.cwd());
    map = buildMapData(atlas);
  });

  it('contain every place of their corridor and none of another corridor', () => {
    for (const c of atlas.corridors) {
      const area = map.corridors.features.find((f) => f.properties.id === c.id)!;
      for (const other of atlas.corridors)
        for (const p of other.places)
          expect(booleanPointInPolygon(point(p.coordinates), area), `${p.id} in ${c.id}`).toBe(other.id === c.id);
    }
  });

  it('each touch the border', () => {
    for (const f of map.corridors.features)
      expect(
        border.coordinates.some((line) => line.length > 1 && booleanIntersects(f, lineString(line))),
        f.properties.id,
      ).toBe(true);
  });

  it('give every flow a drawable arc between its endpoints', () => {
    expect(map.flows.features.length).toBe(atlas.corridors.reduce((n, c) => n + c.flows.length, 0));
    for (const f of map.flows.features) expect(f.geometry.coordinates.length).toBeGreaterThan(2);
  });
});

describe('arc', () => {
  it('starts and ends at the endpoints and bows away from the straight line', () => {
    const a = arc([0, 0], [10, 0], 10);
    expect(a[0]).toEqual([0, 0]);
    expect(a[10]).toEqual([10, 0]);
    expect(Math.abs(a[5]![1]!)).toBeGreaterThan(0.5);
  });
});
