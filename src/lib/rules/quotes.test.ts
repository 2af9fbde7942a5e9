import { describe, it } from 'vitest';
import { corridorData, expectProblem, TABLES_FILE, tablesData, TJ, validInput } from '../../../tests/unit/fixture.ts';

const long = () => ({ en: 'word '.repeat(60), es: 'palabra '.repeat(60), by: { en: 'A source', es: 'Una fuente' } });

describe('quotations', () => {
  it('rejects long quotations', () => {
    const input = validInput();
    corridorData(input, 0).summary[0].quote = long();
    expectProblem(input, { file: TJ, field: 'summary[0].quote.en', expected: /at most 40 words/ });
  });

  it('rejects a long quotation in a Table 5 summary', () => {
    const input = validInput();
    tablesData(input).table_5.rows[0].summary.quote = long();
    expectProblem(input, {
      file: TABLES_FILE,
      field: 'table_5.rows[0].summary.quote.en',
      found: /a quotation of 6\d words/,
      expected: /at most 40 words/,
    });
  });
});
