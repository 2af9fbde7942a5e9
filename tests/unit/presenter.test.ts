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
      'corridor',
      'corridor',
      'corridor',
      'corridor',
      'national',
      'compare',
      'opportunities',
    ]);
    expect(steps.filter((s) => s.kind === 'corridor').map((s) => s.camera)).toEqual([
      'tijuana-mexicali',
      'sonoran-desert',
      'ciudad-juarez',
      'tamaulipas',
    ]);
    expect(steps.find((s) => s.kind === 'national')?.national).toBe(true);
    for (const s of steps) expect(s.points.length).toBeLessThanOrEqual(4);
    for (const s of steps.filter((x) => x.kind === 'corridor'))
      expect(s.points.every((p) => p.cites.length > 0)).toBe(true);
  });
  it('read the step from the URL by id or number, and fall back to the first', () => {
    const ids = presenterSteps(atlas, 'en').map((s) => s.id);
    expect(stepIndex('ciudad-juarez', ids)).toBe(4);
    expect(stepIndex('9', ids)).toBe(8);
    for (const bad of ['0', '10', '-1', '1e3', 'javascript:alert(1)', '', null]) expect(stepIndex(bad, ids)).toBe(0);
  });
});
