import { describe, it } from 'vitest';
import { expectProblem, reportData, validInput } from '../../../tests/unit/fixture.ts';

describe('the report file', () => {
  it('rejects a figure id used twice and an opportunity number used twice', () => {
    const input = validInput();
    reportData(input).figures.push({ ...reportData(input).figures[0] });
    reportData(input).opportunities[1].number = 1;
    expectProblem(input, {
      file: 'data/report.yaml',
      field: 'figures[1].id',
      expected: /only once among the report's figures/,
    });
    expectProblem(input, { file: 'data/report.yaml', field: 'opportunities[1].number', expected: /each once/ });
  });

  it('rejects an opportunity naming a corridor that no file in data/corridors/ defines', () => {
    const input = validInput();
    reportData(input).opportunities[2].corridors = ['tamaulipas', 'big-bend'];
    expectProblem(input, {
      file: 'data/report.yaml',
      field: 'opportunities[2].corridors[1]',
      found: /big-bend/,
      expected: /a corridor of data\/corridors\/ \(tijuana-mexicali, .*tamaulipas\)/,
    });
  });
});
