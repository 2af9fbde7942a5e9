/**
 * Actor roles: an actor's role rests on sentences its own statements rest on, and is no firmer than
 * that basis or than the weakest statement sharing it. Needs the report's outline.
 */
import { basisCeiling, parseBasis, resolveBasis, type OutlineIndex } from '../basis.ts';
import { certaintyRank } from '../cues.ts';
import type { Actor, Statement } from '../schema.ts';
import type { RuleContext } from './context.ts';
import { json, list, type Problem } from './problem.ts';

/** Every role problem of every actor of every corridor. */
export function checkRoles(ctx: RuleContext): Problem[] {
  if (!ctx.reportOutline) return [];
  return ctx.corridors.flatMap(({ file, data: c }) =>
    c.actors.flatMap((a, i) => checkActorRole(a, file, `actors[${i}]`, ctx.outlineIndex)),
  );
}

/**
 * An actor's role rests on sentences its statements show, and is no firmer than those statements.
 */
export function checkActorRole(actor: Actor, file: string, field: string, index: OutlineIndex): Problem[] {
  const problems: Problem[] = [];
  const resolved = resolveBasis(actor.role_basis, index, { file, field: `${field}.role_basis` }, problems);
  const shown = new Set(actor.statements.flatMap((s) => s.basis.map((b) => parseBasis(b).id)));
  actor.role_basis.forEach((entry, i) => {
    if (!shown.has(parseBasis(entry).id))
      problems.push({
        file,
        field: `${field}.role_basis[${i}]`,
        found: `${json(entry)}, which none of the actor's statements rests on`,
        expected: `one of the sentences its statements rest on (${list([...shown])})`,
      });
  });
  if (problems.length) return problems;
  const ceiling = basisCeiling(resolved.map((r) => r.sentence));
  const roleIds = new Set(resolved.map((r) => r.sentence.id));
  const sharing = actor.statements.filter((s) => s.basis.some((b) => roleIds.has(parseBasis(b).id)));
  const weakest = sharing.reduce<Statement | undefined>(
    (w, s) => (!w || certaintyRank(s.certainty) < certaintyRank(w.certainty) ? s : w),
    undefined,
  );
  if (certaintyRank(actor.role_certainty) > certaintyRank(ceiling))
    problems.push({
      file,
      field: `${field}.role_certainty`,
      found: `${json(actor.role_certainty)}, firmer than its basis`,
      expected: `at most ${json(ceiling)}`,
    });
  else if (weakest && certaintyRank(actor.role_certainty) > certaintyRank(weakest.certainty))
    problems.push({
      file,
      field: `${field}.role_certainty`,
      found: `${json(actor.role_certainty)}, firmer than the statement it rests on (${json(weakest.certainty)})`,
      expected: `at most ${json(weakest.certainty)}`,
    });
  return problems;
}
