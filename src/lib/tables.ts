/**
 * Arithmetic checks of the paper's tables as transcribed: rows re-add to the published totals and
 * every percentage matches its count over the published base, to the printed precision.
 */
import type { Problem } from './evidence.ts';
import type { Tables } from './schema.ts';

/**
 * Whether a printed percentage matches count/base within one unit of the printed decimal (the paper
 * sometimes truncates: 37 of 77 is 48.05%, printed 48.0).
 * @example percentMatches(32, 75, 42.7) // => true
 * @example percentMatches(32, 75, 42.0) // => false
 */
export function percentMatches(count: number, base: number, printed: number): boolean {
  const exact = (count / base) * 100;
  return Math.abs(exact - printed) < 0.1 + 1e-9;
}

/** Every arithmetic problem in the tables, with the field it concerns. */
export function checkTables(t: Tables, file: string): Problem[] {
  const problems: Problem[] = [];
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const expectSum = (field: string, rows: number[], total: number) => {
    if (sum(rows) !== total)
      problems.push({ file, field, found: `rows adding up to ${sum(rows)}`, expected: `the published total ${total}` });
  };
  const expectPercent = (field: string, n: number, base: number, printed: number) => {
    if (!percentMatches(n, base, printed))
      problems.push({
        file,
        field,
        found: `${printed}%`,
        expected: `${((n / base) * 100).toFixed(1)}% (${n} of ${base})`,
      });
  };

  expectSum(
    'table_1.total.n',
    t.table_1.rows.map((r) => r.n),
    t.table_1.total.n,
  );
  t.table_1.rows.forEach((r, i) => expectPercent(`table_1.rows[${i}].percent`, r.n, t.table_1.total.n, r.percent));

  // Table 3: counts add to the published n (81, six women counted twice); percentages are of the 75 interviewees.
  expectSum(
    'table_3.total.n',
    t.table_3.rows.map((r) => r.n),
    t.table_3.total.n,
  );
  t.table_3.rows.forEach((r, i) => expectPercent(`table_3.rows[${i}].percent`, r.n, t.table_3.interviewees, r.percent));
  const isos = t.table_3.rows.map((r) => r.iso);
  isos.forEach((iso, i) => {
    if (isos.indexOf(iso) !== i)
      problems.push({ file, field: `table_3.rows[${i}].iso`, found: iso, expected: 'each state once' });
  });

  expectSum(
    'table_4.total.n',
    t.table_4.rows.map((r) => r.n),
    t.table_4.total.n,
  );
  t.table_4.rows.forEach((r, i) => expectPercent(`table_4.rows[${i}].percent`, r.n, t.table_4.total.n, r.percent));

  const t5 = t.table_5;
  for (const col of ['men', 'women', 'total'] as const)
    expectSum(
      `table_5.total.${col}.n`,
      t5.rows.map((r) => r[col].n),
      t5.total[col].n,
    );
  t5.rows.forEach((r, i) => {
    if (r.men.n + r.women.n !== r.total.n)
      problems.push({
        file,
        field: `table_5.rows[${i}].total.n`,
        found: String(r.total.n),
        expected: `men + women = ${r.men.n + r.women.n}`,
      });
    expectPercent(`table_5.rows[${i}].men.percent`, r.men.n, r.total.n, r.men.percent);
    expectPercent(`table_5.rows[${i}].women.percent`, r.women.n, r.total.n, r.women.percent);
    expectPercent(`table_5.rows[${i}].total.percent`, r.total.n, t5.total.total.n, r.total.percent);
  });
  expectPercent('table_5.total.men.percent', t5.total.men.n, t5.total.total.n, t5.total.men.percent);
  expectPercent('table_5.total.women.percent', t5.total.women.n, t5.total.total.n, t5.total.women.percent);
  return problems;
}
