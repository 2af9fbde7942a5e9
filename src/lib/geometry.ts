/**
 * Corridor geometry, computed at build time with turf from the data: a corridor's area is the hull
 * of its places and its stretch of the border, buffered and clipped to land. It is approximate by
 * construction and labelled so on the map and the about page.
 */
import {
  buffer,
  convex,
  distance,
  featureCollection,
  intersect,
  lineString,
  point,
  pointToLineDistance,
  truncate,
  union,
} from '@turf/turf';
import type { Feature, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

/** How far the area reaches beyond the hull of places and border, in km. */
export const AREA_BUFFER_KM = 25;
/** Border vertices within this distance (km) of a corridor's border places belong to its stretch. */
export const BORDER_STRETCH_KM = 60;

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

/**
 * A corridor's approximate area: convex hull of its places and its border stretch, buffered by
 * `AREA_BUFFER_KM`, clipped to the land of Mexico and the United States.
 */
export function corridorArea(
  places: Position[],
  border: MultiLineString,
  land: Array<Feature<Polygon | MultiPolygon>>,
): Feature<Polygon | MultiPolygon> {
  const pts = [...places, ...borderStretch(places, border)];
  const hull = convex(featureCollection(pts.map((p) => point(p))));
  const base = hull ?? point(places[0]!);
  const buffered = buffer(base, AREA_BUFFER_KM, { units: 'kilometers', steps: 8 });
  if (!buffered) throw new Error('corridor area: buffer produced nothing');
  const parts = land
    .map((l) => intersect(featureCollection([buffered, l])))
    .filter((f): f is Feature<Polygon | MultiPolygon> => f !== null);
  const clipped = parts.length > 1 ? union(featureCollection(parts)) : parts[0];
  if (!clipped) throw new Error('corridor area: no land inside the buffered hull');
  return truncate(clipped, { precision: 4 });
}
