import { describe, expect, it } from 'vitest';
import { DataError, formatProblem, repeats, show } from './problem.ts';

describe('problems', () => {
  it('formats a problem as one line naming file, field, found and expected', () => {
    expect(formatProblem({ file: 'data/a.yaml', field: 'x', found: '1', expected: '2' })).toBe(
      'data/a.yaml: x: found 1, expected 2',
    );
    const error = new DataError([{ file: 'data/a.yaml', field: 'x', found: '1', expected: '2' }]);
    expect(error.message).toBe('The atlas data has 1 problem:\ndata/a.yaml: x: found 1, expected 2');
  });

  it('shows a value as JSON, cut to 80 characters, and nothing as "nothing"', () => {
    expect(show('ic-99')).toBe('"ic-99"');
    expect(show(undefined)).toBe('nothing');
    expect(show('x'.repeat(200))).toHaveLength(80);
  });

  it('reports every repeat of a key but not its first occurrence', () => {
    const found = repeats(
      ['a', 'b', 'a', 'a'],
      (x) => x,
      (k, i) => ({ file: 'f', field: `[${i}]`, found: k, expected: 'once' }),
    );
    expect(found.map((p) => p.field)).toEqual(['[2]', '[3]']);
  });
});
