/**
 * The source register (data/sources/): each entry belongs to its file's document, footnotes run
 * from 1 without gaps, ids match their numbers (`ic-12`, `ip-table-3`), an "Ibid." points to an
 * earlier footnote, and no id is used twice.
 */
import type { RuleContext } from './context.ts';
import { repeats, show, type Problem } from './problem.ts';

/** Every problem of the register, file by file, then ids repeated across it. */
export function checkSources(ctx: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const { file, data } of ctx.registers) {
    const i = data.sources.findIndex((s) => s.document !== data.document.id);
    if (i >= 0)
      problems.push({
        file,
        field: `sources[${i}].document`,
        found: show(data.sources[i]?.document),
        expected: `the file's document id ${show(data.document.id)}`,
      });
    const numbered = data.sources.filter((s) => s.number !== undefined);
    const byNumber = new Map(numbered.map((s) => [s.number!, s]));
    const max = Math.max(0, ...byNumber.keys());
    const missing = Array.from({ length: max }, (_, i) => i + 1).filter((n) => !byNumber.has(n));
    if (missing.length)
      problems.push({
        file,
        field: 'sources',
        found: `footnotes up to ${max} without number(s) ${missing.join(', ')}`,
        expected: `every footnote from 1 to ${max}`,
      });
    data.sources.forEach((s, i) => {
      const prefix = s.document === 'insight-crime-2023' ? 'ic' : 'ip';
      if (!s.id.startsWith(`${prefix}-`))
        problems.push({
          file,
          field: `sources[${i}].id`,
          found: show(s.id),
          expected: `an id starting with "${prefix}-"`,
        });
      if (s.number !== undefined && s.id !== `${prefix}-${s.number}`)
        problems.push({
          file,
          field: `sources[${i}].id`,
          found: show(s.id),
          expected: `"${prefix}-${s.number}" for footnote ${s.number}`,
        });
      if (s.ibid !== undefined) {
        const target = byNumber.get(s.ibid);
        if (!target || s.number === undefined || s.ibid >= s.number)
          problems.push({
            file,
            field: `sources[${i}].ibid`,
            found: show(s.ibid),
            expected: 'the number of an earlier footnote in the same document',
          });
      }
    });
  }
  problems.push(
    ...repeats(
      ctx.sources,
      (s) => s.source.id,
      (id, i) => ({
        file: ctx.sources[i]!.file,
        field: `sources[${ctx.sources[i]!.index}].id`,
        found: show(id),
        expected: 'an id used only once in the register',
      }),
    ),
  );
  return problems;
}
