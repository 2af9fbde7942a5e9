import { describe, expect, it } from 'vitest';
import { comparisonData, expectProblem, problemsOf, validInput } from '../../../tests/unit/fixture.ts';

const CMP = 'data/comparison.yaml';

describe('the comparison', () => {
  it('rejects a code that is not a level of its dimension', () => {
    const input = validInput();
    comparisonData(input).cells[0].code = 4;
    expectProblem(input, {
      file: CMP,
      field: 'cells[0].code',
      found: /4/,
      expected: /level code of cartel-control \(0, 1\)/,
    });
  });

  it('rejects half a column, a cell for an unknown corridor and a cell that does not rest on the report', () => {
    const input = validInput();
    const cmp = comparisonData(input);
    cmp.dimensions.push({ ...structuredClone(cmp.dimensions[0]), id: 'second' });
    cmp.cells.push({ ...structuredClone(cmp.cells[0]), dimension: 'second' });
    cmp.cells.push({ ...structuredClone(cmp.cells[1]), corridor: 'big-bend' });
    cmp.cells[0].rationale.basis = ['ip0.p1.s1'];
    cmp.cells[0].rationale.cites = ['ip-paper'];
    expectProblem(input, { file: CMP, field: 'cells', found: /no cell for tamaulipas on second/ });
    expectProblem(input, { file: CMP, field: 'cells[5].corridor', found: /big-bend/, expected: /tamaulipas/ });
    expectProblem(input, {
      file: CMP,
      field: 'cells[0].rationale.basis',
      found: /ip0\.p1\.s1/,
      expected: /at least one sentence of the report/,
    });
  });

  it('accepts a corridor not compared yet: no cells at all', () => {
    const input = validInput();
    comparisonData(input).cells.pop();
    expect(problemsOf(input)).toEqual([]);
  });

  it('rejects a code firmer than its rationale, and accepts the unclear level for it', () => {
    const input = validInput();
    const cell = comparisonData(input).cells[1];
    cell.code = 1;
    Object.assign(cell.rationale, {
      en: 'The report could not verify that the cartel taxes the networks.',
      es: 'El informe no pudo verificar que el cártel cobre cuotas a las redes.',
      certainty: 'unverified',
    });
    expectProblem(input, {
      file: CMP,
      field: 'cells[1].code',
      found: /1 \("Some"\), firmer than its rationale \("unverified"\)/,
      expected: /an unclear level on cartel-control/,
    });
    Object.assign(comparisonData(input).dimensions[0].levels[0], { unclear: true, min_certainty: 'unverified' });
    expectProblem(input, { file: CMP, field: 'cells[1].code', expected: /the unclear level \(0\)/ });
    cell.code = 0;
    expect(problemsOf(input)).toEqual([]);
  });

  it('rejects an unknown dimension, a second cell and a repeated level code', () => {
    const input = validInput();
    const c = comparisonData(input);
    c.cells.push(structuredClone(c.cells[0]));
    c.dimensions[0].levels.push({ code: 1, label: { en: 'More', es: 'Más' } });
    c.opportunity_dimensions[0].dimensions = ['nope'];
    expectProblem(input, { file: CMP, field: 'cells[4]', found: /a second cell for tijuana-mexicali\/cartel-control/ });
    expectProblem(input, { file: CMP, field: 'dimensions[0].levels[2].code', expected: /each level code once/ });
    expectProblem(input, { file: CMP, field: 'opportunity_dimensions[0].dimensions[0]', found: /nope/ });
  });
});
