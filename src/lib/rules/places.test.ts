import { describe, expect, it } from 'vitest';
import { corridorData, expectProblem, TJ, validInput } from '../../../tests/unit/fixture.ts';
import { distanceKm, inRegion } from './places.ts';

describe('places', () => {
  it('rejects a point outside the border region, for a place and for a center', () => {
    const input = validInput();
    corridorData(input, 0).places[0].coordinates = [2.3522, 48.8566]; // Paris
    corridorData(input, 1).center = [2.3522, 48.8566];
    expectProblem(input, { file: TJ, field: 'places[0].coordinates', expected: /border region/ });
    expectProblem(input, { file: 'data/corridors/sonoran-desert.yaml', field: 'center', expected: /border region/ });
  });

  it('rejects a place far from its corridor', () => {
    const input = validInput();
    // Matamoros, filed under Tijuana-Mexicali by mistake.
    corridorData(input, 0).places[0].coordinates = [-97.5042, 25.8697];
    expectProblem(input, {
      file: TJ,
      field: 'places[0].coordinates',
      found: /km from the corridor's center/,
      expected: /within radius_km \(150 km\)/,
    });
  });

  it('rejects a place or location id used twice across the atlas', () => {
    const input = validInput();
    corridorData(input, 1).places[0].id = 'tijuana';
    corridorData(input, 1).actors[0].places = ['tijuana'];
    expectProblem(input, {
      file: 'data/corridors/sonoran-desert.yaml',
      field: 'places[0].id',
      found: /tijuana/,
      expected: /used only once/,
    });
  });

  it('measures great-circle distances and the region', () => {
    expect(distanceKm([-117.0382, 32.5149], [-115.4523, 32.6245])).toBeCloseTo(149, -1);
    expect(distanceKm([0, 0], [0, 1])).toBeCloseTo(111.2, 0);
    expect(inRegion([-117.0382, 32.5149])).toBe(true);
    expect(inRegion([32.5149, -117.0382])).toBe(false);
  });
});
