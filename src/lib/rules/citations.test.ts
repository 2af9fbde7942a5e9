import { describe, expect, it } from 'vitest';
import {
  corridorData,
  expectProblem,
  problemsOf,
  TABLES_FILE,
  tablesData,
  validInput,
} from '../../../tests/unit/fixture.ts';

describe('citations', () => {
  it('rejects a citation of a footnote that does not exist', () => {
    const input = validInput();
    corridorData(input, 1).victims[0].cites = ['ic-99'];
    expectProblem(input, {
      file: 'data/corridors/sonoran-desert.yaml',
      field: 'victims[0].cites[0]',
      found: /ic-99/,
      expected: /source in data\/sources/,
    });
  });

  it('rejects a citation that does not exist in a Table 5 summary', () => {
    const input = validInput();
    tablesData(input).table_5.rows[0].summary.cites = ['ip-paper', 'ip-table-9'];
    expectProblem(input, {
      file: TABLES_FILE,
      field: 'table_5.rows[0].summary.cites[1]',
      found: /ip-table-9/,
      expected: /source in data\/sources/,
    });
  });

  it('rejects a footnote that nothing cites', () => {
    const input = validInput();
    corridorData(input, 0).summary[0].cites = ['ic-1'];
    expectProblem(input, {
      file: 'data/sources/insight-crime.yaml',
      field: 'sources[1]',
      found: /ic-2.*cited by no statement/,
      expected: /cited by at least one/,
    });
  });

  it('does not blame footnotes for being uncited when a file citing them failed its schema', () => {
    const input = validInput();
    corridorData(input, 0).places[0].coordinates = [-117.04, 95];
    expect(problemsOf(input).map((p) => p.field)).toEqual(['places[0].coordinates[1]']);
  });
});
