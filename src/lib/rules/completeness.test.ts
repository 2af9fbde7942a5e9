import { describe, it } from 'vitest';
import { expectProblem, validInput } from '../../../tests/unit/fixture.ts';

describe('completeness', () => {
  it('rejects a missing corridor', () => {
    const input = validInput();
    input.corridors.pop();
    expectProblem(input, {
      file: 'data/corridors/',
      field: 'id',
      found: /tamaulipas/,
      expected: /one file per corridor/,
    });
  });

  it('rejects an empty register and a missing outline of the report', () => {
    const input = validInput();
    input.sources = [];
    input.outlines.shift();
    expectProblem(input, { file: 'data/sources/', field: '(directory)', found: /no YAML file/ });
    expectProblem(input, { file: 'data/outline/', field: '(directory)', found: /no outline of insight-crime-2023/ });
  });
});
