// The shared lookups, as the atlas hands them on: who cites each source, and where.
import { describe, expect, it } from 'vitest';
import { validateAtlas } from '../evidence.ts';
import { registerData, validInput } from '../../../tests/unit/fixture.ts';

describe('who cites each source', () => {
  it('records which statements cite each source, with the anchor the page gives them', () => {
    const atlas = validateAtlas(validInput());
    const refs = atlas.sources.find((s) => s.id === 'ic-2')!.citedBy;
    expect(refs).toEqual([
      { corridor: 'tijuana-mexicali', section: 'summary', anchor: 'summary-1', claims: 1, singleInterview: 0 },
    ]);
    const ic1 = atlas.sources.find((s) => s.id === 'ic-1')!.citedBy.map((r) => r.anchor);
    expect(ic1).toContain('actor-local-pimps');
    expect(ic1).toContain('place-tijuana');
    expect(ic1).toContain('finding-2');
  });

  it('links each cell rationale from the sources it cites', () => {
    const atlas = validateAtlas(validInput());
    const refs = atlas.sources.find((s) => s.id === 'ic-1')!.citedBy;
    expect(refs).toContainEqual({
      corridor: null,
      section: 'comparison',
      anchor: 'cell-tamaulipas-cartel-control',
      claims: 1,
      singleInterview: 0,
    });
  });

  it('links each Table 5 summary, and each table, from the sources they cite', () => {
    const atlas = validateAtlas(validInput());
    const anchors = atlas.sources.find((s) => s.id === 'ip-table-5')!.citedBy.map((r) => r.anchor);
    expect(anchors).toContain('network-cartels');
    expect(anchors).toContain('table-5');
  });

  it('counts the claims resting on a footnote, marks those resting on a single interview, and places it in the report', () => {
    const input = validInput();
    const register = registerData(input);
    register.sources[0].items = [
      { kind: 'interview', who: { en: 'A pastor', es: 'Un pastor' }, what: { en: 'Interview', es: 'Entrevista' } },
    ];
    const atlas = validateAtlas(input);
    const ic1 = atlas.sources.find((s) => s.id === 'ic-1')!;
    // The summary of corridor 1 cites ic-1 and its Ibid. ic-2: still one interview.
    const summary = ic1.citedBy.find((r) => r.corridor === 'tijuana-mexicali' && r.anchor === 'summary-1')!;
    expect(summary).toMatchObject({ claims: 1, singleInterview: 1 });
    expect(ic1.citedBy.reduce((n, r) => n + r.claims, 0)).toBeGreaterThan(20);
    expect(ic1.placesInDocument).toEqual([{ section: 'c1', title: 'Corridor 1', paragraph: 1 }]);
    register.sources[0].items[0].kind = 'news';
    const again = validateAtlas(input).sources.find((s) => s.id === 'ic-1')!;
    expect(again.citedBy.every((r) => r.singleInterview === 0)).toBe(true);
  });
});
