import { describe, expect, it } from 'vitest';
import { validateAtlas } from '../evidence.ts';
import { validInput } from '../../../tests/unit/fixture.ts';
import { allStatements } from './statements.ts';

describe('allStatements', () => {
  it('lists the statements of the corridors, the report, the comparison and Table 5, each with its anchor', () => {
    const atlas = validateAtlas(validInput());
    const statements = allStatements({
      corridors: atlas.corridors.map((data) => ({ file: `data/corridors/${data.id}.yaml`, data })),
      report: { file: 'data/report.yaml', data: atlas.report },
      comparison: { file: 'data/comparison.yaml', data: atlas.comparison },
      tables: { file: 'data/izcara/tables.yaml', data: atlas.tables },
    });
    const sections = new Set(statements.map((s) => s.ref.section));
    for (const section of [
      'summary',
      'actors',
      'flows',
      'findings',
      'national',
      'opportunities',
      'comparison',
      'tables',
    ])
      expect(sections).toContain(section);
    // 4 corridors of 11 statements, 18 of the report, 4 comparison cells, one per Table 5 row.
    expect(statements).toHaveLength(4 * 11 + 18 + 4 + atlas.tables.table_5.rows.length);
    expect(statements.at(-1)).toMatchObject({
      file: 'data/izcara/tables.yaml',
      field: `table_5.rows[${atlas.tables.table_5.rows.length - 1}].summary`,
      ref: { corridor: null, section: 'tables' },
    });
  });

  it('leaves out a file that failed its schema', () => {
    expect(allStatements({ corridors: [] })).toEqual([]);
  });
});
