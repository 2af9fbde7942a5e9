/**
 * Corridor files: one file per corridor id and number, ids used once among a corridor's actors,
 * flows and figures, actors placed at the corridor's own places, flows between known places.
 */
import type { RuleContext } from './context.ts';
import { repeats, show, type Problem } from './problem.ts';

/** Every problem of the corridor files' ids and references. */
export function checkCorridors(ctx: RuleContext): Problem[] {
  const { corridors } = ctx;
  const problems = [
    ...repeats(
      corridors,
      (c) => c.data.id,
      (id, i) => ({
        file: corridors[i]!.file,
        field: 'id',
        found: show(id),
        expected: 'a corridor id used by one file only',
      }),
    ),
    ...repeats(
      corridors,
      (c) => String(c.data.number),
      (n, i) => ({
        file: corridors[i]!.file,
        field: 'number',
        found: n,
        expected: 'a corridor number used by one file only',
      }),
    ),
  ];
  const geoIds = new Set(ctx.geoIds.map((g) => g.id));
  for (const { file, data: c } of corridors) {
    for (const [key, items] of [
      ['actors', c.actors],
      ['flows', c.flows],
      ['figures', c.figures],
    ] as const)
      problems.push(
        ...repeats<{ id: string }>(
          items,
          (x) => x.id,
          (id, i) => ({
            file,
            field: `${key}[${i}].id`,
            found: show(id),
            expected: `an id used only once among the corridor's ${key}`,
          }),
        ),
      );
    const placeIds = new Set(c.places.map((p) => p.id));
    c.actors.forEach((a, i) =>
      a.places.forEach((pid, j) => {
        if (!placeIds.has(pid))
          problems.push({
            file,
            field: `actors[${i}].places[${j}]`,
            found: show(pid),
            expected: `the id of one of this corridor's places (${[...placeIds].join(', ')})`,
          });
      }),
    );
    c.flows.forEach((f, i) =>
      (['from', 'to'] as const).forEach((end) => {
        if (!geoIds.has(f[end]))
          problems.push({
            file,
            field: `flows[${i}].${end}`,
            found: show(f[end]),
            expected: 'the id of a place or of a location in data/locations.yaml',
          });
      }),
    );
  }
  return problems;
}
