/**
 * Colours and symbols shared by the map style and the legend, so the two cannot disagree.
 * Corridor colours are Okabe-Ito (distinguishable with colour-vision deficiencies); every colour
 * also has a word and, for places and actors, a shape or letter.
 */
import type { ACTOR_TYPES, FLOW_KINDS, PLACE_ROLES } from './schema.ts';

/**
 * Corridor colours in corridor order (west to east), Okabe-Ito: a corridor takes the colour of its
 * number, so a corridor added to data/ has one without a code change.
 */
export const CORRIDOR_PALETTE = ['#D55E00', '#E69F00', '#CC79A7', '#0072B2', '#009E73', '#56B4E9', '#000000'] as const;

/**
 * The colour of corridor number `n` (1-based).
 * @example corridorColor(4) // => '#0072B2'
 */
export const corridorColor = (n: number): string =>
  CORRIDOR_PALETTE[(((n - 1) % CORRIDOR_PALETTE.length) + CORRIDOR_PALETTE.length) % CORRIDOR_PALETTE.length]!;

export type Shape = 'circle' | 'square' | 'triangle' | 'diamond' | 'bar' | 'star' | 'cross';

export const PLACE_SHAPES: Record<(typeof PLACE_ROLES)[number], Shape> = {
  'border-city': 'circle',
  'red-light-district': 'square',
  'fieldwork-site': 'triangle',
  'migrant-shelter': 'diamond',
  'port-of-entry': 'bar',
  'trial-site': 'star',
  'crime-site': 'cross',
};

/** Each actor type: a colour and a letter drawn in its marker. */
export const ACTOR_MARKS: Record<(typeof ACTOR_TYPES)[number], { color: string; letter: string }> = {
  cartel: { color: '#7B1E1E', letter: 'C' },
  gang: { color: '#5B3A8C', letter: 'G' },
  'family-clan': { color: '#1D6E5B', letter: 'F' },
  'local-pimps': { color: '#8C4A12', letter: 'P' },
  'smuggling-network': { color: '#24507A', letter: 'S' },
  'labour-recruiters': { color: '#4F5B1C', letter: 'L' },
  'corrupt-officials': { color: '#3F3F3F', letter: 'O' },
};

/** Flow kinds: a dash pattern (in line widths) described in words in the legend. */
export const FLOW_DASHES: Record<(typeof FLOW_KINDS)[number], number[]> = {
  recruitment: [4, 2],
  trafficking: [1, 0],
  prosecution: [1, 2],
};

/** Flows whose statement the document hedges or could not verify: drawn faded, and said so in the legend. */
export const UNCERTAIN_FLOW = ['possible', 'unverified'];

export const BASE_COLORS = {
  sea: '#dbe7ee',
  land: '#f6f3ec',
  otherLand: '#ebe7de',
  stateLine: '#a39d90',
  countryLine: '#8c8679',
  border: '#8b1a1a',
  flow: '#3b3b3b',
  text: '#1b1f24',
  halo: '#ffffff',
} as const;

/**
 * An SVG path for a place symbol in a 20×20 box, used by the legend (SVG) and the map (Path2D), so
 * both draw the same shape.
 * @example shapePath('square').startsWith('M') // => true
 */
export function shapePath(shape: Shape): string {
  switch (shape) {
    case 'circle':
      return 'M10 3a7 7 0 1 0 0.01 0Z';
    case 'square':
      return 'M4 4h12v12H4Z';
    case 'triangle':
      return 'M10 2.5 17.5 16.5H2.5Z';
    case 'diamond':
      return 'M10 2 18 10 10 18 2 10Z';
    case 'bar':
      return 'M2.5 7h15v6h-15Z';
    case 'star':
      return 'M10 1.8 12.3 7.4 18.2 7.6 13.6 11.4 15.2 17.3 10 14 4.8 17.3 6.4 11.4 1.8 7.6 7.7 7.4Z';
    case 'cross':
      return 'M7.5 2.5h5v5h5v5h-5v5h-5v-5h-5v-5h5Z';
  }
}
