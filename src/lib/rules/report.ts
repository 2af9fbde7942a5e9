/**
 * The report file (data/report.yaml): figure and opportunity ids used once, opportunities numbered
 * once each, and the corridors an opportunity names are corridors of data/corridors/.
 */
import type { RuleContext } from './context.ts';
import { repeats, show, type Problem } from './problem.ts';

/** Repeated ids among the report's figures and opportunities, and repeated opportunity numbers. */
export function checkReport(ctx: RuleContext): Problem[] {
  if (!ctx.report) return [];
  const { file, data: report } = ctx.report;
  return [
    ...(['figures', 'opportunities'] as const).flatMap((key) =>
      repeats<{ id: string }>(
        report[key],
        (x) => x.id,
        (id, i) => ({
          file,
          field: `${key}[${i}].id`,
          found: show(id),
          expected: `an id used only once among the report's ${key}`,
        }),
      ),
    ),
    ...repeats(
      report.opportunities,
      (o) => String(o.number),
      (n, i) => ({ file, field: `opportunities[${i}].number`, found: n, expected: 'numbers 1 to 4, each once' }),
    ),
    ...unknownCorridors(ctx, file, report.opportunities),
  ];
}

/** Opportunity corridors that no file in data/corridors/ defines (only when every corridor file parsed). */
function unknownCorridors(ctx: RuleContext, file: string, opportunities: ReadonlyArray<{ corridors: string[] }>) {
  if (ctx.corridors.length !== ctx.input.corridors.length) return [];
  const ids = ctx.corridors.map((c) => c.data.id);
  return opportunities.flatMap((o, i) =>
    o.corridors.flatMap((id, j): Problem[] =>
      ids.includes(id)
        ? []
        : [
            {
              file,
              field: `opportunities[${i}].corridors[${j}]`,
              found: show(id),
              expected: `a corridor of data/corridors/ (${ids.join(', ')})`,
            },
          ],
    ),
  );
}
