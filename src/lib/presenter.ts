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
  /** A long step is shown in parts ("part 1 of 2"): which part this is and how many there are. */
  part: number;
  parts: number;
}

const MAX_POINTS = 4;

/**
 * How much text one step shows, in characters of its key points (text, quotation and speaker): what
 * the text column holds at projector size at 1280×720 (checked for every step in the browser tests).
 */
export const PART_BUDGET = 760;

/**
 * The characters a key point puts on a slide.
 * @example pointLength({ en: 'abc', es: 'abcd', cites: ['s1'], basis: ['c1.p1.s1'], certainty: 'reported' }, 'es') // => 4
 */
export function pointLength(p: Statement, lang: Lang): number {
  return p[lang].length + (p.quote ? p.quote[lang].length + p.quote.by[lang].length + 4 : 0);
}

/**
 * A step's key points in parts of at most `budget` characters, in order (a longer point is a part of
 * its own), as even as the order allows: the fewest parts, then the shortest longest part.
 * @example splitPoints([300, 300, 300], (n) => n, 700) // => [[300, 300], [300]]
 * @example splitPoints([500, 100, 500], (n) => n, 700) // => [[500, 100], [500]]
 */
export function splitPoints<T>(points: readonly T[], size: (p: T) => number, budget: number): T[][] {
  if (points.length === 0) return [[]];
  // Greedy gives the fewest parts; then, of the cuts into that many parts, the one with the shortest
  // longest part (a step has at most four points, so every cut is tried).
  let count = 1;
  let used = 0;
  for (const p of points) {
    const n = size(p);
    if (used > 0 && used + n > budget) {
      count++;
      used = 0;
    }
    used += n;
  }
  let best: T[][] = [];
  let bestLongest = Infinity;
  const cut = (from: number, left: number, acc: T[][]): void => {
    if (left === 1) {
      const parts = [...acc, points.slice(from)];
      const longest = Math.max(...parts.map((g) => g.reduce((sum, p) => sum + size(p), 0)));
      if (longest < bestLongest) [best, bestLongest] = [parts, longest];
      return;
    }
    for (let end = points.length - left + 1; end > from; end--) cut(end, left - 1, [...acc, points.slice(from, end)]);
  };
  cut(0, count, []);
  return best;
}

/** A step's parts: the same camera, corridor and notes; each part keeps its own points (and their sources). */
function inParts(step: Omit<Step, 'part' | 'parts'>, lang: Lang): Step[] {
  const groups = splitPoints(step.points, (p) => pointLength(p, lang), PART_BUDGET);
  return groups.map((points, i) => ({
    ...step,
    id: i === 0 ? step.id : `${step.id}-${i + 1}`,
    points,
    part: i + 1,
    parts: groups.length,
  }));
}

/**
 * The presentation, in order; a step whose key points do not fit one slide comes in parts.
 * @example presenterSteps(atlas, 'en').map((s) => s.kind) // => ['note', 'overview', 'corridor', 'corridor', 'corridor', 'corridor', 'national', 'compare', 'opportunities']
 */
export function presenterSteps(atlas: Pick<Atlas, 'corridors' | 'report' | 'comparison'>, lang: Lang): Step[] {
  return wholeSteps(atlas, lang).flatMap((s) => inParts(s, lang));
}

function wholeSteps(
  atlas: Pick<Atlas, 'corridors' | 'report' | 'comparison'>,
  lang: Lang,
): Omit<Step, 'part' | 'parts'>[] {
  const corridorSteps: Omit<Step, 'part' | 'parts'>[] = atlas.corridors.map((c) => ({
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
