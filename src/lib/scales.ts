/** Colour scales chosen at build time with d3-scale (no scale code ships to the browser). */
import { scaleLinear } from 'd3-scale';

/** Light to dark, readable under dark text at the light end; a left bar, never the only cue. */
const ORDINAL_RANGE = ['#e8eef3', '#0b3d5c'] as const;

/**
 * The colour for an ordinal level: an evenly spaced step from light to dark between the lowest and
 * highest codes of the dimension.
 * @example ordinalColor([0, 1, 2, 3], 0) // => 'rgb(232, 238, 243)'
 */
export function ordinalColor(codes: readonly number[], code: number): string {
  const scale = scaleLinear<string>()
    .domain([Math.min(...codes), Math.max(...codes)])
    .range([...ORDINAL_RANGE]);
  return scale(code);
}
