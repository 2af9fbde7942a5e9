import { describe, it } from 'vitest';
import { expectProblem, TABLES_FILE, tablesData, validInput } from '../../../tests/unit/fixture.ts';

describe("the paper's tables", () => {
  it('rejects a table whose total does not add up, and a table source not in the register', () => {
    const input = validInput();
    tablesData(input).table_1.total.n += 1;
    tablesData(input).table_5.source = 'ip-table-9';
    expectProblem(input, { file: TABLES_FILE, field: 'table_1.total.n', expected: /the published total/ });
    expectProblem(input, { file: TABLES_FILE, field: 'table_5.source', found: /ip-table-9/, expected: /ip-table-N/ });
  });
});
