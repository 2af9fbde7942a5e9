/**
 * The comparison (data/comparison.yaml): dimensions and their level codes used once; cells only for
 * corridors in data/corridors/, and for each corridor either one cell per dimension or none at all
 * (a corridor not compared yet shows an empty column, never half a column); each cell coded with a
 * level of its dimension that is no firmer than its rationale, and resting on the report.
 */
import { parseBasis } from '../basis.ts';
import { certaintyRank } from '../cues.ts';
import { REPORT, type RuleContext } from './context.ts';
import { repeats, show, type Problem } from './problem.ts';

/** Every problem of the comparison's dimensions, cells and opportunity dimensions. */
export function checkComparison(ctx: RuleContext): Problem[] {
  if (!ctx.comparison) return [];
  const { file, data: comparison } = ctx.comparison;
  const dims = new Map(comparison.dimensions.map((d) => [d.id, d]));
  const problems = repeats(
    comparison.dimensions,
    (d) => d.id,
    (id, i) => ({ file, field: `dimensions[${i}].id`, found: show(id), expected: 'a dimension id used only once' }),
  );
  comparison.dimensions.forEach((d, i) =>
    problems.push(
      ...repeats(
        d.levels,
        (l) => String(l.code),
        (code, j) => ({
          file,
          field: `dimensions[${i}].levels[${j}].code`,
          found: code,
          expected: 'each level code once',
        }),
      ),
    ),
  );
  comparison.cells.forEach((cell, i) => {
    const dim = dims.get(cell.dimension);
    if (!dim) {
      problems.push({
        file,
        field: `cells[${i}].dimension`,
        found: show(cell.dimension),
        expected: `one of the dimensions (${[...dims.keys()].join(', ')})`,
      });
      return;
    }
    const level = dim.levels.find((l) => l.code === cell.code);
    if (!level)
      problems.push({
        file,
        field: `cells[${i}].code`,
        found: show(cell.code),
        expected: `a level code of ${dim.id} (${dim.levels.map((l) => l.code).join(', ')})`,
      });
    // A code is no firmer than its rationale: what the report hedges or could not verify gets a level that says so.
    else if (certaintyRank(cell.rationale.certainty) < certaintyRank(level.min_certainty)) {
      const unclear = dim.levels.find((l) => l.unclear);
      problems.push({
        file,
        field: `cells[${i}].code`,
        found: `${show(cell.code)} (${show(level.label.en)}), firmer than its rationale (${show(cell.rationale.certainty)})`,
        expected: unclear
          ? `the unclear level (${unclear.code}) or a rationale at least ${show(level.min_certainty)}`
          : `a rationale at least ${show(level.min_certainty)}, or an unclear level on ${dim.id}`,
      });
    }
    if (!cell.rationale.basis.some((b) => ctx.outlineIndex.get(parseBasis(b).id)?.document === REPORT))
      problems.push({
        file,
        field: `cells[${i}].rationale.basis`,
        found: show(cell.rationale.basis),
        expected: 'at least one sentence of the report (the comparison reads the report)',
      });
  });
  problems.push(
    ...repeats(
      comparison.cells,
      (c) => `${c.corridor}/${c.dimension}`,
      (key, i) => ({
        file,
        field: `cells[${i}]`,
        found: `a second cell for ${key}`,
        expected: 'one cell per corridor and dimension',
      }),
    ),
  );
  const corridorIds = ctx.corridors.map((c) => c.data.id);
  comparison.cells.forEach((cell, i) => {
    if (ctx.corridors.length === ctx.input.corridors.length && !corridorIds.includes(cell.corridor))
      problems.push({
        file,
        field: `cells[${i}].corridor`,
        found: show(cell.corridor),
        expected: `a corridor of data/corridors/ (${corridorIds.join(', ')})`,
      });
  });
  const have = new Set(comparison.cells.map((c) => `${c.corridor}/${c.dimension}`));
  const coded = new Set(comparison.cells.map((c) => c.corridor));
  for (const d of comparison.dimensions)
    for (const c of corridorIds.filter((id) => coded.has(id)))
      if (!have.has(`${c}/${d.id}`))
        problems.push({
          file,
          field: 'cells',
          found: `no cell for ${c} on ${d.id}`,
          expected: 'one cell per dimension for every corridor that has any (or none, for a corridor not compared yet)',
        });
  comparison.opportunity_dimensions.forEach((o, i) =>
    o.dimensions.forEach((d, j) => {
      if (!dims.has(d))
        problems.push({
          file,
          field: `opportunity_dimensions[${i}].dimensions[${j}]`,
          found: show(d),
          expected: 'a dimension id',
        });
    }),
  );
  return problems;
}
