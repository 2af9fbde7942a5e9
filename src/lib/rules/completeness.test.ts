import { describe, it } from 'vitest';
import { expectProblem, validInput } from '../../../tests/unit/fixture.ts';

describe('completeness', () => {
  it('takes the corridors from the files, numbered 1 to N without gaps', () => {
    const input = validInput();
    input.corridors.shift(); // numbers 2, 3, 4 with three files
    expectProblem(input, {
      file: 'data/corridors/tamaulipas.yaml',
      field: 'number',
      found: /4, with 3 corridor files/,
      expected: /from 1 to 3.*missing: 1/,
    });
  });

  it('rejects an atlas without any corridor', () => {
    const input = validInput();
    input.corridors = [];
    expectProblem(input, { file: 'data/corridors/', field: '(directory)', found: /no YAML file/ });
  });

  it('rejects an empty register and a missing outline of the report', () => {
    const input = validInput();
    input.sources = [];
    input.outlines.shift();
    expectProblem(input, { file: 'data/sources/', field: '(directory)', found: /no YAML file/ });
    expectProblem(input, { file: 'data/outline/', field: '(directory)', found: /no outline of insight-crime-2023/ });
  });
});
