/**
 * The basis of a claim: the sentences of a source document it rests on, by outline id
 * (`c3.p3.s2`, or `c3.p3.s2:35` for one footnote of a sentence that carries several). This module
 * indexes the outlines and resolves a basis into sentences, their footnotes and their certainty
 * ceiling; the rules that use it are under rules/ (fidelity, roles, coverage).
 */
import { ceilingOf, certaintyRank, type Certainty, type Cue } from './cues.ts';
import type { OutlineFile } from './schema.ts';
import { json, list, type Problem } from './rules/problem.ts';

/** One outline sentence with what the rules need about it. */
export interface IndexedSentence {
  id: string;
  document: OutlineFile['document'];
  section: { id: string; title: string; source: string };
  /** 1-based paragraph number, and whether it is a figure (`f`) or a paragraph (`p`). */
  paragraph: { kind: 'p' | 'f'; n: number };
  footnotes: number[];
  cues: Cue[];
}

export type OutlineIndex = Map<string, IndexedSentence>;

const FOOTNOTE_PREFIX: Record<OutlineFile['document'], string> = {
  'insight-crime-2023': 'ic',
  'izcara-palacios-2023': 'ip',
};

/**
 * Index the outlines by sentence id.
 * @example indexOutlines([outline]).get('c4.p5.s2')?.footnotes // => [44]
 */
export function indexOutlines(outlines: readonly OutlineFile[]): OutlineIndex {
  const index: OutlineIndex = new Map();
  for (const o of outlines)
    for (const s of o.sentences) {
      const [sectionId, para] = s.id.split('.') as [string, string];
      const section = o.sections.find((x) => x.id === sectionId) ?? { id: sectionId, title: sectionId, source: '' };
      index.set(s.id, {
        id: s.id,
        document: o.document,
        section,
        paragraph: { kind: para[0] as 'p' | 'f', n: Number(para.slice(1)) },
        footnotes: s.footnotes,
        cues: s.cues,
      });
    }
  return index;
}

/** Split a basis entry into its sentence id and, for `c3.p3.s2:35`, the footnote it narrows to. */
export function parseBasis(entry: string): { id: string; footnote: number | null } {
  const [id, n] = entry.split(':') as [string, string | undefined];
  return { id, footnote: n === undefined ? null : Number(n) };
}

/**
 * The source ids a basis entry calls for: the sentence's footnotes (or the one named after `:`), or,
 * for a sentence without a footnote, its section's source (`ic-s-corridor-3`, `ip-paper`, `ip-table-3`).
 * @example citesFor(sentence /* c4.p5.s2, footnote 44 *\/, null) // => ['ic-44']
 */
export function citesFor(s: IndexedSentence, footnote: number | null): string[] {
  const prefix = FOOTNOTE_PREFIX[s.document];
  if (footnote !== null) return [`${prefix}-${footnote}`];
  if (s.footnotes.length) return s.footnotes.map((n) => `${prefix}-${n}`);
  return [s.section.source];
}

/** The firmest certainty a set of basis sentences supports: that of the weakest. */
export function basisCeiling(sentences: readonly IndexedSentence[]): Certainty {
  let ceiling: Certainty = 'stated';
  for (const s of sentences) {
    const c = ceilingOf(s.cues);
    if (certaintyRank(c) < certaintyRank(ceiling)) ceiling = c;
  }
  return ceiling;
}

/**
 * Resolve a basis into its sentences; a problem for an id that does not exist or a footnote the sentence lacks.
 * @example resolveBasis(['c4.p5.s2'], index, { file, field: 'victims[0].basis' }, problems)[0]?.sentence.footnotes // => [44]
 */
export function resolveBasis(
  basis: readonly string[],
  index: OutlineIndex,
  at: { file: string; field: string },
  problems: Problem[],
): Array<{ sentence: IndexedSentence; footnote: number | null }> {
  const out: Array<{ sentence: IndexedSentence; footnote: number | null }> = [];
  basis.forEach((entry, i) => {
    const { id, footnote } = parseBasis(entry);
    const sentence = index.get(id);
    if (!sentence) {
      problems.push({
        file: at.file,
        field: `${at.field}[${i}]`,
        found: json(entry),
        expected: 'the id of a sentence in data/outline/ (run `npm run outline:show` to list them)',
      });
      return;
    }
    if (footnote !== null && (sentence.footnotes.length < 2 || !sentence.footnotes.includes(footnote))) {
      problems.push({
        file: at.file,
        field: `${at.field}[${i}]`,
        found: `${json(entry)} (sentence ${id} carries footnote(s) ${list(sentence.footnotes.map(String))})`,
        expected: `a ":n" suffix only on a sentence with several footnotes, naming one of them`,
      });
      return;
    }
    out.push({ sentence, footnote });
  });
  return out;
}
