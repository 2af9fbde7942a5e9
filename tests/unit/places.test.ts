import { describe, expect, it } from 'vitest';
import { sectionSource } from '../../src/lib/outline.ts';
import { basisPlaces, sectionKey } from '../../src/lib/places.ts';

describe('basisPlaces', () => {
  it('names each paragraph a basis rests on once, figures apart', () => {
    expect(basisPlaces(['c4.p5.s2', 'c4.p5.s3', 'c3.p3.s2:35', 'c2.f1.s1'])).toEqual([
      { section: 'c4', kind: 'p', n: 5 },
      { section: 'c3', kind: 'p', n: 3 },
      { section: 'c2', kind: 'f', n: 1 },
    ]);
  });
});

describe('sectionKey and sectionSource', () => {
  it('maps report sections by name and the paper by number', () => {
    expect(sectionKey('c4')).toEqual({ key: 'docSection.corridor', values: { n: 4 } });
    expect(sectionKey('c5')).toEqual({ key: 'docSection.corridor', values: { n: 5 } });
    expect(sectionKey('mf')).toEqual({ key: 'docSection.mf', values: {} });
    expect(sectionKey('ip5')).toEqual({ key: 'docSection.paper', values: { n: 5 } });
    expect(sectionKey('ipt3')).toEqual({ key: 'docSection.table', values: { n: 3 } });
    expect(sectionSource('c4')).toBe('ic-s-corridor-4');
    expect(sectionSource('es')).toBe('ic-s-summary');
    expect(sectionSource('ipt3')).toBe('ip-table-3');
    expect(sectionSource('ip7')).toBe('ip-paper');
  });
});
