/**
 * Coverage of the report: every sentence of its body is the basis of a statement or of an actor's
 * role, or listed in a `left_out` with a reason; a `left_out` entry exists and is not used after all.
 */
import { parseBasis, type OutlineIndex } from '../basis.ts';
import type { LeftOut, OutlineFile } from '../schema.ts';
import type { RuleContext } from './context.ts';
import { json, type Problem } from './problem.ts';

/**
 * Coverage problems, reported against the file that owns each section (a corridor's `cN` section
 * goes to that corridor's file, every other to the report). Only when every file that holds
 * statements parsed: a broken file's basis is unknown.
 */
export function checkCoverage(ctx: RuleContext): Problem[] {
  if (!ctx.reportOutline || !ctx.complete) return [];
  const reportFile = ctx.input.report.file;
  const ownerOf = (section: string) => {
    const n = /^c(\d+)$/.exec(section)?.[1];
    return ctx.corridors.find((c) => String(c.data.number) === n)?.file ?? reportFile;
  };
  return coverageProblems(ctx.reportOutline, ctx.used, ctx.leftOut, ownerOf, ctx.outlineIndex);
}

/** A left-out list with where it is written, for messages. */
export interface LeftOutAt {
  file: string;
  items: readonly LeftOut[];
}

/** Per section: how many body sentences are used as basis, left out with a reason, or neither. */
export interface SectionCoverage {
  section: string;
  title: string;
  sentences: number;
  used: number;
  leftOut: number;
  missing: string[];
}

/**
 * Coverage of one document: every sentence is the basis of something or listed as left out.
 * @example coverage(outline, new Set(['c1.p1.s1']), [])[0]?.missing.length
 */
export function coverage(
  outline: OutlineFile,
  used: ReadonlySet<string>,
  leftOut: readonly LeftOutAt[],
): SectionCoverage[] {
  const out = new Set(leftOut.flatMap((l) => l.items.flatMap((i) => i.basis.map((b) => parseBasis(b).id))));
  return outline.sections.map((section) => {
    const ids = outline.sentences.filter((s) => s.id.startsWith(`${section.id}.`)).map((s) => s.id);
    return {
      section: section.id,
      title: section.title,
      sentences: ids.length,
      used: ids.filter((id) => used.has(id)).length,
      leftOut: ids.filter((id) => !used.has(id) && out.has(id)).length,
      missing: ids.filter((id) => !used.has(id) && !out.has(id)),
    };
  });
}

/**
 * Coverage as problems: a sentence neither used nor left out (reported against the file that owns
 * its section), a left-out id that does not exist, and a left-out id that is in fact used (stale).
 */
export function coverageProblems(
  outline: OutlineFile,
  used: ReadonlySet<string>,
  leftOut: readonly LeftOutAt[],
  ownerOf: (section: string) => string,
  index: OutlineIndex,
): Problem[] {
  const problems: Problem[] = [];
  for (const { file, items } of leftOut)
    items.forEach((item, i) =>
      item.basis.forEach((entry, j) => {
        const { id } = parseBasis(entry);
        if (!index.has(id))
          problems.push({
            file,
            field: `left_out[${i}].basis[${j}]`,
            found: json(entry),
            expected: 'the id of a sentence in data/outline/',
          });
        else if (used.has(id))
          problems.push({
            file,
            field: `left_out[${i}].basis[${j}]`,
            found: `${json(entry)}, which is the basis of a statement`,
            expected: 'only sentences the atlas does not use (remove it from left_out)',
          });
      }),
    );
  for (const c of coverage(outline, used, leftOut))
    if (c.missing.length)
      problems.push({
        file: ownerOf(c.section),
        field: 'left_out',
        found: `${c.missing.length} sentence(s) of "${c.title}" neither used nor left out: ${c.missing.join(', ')}`,
        expected: 'every sentence of the section used as the basis of a statement, or listed in left_out with a reason',
      });
  return problems;
}
