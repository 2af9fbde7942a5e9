/**
 * The national choropleth, decided at build time: class breaks for small, skewed counts (d3-scale
 * threshold scale), and a Web Mercator projection fitted to a box for the static SVG map.
 */
import { scaleThreshold } from 'd3-scale';
import type { Geometry, Position } from 'geojson';
import { color, NATIONAL_PAINT } from './cartography.ts';

/**
 * Class breaks for Table 3's counts (1 to 29 cases in 16 states, most with 1-3): every class has
 * states in it, and the two large values do not flatten the rest. Zero is not a class: a state
 * with no case is "no case reported", drawn apart.
 */
export const NATIONAL_BREAKS = [2, 4, 10] as const;
/** The class colours (light), from the map description (src/lib/cartography.ts). */
export const NATIONAL_COLORS = NATIONAL_PAINT.light;
export const NO_CASE_COLOR = color('no-case');
/** The hatching of a state with no case, and the edge of its legend swatch. */
export const NO_CASE_EDGE = color('no-case-edge');
/** The edges between shaded states. */
export const STATE_EDGE = color('state-edge');
/** The national tables' bars: counts in the scale's middle purple; men and women as its darkest
 * purple and an orange (Okabe-Ito), apart in any colour vision and in greyscale. */
export const NATIONAL_BARS = { count: NATIONAL_COLORS[2], men: NATIONAL_COLORS[3], women: '#e69f00' } as const;

/** @example nationalClass(29) // => 3 */
export function nationalClass(count: number): number {
  return scaleThreshold<number, number>()
    .domain([...NATIONAL_BREAKS])
    .range([0, 1, 2, 3])(count);
}

/**
 * The classes as ranges for the legend, e.g. 1, 2–3, 4–9, 10 or more, given the largest count.
 * @example classRanges(29) // => [[1, 1], [2, 3], [4, 9], [10, 29]]
 */
export function classRanges(max: number): Array<[number, number]> {
  const bounds = [1, ...NATIONAL_BREAKS, max + 1];
  return bounds.slice(0, -1).map((lo, i) => [lo, bounds[i + 1]! - 1] as [number, number]);
}

/** A Web Mercator projection fitted to a lon/lat box, into a width × height SVG. */
export function fitMercator(bbox: readonly [number, number, number, number], width: number, height: number) {
  const merc = ([lon, lat]: Position) => [
    (lon! * Math.PI) / 180,
    Math.log(Math.tan(Math.PI / 4 + (lat! * Math.PI) / 360)),
  ];
  const [x0, y0] = merc([bbox[0], bbox[1]]) as [number, number];
  const [x1, y1] = merc([bbox[2], bbox[3]]) as [number, number];
  const k = Math.min(width / (x1 - x0), height / (y1 - y0));
  const dx = (width - k * (x1 - x0)) / 2;
  const dy = (height - k * (y1 - y0)) / 2;
  const project = (p: Position): [number, number] => {
    const [x, y] = merc(p) as [number, number];
    return [Math.round((dx + k * (x - x0)) * 10) / 10, Math.round((dy + k * (y1 - y)) * 10) / 10];
  };
  /** An SVG path for a polygon, multipolygon, line or multiline geometry. */
  const path = (g: Geometry): string => {
    const ring = (r: Position[], close: boolean) =>
      r.map((p, i) => `${i ? 'L' : 'M'}${project(p).join(' ')}`).join('') + (close ? 'Z' : '');
    switch (g.type) {
      case 'Polygon':
        return g.coordinates.map((r) => ring(r, true)).join('');
      case 'MultiPolygon':
        return g.coordinates.flatMap((p) => p.map((r) => ring(r, true))).join('');
      case 'LineString':
        return ring(g.coordinates, false);
      case 'MultiLineString':
        return g.coordinates.map((r) => ring(r, false)).join('');
      default:
        return '';
    }
  };
  return { project, path };
}
