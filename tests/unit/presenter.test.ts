import { describe, expect, it } from 'vitest';
import { validateAtlas } from '../../src/lib/evidence.ts';
import { PART_BUDGET, pointLength, presenterSteps, splitPoints, stepIndex } from '../../src/lib/presenter.ts';
import { validInput } from './fixture.ts';

describe('presenter steps', () => {
  const atlas = validateAtlas(validInput());
  it('walk from the content note over the border and each corridor to the opportunities', () => {
    const steps = presenterSteps(atlas, 'en');
    // Parts of one step follow each other: collapse them to read the walk.
    const whole = steps.filter((s) => s.part === 1);
    expect(whole.map((s) => s.kind)).toEqual([
      'note',
      'overview',
      ...atlas.corridors.map(() => 'corridor'),
      'national',
      'compare',
      'opportunities',
    ]);
    // One step (in one or more parts) per corridor of the data, in corridor order.
    expect(whole.filter((s) => s.kind === 'corridor').map((s) => s.camera)).toEqual(atlas.corridors.map((c) => c.id));
    expect(steps.find((s) => s.kind === 'national')?.national).toBe(true);
    // Each corridor's parts show its first key points (one to four) between them, in order, each
    // with its sources, on the corridor's camera.
    for (const c of atlas.corridors) {
      const parts = steps.filter((s) => s.corridor === c.id);
      expect(parts[0]!.id, c.id).toBe(c.id);
      expect(
        parts.map((s) => s.part),
        c.id,
      ).toEqual(parts.map((_, i) => i + 1));
      for (const s of parts) expect([s.camera, s.parts], c.id).toEqual([c.id, parts.length]);
      expect(
        parts.flatMap((s) => s.points),
        c.id,
      ).toEqual(c.summary.slice(0, 4));
      for (const p of parts.flatMap((s) => s.points)) expect(p.cites.length, c.id).toBeGreaterThan(0);
    }
    for (const s of steps) expect(s.points.length, s.id).toBeLessThanOrEqual(4);
    // Ids are unique (they are the anchors of the no-script presenter).
    expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
  });
  it('split a long step into parts that each fit the budget (a longer point stands alone), as even as order allows', () => {
    const size = (n: number) => n;
    expect(splitPoints([300, 300], size, 760)).toEqual([[300, 300]]);
    expect(splitPoints([300, 300, 300], size, 700)).toEqual([[300, 300], [300]]);
    expect(splitPoints([578, 516, 534], size, 1100)).toEqual([[578], [516, 534]]);
    expect(splitPoints([946, 100], size, 760)).toEqual([[946], [100]]);
    expect(splitPoints([], size, 760)).toEqual([[]]);
    for (const points of [
      [100, 200, 300, 400],
      [700, 10, 10, 700],
      [444, 946, 535],
    ]) {
      const parts = splitPoints(points, size, PART_BUDGET);
      expect(parts.flat()).toEqual(points);
      for (const part of parts) {
        const total = part.reduce((a, b) => a + b, 0);
        if (part.length > 1) expect(total).toBeLessThanOrEqual(PART_BUDGET);
      }
    }
  });
  it('in both languages, every part of more than one point fits the budget', () => {
    const atlas = validateAtlas(validInput());
    for (const lang of ['en', 'es'] as const) {
      for (const s of presenterSteps(atlas, lang)) {
        const total = s.points.reduce((n, p) => n + pointLength(p, lang), 0);
        if (s.points.length > 1) expect(total, s.id).toBeLessThanOrEqual(PART_BUDGET);
      }
    }
  });
  it('read the step from the URL by id or number, and fall back to the first', () => {
    const ids = presenterSteps(atlas, 'en').map((s) => s.id);
    expect(stepIndex('ciudad-juarez', ids)).toBe(4);
    expect(stepIndex('9', ids)).toBe(8);
    for (const bad of ['0', '10', '-1', '1e3', 'javascript:alert(1)', '', null]) expect(stepIndex(bad, ids)).toBe(0);
  });
});
