/** The report file (data/report.yaml): figure and opportunity ids used once, opportunities numbered once each. */
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
  ];
}
