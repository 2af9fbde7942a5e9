import { describe, expect, it } from 'vitest';
import { classRanges, fitMercator, nationalClass } from '../../src/lib/choropleth.ts';

describe('national choropleth classes', () => {
  it('separate 1, 2-3, 4-9 and 10 or more cases', () => {
    expect([1, 2, 3, 4, 9, 10, 29].map(nationalClass)).toEqual([0, 1, 1, 2, 2, 3, 3]);
    expect(classRanges(29)).toEqual([
      [1, 1],
      [2, 3],
      [4, 9],
      [10, 29],
    ]);
  });
});

describe('fitMercator', () => {
  it('puts the box corners at the edges of the drawing and keeps north up', () => {
    const { project, path } = fitMercator([-118, 14, -86, 33], 800, 600);
    const [xw] = project([-118, 20]);
    const [xe] = project([-86, 20]);
    const [, yn] = project([-100, 33]);
    const [, ys] = project([-100, 14]);
    expect(Math.min(xw, xe)).toBeGreaterThanOrEqual(0);
    expect(Math.max(xw, xe)).toBeLessThanOrEqual(800);
    expect(yn).toBeLessThan(ys);
    expect(
      path({
        type: 'LineString',
        coordinates: [
          [-118, 14],
          [-86, 33],
        ],
      }),
    ).toMatch(/^M[\d. ]+L[\d. ]+$/);
  });
});
