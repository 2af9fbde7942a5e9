/**
 * The map's own data, built at build time from the checked atlas: corridor areas (turf), places,
 * actors at the places where they operate, and flows as arcs. Written to /map/atlas.json.
 */
import { bbox } from '@turf/turf';
import type { Position } from 'geojson';
import type { Atlas } from '../lib/evidence.ts';
import { NATIONAL_COLORS, nationalClass } from '../lib/choropleth.ts';
import { corridorArea } from '../lib/geometry.ts';
import { corridorColor } from '../lib/palette.ts';
import { LANGS, type Lang } from '../lib/languages.ts';
import { localized, type MapData } from '../lib/map-data.ts';

export type { MapData };
import { buildBasemap } from './basemap.ts';

/**
 * A gentle arc between two points, bowed to the left of travel, for drawing flows.
 * @example arc([0, 0], [10, 0], 4).length // => 5
 */
export function arc(from: Position, to: Position, steps = 32): Position[] {
  const [x0, y0] = [from[0]!, from[1]!];
  const [x1, y1] = [to[0]!, to[1]!];
  const [mx, my] = [(x0 + x1) / 2, (y0 + y1) / 2];
  const bow = 0.18;
  const [cx, cy] = [mx - (y1 - y0) * bow, my + (x1 - x0) * bow];
  return Array.from({ length: steps + 1 }, (_, i) => {
    const t = i / steps;
    const x = (1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t ** 2 * x1;
    const y = (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t ** 2 * y1;
    return [Math.round(x * 1e4) / 1e4, Math.round(y * 1e4) / 1e4];
  });
}

type MapSource = Pick<Atlas, 'corridors' | 'locations' | 'tables'>;
const built = new WeakMap<MapSource, MapData>();

/** Every map layer of the atlas, built once per atlas (the build asks for it from many pages). */
export function buildMapData(atlas: MapSource): MapData {
  let data = built.get(atlas);
  if (!data) built.set(atlas, (data = computeMapData(atlas)));
  return data;
}

function computeMapData(atlas: MapSource): MapData {
  const { border, landMxUs } = buildBasemap();
  const coords = new Map<string, { at: Position; name: Record<Lang, string> }>();
  for (const l of atlas.locations) coords.set(l.id, { at: l.coordinates, name: l.name });
  for (const c of atlas.corridors) for (const p of c.places) coords.set(p.id, { at: p.coordinates, name: p.name });

  const corridors: MapData['corridors']['features'] = [];
  const places: MapData['places']['features'] = [];
  const actors: MapData['actors']['features'] = [];
  const flows: MapData['flows']['features'] = [];
  const bounds: MapData['bounds'] = {};
  const labels: MapData['labels']['features'] = [];

  for (const c of atlas.corridors) {
    const area = corridorArea(
      c.places.map((p) => p.coordinates),
      border.geometry,
      landMxUs,
    );
    corridors.push({
      ...area,
      id: c.number,
      properties: { id: c.id, number: c.number, color: corridorColor(c.number), ...localized('name', c.name) },
    });
    const [w, s, e, n] = bbox(area);
    bounds[c.id] = [w, s, e, n];
    labels.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [Math.round(((w + e) / 2) * 1e4) / 1e4, Math.round(n * 1e4) / 1e4] },
      properties: {
        id: c.id,
        number: c.number,
        color: corridorColor(c.number),
        ...localized(
          'name',
          Object.fromEntries(LANGS.map((l) => [l, `${c.number}. ${c.name[l]}`])) as Record<Lang, string>,
        ),
      },
    });
    for (const p of c.places)
      places.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: p.coordinates },
        properties: {
          id: p.id,
          corridor: c.id,
          role: p.roles[0]!,
          roles: p.roles.join(' '),
          ...localized('name', p.name),
        },
      });
    const perPlace = new Map<string, number>();
    for (const a of c.actors) {
      // An actor the report places nowhere is not drawn at an arbitrary place; its page entry says what is known.
      for (const pid of a.places) {
        const slot = perPlace.get(pid) ?? 0;
        perPlace.set(pid, slot + 1);
        actors.push({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: coords.get(pid)!.at },
          properties: {
            id: a.id,
            corridor: c.id,
            type: a.type,
            role: a.role,
            role_certainty: a.role_certainty,
            place: pid,
            slot,
            ...localized('name', a.name),
          },
        });
      }
    }
    for (const f of c.flows) {
      const from = coords.get(f.from)!;
      const to = coords.get(f.to)!;
      flows.push({
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: arc(from.at, to.at) },
        properties: {
          id: f.id,
          corridor: c.id,
          kind: f.kind,
          // A flow is as firm as the statement behind it; hedged or unverified flows are drawn faded.
          certainty: f.about.certainty,
          ...localized('from', from.name),
          ...localized('to', to.name),
        },
      });
    }
  }
  const all = Object.values(bounds);
  bounds['mexico'] = [-118.4, 14.5, -86.7, 32.8];
  bounds['border'] = [
    Math.min(...all.map((b) => b[0])),
    Math.min(...all.map((b) => b[1])),
    Math.max(...all.map((b) => b[2])),
    Math.max(...all.map((b) => b[3])),
  ];
  return {
    corridors: { type: 'FeatureCollection', features: corridors },
    places: { type: 'FeatureCollection', features: places },
    actors: { type: 'FeatureCollection', features: actors },
    flows: { type: 'FeatureCollection', features: flows },
    labels: { type: 'FeatureCollection', features: labels },
    national: Object.fromEntries(atlas.tables.table_3.rows.map((r) => [r.iso, NATIONAL_COLORS[nationalClass(r.n)]!])),
    bounds,
  };
}
