import { describe, expect, it } from 'vitest';
import { validateAtlas } from '../../src/lib/evidence.ts';
import { presenterSteps, stepIndex } from '../../src/lib/presenter.ts';
import { validInput } from './fixture.ts';

describe('presenter steps', () => {
  const atlas = validateAtlas(validInput());
  it('walk from the content note over the border and each corridor to the opportunities', () => {
    const steps = presenterSteps(atlas, 'en');
    expect(steps.map((s) => s.kind)).toEqual([
      'note',
      'overview',
      ...atlas.corridors.map(() => 'corridor'),
      'national',
      'compare',
      'opportunities',
    ]);
    // One step per corridor of the data, in corridor order.
    expect(steps.filter((s) => s.kind === 'corridor').map((s) => s.camera)).toEqual(atlas.corridors.map((c) => c.id));
    expect(steps.find((s) => s.kind === 'national')?.national).toBe(true);
    // Each corridor step shows its corridor's first key points (one to four), every one with its sources.
    for (const c of atlas.corridors) {
      const step = steps.find((s) => s.id === c.id)!;
      expect(step.points.length, c.id).toBeGreaterThan(0);
      expect(step.points, c.id).toEqual(c.summary.slice(0, 4));
      for (const p of step.points) expect(p.cites.length, c.id).toBeGreaterThan(0);
    }
    for (const s of steps) expect(s.points.length, s.id).toBeLessThanOrEqual(4);
  });
  it('read the step from the URL by id or number, and fall back to the first', () => {
    const ids = presenterSteps(atlas, 'en').map((s) => s.id);
    expect(stepIndex('ciudad-juarez', ids)).toBe(4);
    expect(stepIndex('9', ids)).toBe(8);
    for (const bad of ['0', '10', '-1', '1e3', 'javascript:alert(1)', '', null]) expect(stepIndex(bad, ids)).toBe(0);
  });
});
