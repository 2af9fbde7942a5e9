// Schema problems: each file against its zod schema, with messages that name field, found and expected.
import { describe, it } from 'vitest';
import { corridorData, expectProblem, reportData, TJ, validInput } from '../../../tests/unit/fixture.ts';

describe('schemas', () => {
  it('rejects a statement with no citation, empty or absent', () => {
    const input = validInput();
    corridorData(input, 2).recruitment[0].cites = [];
    delete corridorData(input, 3).data_gaps[0].cites;
    expectProblem(input, {
      file: 'data/corridors/ciudad-juarez.yaml',
      field: 'recruitment[0].cites',
      found: /\[\]/,
      expected: /at least one source id/,
    });
    expectProblem(input, {
      file: 'data/corridors/tamaulipas.yaml',
      field: 'data_gaps[0].cites',
      found: /nothing/,
      expected: /array/,
    });
  });

  it('rejects invalid coordinates, and coordinates given as [latitude, longitude]', () => {
    const input = validInput();
    corridorData(input, 0).places[0].coordinates = [-117.04, 95];
    expectProblem(input, { file: TJ, field: 'places[0].coordinates[1]', found: /95/, expected: /latitude/ });
    const swapped = validInput();
    corridorData(swapped, 0).places[0].coordinates = [32.5149, -117.0382];
    expectProblem(swapped, { file: TJ, field: 'places[0].coordinates[1]', found: /-117/, expected: /latitude/ });
  });

  it('rejects a missing translation and an empty one', () => {
    const input = validInput();
    delete corridorData(input, 0).summary[0].es;
    corridorData(input, 2).name.es = '';
    expectProblem(input, {
      file: TJ,
      field: 'summary[0].es',
      found: /nothing/,
      expected: /Spanish text \(missing translation\)/,
    });
    expectProblem(input, {
      file: 'data/corridors/ciudad-juarez.yaml',
      field: 'name.es',
      found: /""/,
      expected: /Spanish text/,
    });
  });

  it('rejects an unknown actor role, naming the allowed ones', () => {
    const input = validInput();
    corridorData(input, 3).actors[0].role = 'controls';
    expectProblem(input, {
      file: 'data/corridors/tamaulipas.yaml',
      field: 'actors[0].role',
      found: /controls/,
      expected: /"runs", "supplies", "taxes", "present", "unclear"/,
    });
  });

  it('rejects misspelt fields instead of ignoring them', () => {
    const input = validInput();
    corridorData(input, 0).victim = [];
    expectProblem(input, { file: TJ, field: '(file)', found: /unknown field victim/ });
  });

  it('rejects a report without its three findings, and a missing file', () => {
    const input = validInput();
    reportData(input).findings.pop();
    input.locations.data = undefined;
    expectProblem(input, { file: 'data/report.yaml', field: 'findings', expected: /three major findings/ });
    expectProblem(input, {
      file: 'data/locations.yaml',
      field: '(file)',
      found: /no file/,
      expected: /a YAML document/,
    });
  });
});
