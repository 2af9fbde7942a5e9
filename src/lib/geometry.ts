/**
 * Corridor geometry, computed at build time with turf from the data: a corridor's area follows its
 * stretch of the border and reaches out to its places, smoothed and clipped to land. It is approximate by
 * construction and labelled so on the map and the about page.
 */
import {
  buffer,
  distance,
  featureCollection,
  intersect,
  lineString,
  point,
  pointToLineDistance,
  simplify,
  truncate,
  union,
} from '@turf/turf';
import type { Feature, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

/** How far the area reaches beyond the hull of places and border, in km. */
export const AREA_BUFFER_KM = 25;
/** Border vertices within this distance (km) of a corridor's border places belong to its stretch. */
export const BORDER_STRETCH_KM = 60;
/** How far the area is grown then shrunk to round its notches, in km. */
export const SMOOTH_KM = 12;

/**
 * Distance in km from a point to the nearest point of the border line.
 * @example Math.round(distanceToBorderKm([-117.0382, 32.5149], border)) // => 1 (Tijuana)
 */
export function distanceToBorderKm(at: Position, border: MultiLineString): number {
  return Math.min(
    ...border.coordinates
      .filter((l) => l.length > 1)
      .map((line) => pointToLineDistance(point(at), lineString(line), { units: 'kilometers' })),
  );
}

/**
 * The stretch of border a corridor sits on: the border vertices near any of its places that lie on
 * the border (within `BORDER_STRETCH_KM`).
 */
export function borderStretch(places: Position[], border: MultiLineString): Position[] {
  const near = places.filter((p) => distanceToBorderKm(p, border) <= 15);
  const anchors = near.length ? near : places;
  return border.coordinates
    .flat()
    .filter((v) => anchors.some((a) => distance(point(v), point(a), { units: 'kilometers' }) <= BORDER_STRETCH_KM));
}

/** The runs of the border (as lines) whose vertices lie in a corridor's stretch. */
function stretchLines(places: Position[], border: MultiLineString): Position[][] {
  const inStretch = new Set(borderStretch(places, border).map((p) => p.join()));
  const runs: Position[][] = [];
  for (const line of border.coordinates) {
    let run: Position[] = [];
    for (const v of line) {
      if (inStretch.has(v.join())) run.push(v);
      else if (run.length) {
        runs.push(run);
        run = [];
      }
    }
    if (run.length) runs.push(run);
  }
  return runs;
}

/**
 * A corridor's approximate area, following its stretch of the border: the stretch buffered by
 * `AREA_BUFFER_KM`, unioned with a buffer round each place and a narrower band from each place to
 * the nearest point of the stretch, smoothed (grown then shrunk, which rounds the notches between
 * them) and clipped to the land of Mexico and the United States.
 */
export function corridorArea(
  places: Position[],
  border: MultiLineString,
  land: Array<Feature<Polygon | MultiPolygon>>,
): Feature<Polygon | MultiPolygon> {
  const km = { units: 'kilometers' as const, steps: 6 };
  const runs = stretchLines(places, border);
  const stretch = runs.flat();
  const pieces: Array<Feature<Polygon | MultiPolygon>> = [];
  for (const run of runs) {
    const geom = run.length > 1 ? lineString(run) : point(run[0]!);
    const b = buffer(geom, AREA_BUFFER_KM, km);
    if (b) pieces.push(b);
  }
  for (const p of places) {
    const around = buffer(point(p), AREA_BUFFER_KM * 0.8, km);
    if (around) pieces.push(around);
    if (!stretch.length) continue;
    const nearest = stretch.reduce((a, b) => (distance(point(a), point(p)) <= distance(point(b), point(p)) ? a : b));
    const band = buffer(lineString([p, nearest]), AREA_BUFFER_KM * 0.6, km);
    if (band) pieces.push(band);
  }
  const merged = pieces.length > 1 ? union(featureCollection(pieces)) : pieces[0];
  if (!merged) throw new Error('corridor area: buffers produced nothing');
  const grown = buffer(merged, SMOOTH_KM, km);
  const smooth = grown && buffer(grown, -SMOOTH_KM, km);
  if (!smooth) throw new Error('corridor area: smoothing produced nothing');
  const parts = land
    .map((l) => intersect(featureCollection([smooth, l])))
    .filter((f): f is Feature<Polygon | MultiPolygon> => f !== null);
  const clipped = parts.length > 1 ? union(featureCollection(parts)) : parts[0];
  if (!clipped) throw new Error('corridor area: no land inside the buffered stretch');
  return truncate(simplify(clipped, { tolerance: 0.01, highQuality: true }), { precision: 3 });
}
