import { describe, expect, it } from 'vitest';
import { validateAtlas } from '../evidence.ts';
import {
  corridorData,
  expectProblem,
  problemsOf,
  reportOutlineData,
  tablesData,
  TJ,
  validInput,
} from '../../../tests/unit/fixture.ts';

describe('coverage', () => {
  it('rejects a report sentence that is neither used nor left out, against the file that owns its section', () => {
    const input = validInput();
    reportOutlineData(input).sentences.push({ id: 'c1.p3.s1' });
    expectProblem(input, {
      file: TJ,
      field: 'left_out',
      found: /1 sentence\(s\) of "Corridor 1" neither used nor left out: c1\.p3\.s1/,
    });
    corridorData(input).left_out = [{ basis: ['c1.p3.s1'], reason: 'A transition the atlas does not need.' }];
    expect(problemsOf(input)).toEqual([]);
  });

  it('rejects a left-out id that does not exist, or that is used after all', () => {
    const input = validInput();
    corridorData(input).left_out = [{ basis: ['c1.p7.s1', 'c1.p1.s1'], reason: 'Stale list of unused sentences.' }];
    expectProblem(input, { file: TJ, field: 'left_out[0].basis[0]', found: /c1\.p7\.s1/ });
    expectProblem(input, { file: TJ, field: 'left_out[0].basis[1]', found: /is the basis of a statement/ });
  });

  it('reports coverage per section on the atlas', () => {
    const input = validInput();
    reportOutlineData(input).sentences.push({ id: 'c1.p3.s1' });
    corridorData(input).left_out = [{ basis: ['c1.p3.s1'], reason: 'A transition the atlas does not need.' }];
    expect(validateAtlas(input).coverage).toEqual([
      { section: 'c1', title: 'Corridor 1', sentences: 3, used: 2, leftOut: 1, missing: [] },
    ]);
  });

  it('counts the basis of a Table 5 summary as used', () => {
    const input = validInput();
    reportOutlineData(input).sentences.push({ id: 'c1.p3.s1', footnotes: [1] });
    const summary = tablesData(input).table_5.rows[0].summary;
    summary.basis = [...summary.basis, 'c1.p3.s1'];
    summary.cites = [...summary.cites, 'ic-1'];
    expect(problemsOf(input)).toEqual([]);
    expect(validateAtlas(input).coverage[0]).toMatchObject({ section: 'c1', used: 3, missing: [] });
  });
});
