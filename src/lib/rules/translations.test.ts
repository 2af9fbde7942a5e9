import { describe, it } from 'vitest';
import { corridorData, expectProblem, TABLES_FILE, tablesData, validInput } from '../../../tests/unit/fixture.ts';

describe('translations', () => {
  it('rejects Spanish that is a copy of the English', () => {
    const input = validInput();
    corridorData(input, 1).victims[0].es = corridorData(input, 1).victims[0].en;
    expectProblem(input, {
      file: 'data/corridors/sonoran-desert.yaml',
      field: 'victims[0].es',
      found: /copied unchanged/,
      expected: /missing translation/,
    });
  });

  it('rejects a Table 5 summary whose Spanish is a copy of the English', () => {
    const input = validInput();
    const summary = tablesData(input).table_5.rows[1].summary;
    summary.es = summary.en;
    expectProblem(input, { file: TABLES_FILE, field: 'table_5.rows[1].summary.es', found: /copied unchanged/ });
  });
});
