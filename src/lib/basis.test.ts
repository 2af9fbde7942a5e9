import { describe, expect, it } from 'vitest';
import { basisCeiling, citesFor, indexOutlines, parseBasis } from './basis.ts';

describe('helpers', () => {
  const index = indexOutlines([
    {
      document: 'insight-crime-2023',
      sections: [{ id: 'c3', title: 'Corridor 3', source: 'ic-s-corridor-3' }],
      sentences: [
        { id: 'c3.p3.s2', kind: 'text', footnotes: [35, 36], cues: ['attribution'] },
        { id: 'c3.p4.s4', kind: 'text', footnotes: [], cues: ['possibility', 'attribution'] },
      ],
    },
  ]);
  it('derives cites from a basis sentence, its part, or its section', () => {
    expect(citesFor(index.get('c3.p3.s2')!, null)).toEqual(['ic-35', 'ic-36']);
    expect(citesFor(index.get('c3.p3.s2')!, parseBasis('c3.p3.s2:35').footnote)).toEqual(['ic-35']);
    expect(citesFor(index.get('c3.p4.s4')!, null)).toEqual(['ic-s-corridor-3']);
  });
  it('takes the weakest sentence as the ceiling', () => {
    expect(basisCeiling([index.get('c3.p3.s2')!])).toBe('reported');
    expect(basisCeiling([index.get('c3.p3.s2')!, index.get('c3.p4.s4')!])).toBe('possible');
  });
});
