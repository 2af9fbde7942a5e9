/**
 * The map's own data, built at build time from the checked atlas: corridor areas (turf), places,
 * actors at the places where they operate and grouped per place, flows as arcs with their heads
 * and named ends. Written to /map/atlas.json, so coordinates are rounded and properties lean.
 */
import { bbox, simplify, truncate } from '@turf/turf';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import type { Atlas } from '../lib/evidence.ts';
import { nationalClass } from '../lib/choropleth.ts';
import { corridorArea } from '../lib/geometry.ts';
import { corridorColor, ringSegments } from '../lib/cartography.ts';
import { LANGS, type Lang } from '../lib/languages.ts';
import { localized, type BrowserMapData, type MapData } from '../lib/map-data.ts';

export type { MapData };
import { buildBasemap } from './basemap.ts';
import { buildBearings } from './bearings.ts';

/**
 * A gentle arc between two points, bowed to the left of travel, for drawing flows.
 * @example arc([0, 0], [10, 0], 4).length // => 5
 */
export function arc(from: Position, to: Position, steps = 10): Position[] {
  const [x0, y0] = [from[0]!, from[1]!];
  const [x1, y1] = [to[0]!, to[1]!];
  const [mx, my] = [(x0 + x1) / 2, (y0 + y1) / 2];
  const bow = 0.18;
  const [cx, cy] = [mx - (y1 - y0) * bow, my + (x1 - x0) * bow];
  return Array.from({ length: steps + 1 }, (_, i) => {
    const t = i / steps;
    const x = (1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t ** 2 * x1;
    const y = (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t ** 2 * y1;
    return [Math.round(x * 1e3) / 1e3, Math.round(y * 1e3) / 1e3];
  });
}

/**
 * The compass bearing (degrees clockwise from north, on the map's plane) of travel at the end of a line.
 * @example bearingAtEnd([[0, 0], [0, 1]]) // => 0
 */
export function bearingAtEnd(line: Position[]): number {
  const [a, b] = [line[line.length - 2]!, line[line.length - 1]!];
  const k = Math.cos((b[1]! * Math.PI) / 180);
  return Math.round((Math.atan2((b[0]! - a[0]!) * k, b[1]! - a[1]!) * 180) / Math.PI);
}

/** A feature's names per language, from its `name_<lang>` properties. */
const names = (p: Record<string, unknown>) =>
  Object.fromEntries(LANGS.map((l) => [l, String(p[`name_${l}`])])) as Record<Lang, string>;

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
  const groups: MapData['actorGroups']['features'] = [];
  const heads: MapData['flowHeads']['features'] = [];
  const ends = new Map<string, MapData['flowEnds']['features'][number]>();
  const placeIds = new Set(atlas.corridors.flatMap((c) => c.places.map((p) => p.id)));

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
    const typesAt = new Map<string, string[]>();
    for (const a of c.actors) {
      // An actor the report places nowhere is not drawn at an arbitrary place; its page entry says what is known.
      for (const pid of a.places) {
        const slot = perPlace.get(pid) ?? 0;
        perPlace.set(pid, slot + 1);
        typesAt.set(pid, [...(typesAt.get(pid) ?? []), a.type]);
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
    for (const [pid, types] of typesAt)
      groups.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: coords.get(pid)!.at },
        properties: {
          id: pid,
          corridor: c.id,
          n: types.length,
          // The ring's segments in type order: also the name of its symbol image.
          mix: ringSegments(types)
            .map((s) => s.type)
            .join('.'),
        },
      });
    for (const f of c.flows) {
      const from = coords.get(f.from)!;
      const to = coords.get(f.to)!;
      const line = arc(from.at, to.at);
      heads.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: line[line.length - 1]! },
        properties: { kind: f.kind, certainty: f.about.certainty, bearing: bearingAtEnd(line) },
      });
      // Ends that are not corridor places (those have their own labels) are named where the flow ends.
      for (const [id, end] of [
        [f.from, from],
        [f.to, to],
      ] as const)
        if (!placeIds.has(id) && !ends.has(id))
          ends.set(id, {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: end.at },
            properties: { id, ...localized('name', end.name) },
          });
      flows.push({
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: line },
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
  // Bearings for the interactive map: names and rank only (the population and country stay at build).
  const b = buildBearings(atlas);
  const lean = <G extends Geometry>(fc: {
    features: Array<{ geometry: G; properties: { rank: number } & Record<string, unknown> }>;
  }) => ({
    type: 'FeatureCollection' as const,
    features: fc.features.map((f) => ({
      type: 'Feature' as const,
      geometry: f.geometry,
      properties: { rank: f.properties.rank, ...localized('name', names(f.properties)) },
    })),
  });
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
    actorGroups: { type: 'FeatureCollection', features: groups },
    flowHeads: { type: 'FeatureCollection', features: heads },
    flowEnds: { type: 'FeatureCollection', features: [...ends.values()] },
    labels: { type: 'FeatureCollection', features: labels },
    bearings: {
      cities: lean(b.cities),
      rivers: {
        type: 'FeatureCollection',
        features: b.rivers.features.map((f) => ({
          ...f,
          properties: { id: f.properties.id, ...localized('name', names(f.properties)) },
        })),
      },
      water: lean(b.water),
      countries: lean(b.countries),
      states: lean(b.states),
    },
    national: Object.fromEntries(atlas.tables.table_3.rows.map((r) => [r.iso, nationalClass(r.n)])),
    bounds,
  };
}

/**
 * The map data as the interactive map loads it: without what only downloads and the build-time SVG
 * read, and with rivers simplified to what a reader sees at the map's zoom levels.
 */
export function browserMapData(data: MapData): BrowserMapData {
  const without = <C extends FeatureCollection>(fc: C, drop: readonly string[]) => ({
    ...fc,
    features: fc.features.map((f) => ({
      ...f,
      properties: Object.fromEntries(Object.entries(f.properties ?? {}).filter(([k]) => !drop.includes(k))),
    })),
  });
  return {
    ...data,
    corridors: without(data.corridors, ['color']),
    labels: without(data.labels, ['color']),
    places: without(data.places, ['roles']),
    actors: without(data.actors, ['role', 'role_certainty']),
    bearings: {
      ...data.bearings,
      rivers: truncate(simplify(data.bearings.rivers, { tolerance: 0.02 }), { precision: 2 }),
    },
  };
}
