import { describe, expect, it } from 'vitest';
import { citeMarker, footnoteNumber, sortCites, withBase } from '../../src/lib/cite.ts';

describe('citation markers', () => {
  it('shows footnotes by number, sections with §, the paper with IP', () => {
    expect(citeMarker('ic-12')).toBe('12');
    expect(citeMarker('ic-s-corridor-2')).toBe('§C2');
    expect(citeMarker('ic-s-background')).toBe('§BG');
    expect(citeMarker('ip-table-3')).toBe('IP T3');
    expect(citeMarker('ip-paper')).toBe('IP');
  });
  it('sorts footnotes numerically, then sections, then the paper, without duplicates', () => {
    expect(sortCites(['ip-paper', 'ic-12', 'ic-s-findings', 'ic-9', 'ic-12'])).toEqual([
      'ic-9',
      'ic-12',
      'ic-s-findings',
      'ip-paper',
    ]);
    expect(footnoteNumber('ic-54')).toBe(54);
    expect(footnoteNumber('ic-s-summary')).toBeNull();
  });
});

describe('withBase', () => {
  it('keeps links working under a sub-path', () => {
    expect(withBase('/', '/sources/#ic-9')).toBe('/sources/#ic-9');
    expect(withBase('/atlas/', 'sources/')).toBe('/atlas/sources/');
    expect(withBase('/atlas', '/corridors/tamaulipas/')).toBe('/atlas/corridors/tamaulipas/');
    expect(withBase('/atlas/', '')).toBe('/atlas/');
  });
});
