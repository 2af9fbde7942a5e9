// The paper's annex tables re-add to the published totals and percentages, quirks included.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { TablesFile, type Tables } from '../../src/lib/schema.ts';
import { checkTables, percentMatches } from '../../src/lib/tables.ts';

const FILE = 'data/izcara/tables.yaml';
const load = (): Tables => TablesFile.parse(parse(readFileSync(FILE, 'utf8')));

describe('Izcara-Palacios tables as transcribed', () => {
  it('re-add to every published total and percentage', () => {
    expect(checkTables(load(), FILE)).toEqual([]);
  });

  it('keep the published quirks: 75 interviewees, 81 state cases, 77 network cases, Guadalajara', () => {
    const t = load();
    expect(t.table_1.total.n).toBe(75);
    expect(t.table_3.interviewees).toBe(75);
    expect(t.table_3.total.n).toBe(81);
    expect(t.table_3.rows).toHaveLength(16);
    expect(t.table_3.rows.find((r) => r.published === 'Guadalajara')?.iso).toBe('MX-JAL');
    expect(t.table_5.total.total.n).toBe(77);
    expect(t.table_2.rows[0]).toMatchObject({ published: 'Age', median: 24.7, mean: 24 });
    for (const key of ['table_2', 'table_3', 'table_5'] as const) expect(t[key].notes.length).toBeGreaterThan(0);
  });

  it('catch a transcription error in a count or a percentage', () => {
    const t = load();
    t.table_3.rows[0]!.n = 28;
    t.table_5.rows[1]!.women.percent = 8.7;
    const fields = checkTables(t, FILE).map((p) => p.field);
    expect(fields).toContain('table_3.total.n');
    expect(fields).toContain('table_3.rows[0].percent');
    expect(fields).toContain('table_5.rows[1].women.percent');
  });

  it('compare percentages at the printed precision', () => {
    expect(percentMatches(1, 75, 1.3)).toBe(true);
    expect(percentMatches(2, 77, 2.6)).toBe(true);
    expect(percentMatches(37, 77, 48.0)).toBe(true);
    expect(percentMatches(2, 77, 2.4)).toBe(false);
  });
});
