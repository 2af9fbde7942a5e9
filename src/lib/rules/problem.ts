/**
 * What every rule returns: a problem an editor can act on (file, field, what was found, what was
 * expected), the error that lists them, and the small helpers the rules share to write them.
 */

export interface Problem {
  file: string;
  field: string;
  found: string;
  expected: string;
}

/** Thrown when the data breaks a rule; its message lists every problem, one per line. */
export class DataError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `The atlas data has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map(formatProblem).join('\n'),
    );
    this.name = 'DataError';
    this.problems = problems;
  }
}

/**
 * One problem as one line an editor can act on.
 * @example formatProblem({ file: 'data/a.yaml', field: 'x', found: '1', expected: '2' })
 * // => 'data/a.yaml: x: found 1, expected 2'
 */
export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.field}: found ${p.found}, expected ${p.expected}`;
}

/**
 * A value as it appears in a message: JSON, cut to 80 characters.
 * @example show('ic-99') // => '"ic-99"'
 */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- objects went to JSON.stringify; only functions and symbols get here
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * The keys that occur more than once, each with the indexes where it occurs.
 * @example duplicates(['a', 'b', 'a'], (x) => x) // => Map { 'a' => [0, 2] }
 */
export function duplicates<T>(items: readonly T[], key: (t: T) => string): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  items.forEach((item, i) => seen.set(key(item), [...(seen.get(key(item)) ?? []), i]));
  return new Map([...seen].filter(([, idx]) => idx.length > 1));
}

/**
 * One problem for every repeat of a key (the first occurrence is fine), built by `problem`.
 * @example repeats(['a', 'a'], (x) => x, (id, i) => ({ file: 'f', field: `[${i}]`, found: id, expected: 'once' }))
 * // => [{ file: 'f', field: '[1]', found: 'a', expected: 'once' }]
 */
export function repeats<T>(
  items: readonly T[],
  key: (t: T) => string,
  problem: (key: string, index: number) => Problem,
): Problem[] {
  return [...duplicates(items, key)].flatMap(([k, idx]) => idx.slice(1).map((i) => problem(k, i)));
}

/**
 * A value as JSON, in full: for ids and certainties, which a message must not cut.
 * @example json('stated') // => '"stated"'
 */
export const json = (value: unknown): string => JSON.stringify(value);

/**
 * A list of ids for a message, or "none".
 * @example list([]) // => 'none'
 */
export const list = (xs: readonly string[]): string => (xs.length ? xs.join(', ') : 'none');
