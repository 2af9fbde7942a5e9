/**
 * Presenter steps, read from the same data as the rest of the site (a story is data): each step has
 * a camera, the layers to show, three or four key points with their sources, and speaker notes.
 */
import type { Atlas } from './evidence.ts';
import type { CorridorId, Lang, Statement } from './schema.ts';

export interface Step {
  id: string;
  kind: 'note' | 'overview' | 'corridor' | 'national' | 'compare' | 'opportunities';
  /** Title text, or null for steps titled from the interface table. */
  title: string | null;
  corridor: CorridorId | null;
  /** Camera target: a corridor's id (its bounds), 'border' (the whole border) or 'mexico' (all of it). */
  camera: string;
  national: boolean;
  points: Statement[];
  /** Speaker notes from the data (corridor steps); other steps use the interface table. */
  notes: Statement[];
}

const MAX_POINTS = 4;

/**
 * The presentation, in order.
 * @example presenterSteps(atlas, 'en').map((s) => s.kind) // => ['note', 'overview', 'corridor', 'corridor', 'corridor', 'corridor', 'national', 'compare', 'opportunities']
 */
export function presenterSteps(atlas: Pick<Atlas, 'corridors' | 'report' | 'comparison'>, lang: Lang): Step[] {
  const corridorSteps: Step[] = atlas.corridors.map((c) => ({
    id: c.id,
    kind: 'corridor',
    title: c.name[lang],
    corridor: c.id,
    camera: c.id,
    national: false,
    points: c.summary.slice(0, MAX_POINTS),
    notes: [...c.data_gaps, ...c.unverified].slice(0, 3),
  }));
  const dim = atlas.comparison.dimensions[0];
  const comparePoints: Statement[] = dim
    ? atlas.comparison.cells.filter((x) => x.dimension === dim.id).map((x) => x.rationale)
    : [];
  return [
    {
      id: 'content-note',
      kind: 'note',
      title: null,
      corridor: null,
      camera: 'border',
      national: false,
      points: [],
      notes: [],
    },
    {
      id: 'border',
      kind: 'overview',
      title: null,
      corridor: null,
      camera: 'border',
      national: false,
      points: atlas.report.findings.slice(0, MAX_POINTS),
      notes: [],
    },
    ...corridorSteps,
    {
      id: 'national',
      kind: 'national',
      title: null,
      corridor: null,
      camera: 'mexico',
      national: true,
      points: atlas.report.national.perpetrators.slice(0, MAX_POINTS),
      notes: [],
    },
    {
      id: 'compare',
      kind: 'compare',
      title: dim?.name[lang] ?? null,
      corridor: null,
      camera: 'border',
      national: false,
      points: comparePoints.slice(0, MAX_POINTS),
      notes: [],
    },
    {
      id: 'opportunities',
      kind: 'opportunities',
      title: null,
      corridor: null,
      camera: 'border',
      national: false,
      points: atlas.report.opportunities.map((o) => o.statements[0]!).slice(0, MAX_POINTS),
      notes: [],
    },
  ];
}

/**
 * The step index for a `?step=` value: a step id or a 1-based number; anything else is step 1.
 * @example stepIndex('3', ['a', 'b', 'c']) // => 2
 * @example stepIndex('<b>', ['a', 'b']) // => 0
 */
export function stepIndex(value: string | null, ids: readonly string[]): number {
  if (!value || value.length > 60) return 0;
  const byId = ids.indexOf(value);
  if (byId >= 0) return byId;
  if (/^\d{1,3}$/.test(value)) {
    const n = Number(value);
    if (n >= 1 && n <= ids.length) return n - 1;
  }
  return 0;
}
