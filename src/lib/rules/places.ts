/**
 * Places and locations: every id is used once across the atlas, and a corridor's center and places
 * lie in the border region, each place within the corridor's radius of its center.
 */
import type { RuleContext } from './context.ts';
import { repeats, show, type Problem } from './problem.ts';

/** Corridor places must lie in this box around the border (west, south, east, north). */
export const REGION_BBOX = [-118.5, 23.5, -96.5, 34.5] as const;

/**
 * Great-circle distance in kilometres.
 * @example Math.round(distanceKm([-117.0382, 32.5149], [-115.4523, 32.6245])) // => 149 (Tijuana to Mexicali)
 */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Whether a [longitude, latitude] point lies in the border region.
 * @example inRegion([-117.0382, 32.5149]) // => true (Tijuana)
 */
export function inRegion([lon, lat]: readonly [number, number]): boolean {
  const [w, s, e, n] = REGION_BBOX;
  return lon >= w && lon <= e && lat >= s && lat <= n;
}

/** Repeated place or location ids, then each corridor's center and places. */
export function checkPlaces(ctx: RuleContext): Problem[] {
  const problems = repeats(
    ctx.geoIds,
    (g) => g.id,
    (id, i) => ({
      file: ctx.geoIds[i]!.file,
      field: ctx.geoIds[i]!.field,
      found: show(id),
      expected: 'a place or location id used only once across the atlas',
    }),
  );
  for (const { file, data: c } of ctx.corridors) {
    if (!inRegion(c.center))
      problems.push({
        file,
        field: 'center',
        found: show(c.center),
        expected: `a point in the border region [${REGION_BBOX.join(', ')}]`,
      });
    c.places.forEach((p, i) => {
      if (!inRegion(p.coordinates))
        problems.push({
          file,
          field: `places[${i}].coordinates`,
          found: show(p.coordinates),
          expected: `[longitude, latitude] in the border region [${REGION_BBOX.join(', ')}]`,
        });
      const d = distanceKm(c.center, p.coordinates);
      if (d > c.radius_km)
        problems.push({
          file,
          field: `places[${i}].coordinates`,
          found: `${show(p.coordinates)}, ${Math.round(d)} km from the corridor's center`,
          expected: `a point within radius_km (${c.radius_km} km) of center ${show(c.center)}`,
        });
    });
  }
  return problems;
}
