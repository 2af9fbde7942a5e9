/**
 * The fidelity rules: every claim rests on sentences of a source document (its `basis`, by outline
 * id), cites exactly the footnotes those sentences carry, is no firmer than they are, names who says
 * so where they do, and keeps the same caution in English and Spanish. Coverage: every sentence of
 * the report's body is the basis of something or listed as left out, with a reason.
 */
import { CERTAINTY_CUE, ceilingOf, certaintyRank, cuesIn, type Certainty, type Cue } from './cues.ts';
import type { LocatedStatement, Problem } from './evidence.ts';
import type { Actor, LeftOut, OutlineFile, Statement } from './schema.ts';

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

const show = (v: unknown) => JSON.stringify(v);
const list = (xs: readonly string[]) => (xs.length ? xs.join(', ') : 'none');

/** The firmest certainty a set of basis sentences supports: that of the weakest. */
export function basisCeiling(sentences: readonly IndexedSentence[]): Certainty {
  let ceiling: Certainty = 'stated';
  for (const s of sentences) {
    const c = ceilingOf(s.cues);
    if (certaintyRank(c) < certaintyRank(ceiling)) ceiling = c;
  }
  return ceiling;
}

/** Resolve a statement's basis; problems for ids that do not exist or footnotes a sentence lacks. */
function resolveBasis(
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
        found: show(entry),
        expected: 'the id of a sentence in data/outline/ (run `npm run outline:show` to list them)',
      });
      return;
    }
    if (footnote !== null && (sentence.footnotes.length < 2 || !sentence.footnotes.includes(footnote))) {
      problems.push({
        file: at.file,
        field: `${at.field}[${i}]`,
        found: `${show(entry)} (sentence ${id} carries footnote(s) ${list(sentence.footnotes.map(String))})`,
        expected: `a ":n" suffix only on a sentence with several footnotes, naming one of them`,
      });
      return;
    }
    out.push({ sentence, footnote });
  });
  return out;
}

/**
 * Every rule about one statement and its basis: ids exist; cites are exactly the basis's footnotes;
 * certainty no firmer than the basis; attribution present where the basis attributes; the wording in
 * each language carries the certainty's cue and no weaker one; English and Spanish carry the same cues.
 */
export function checkStatement(located: LocatedStatement, index: OutlineIndex): Problem[] {
  const { statement, file, field } = located;
  const problems: Problem[] = [];
  const resolved = resolveBasis(statement.basis, index, { file, field: `${field}.basis` }, problems);
  if (problems.length) return problems;

  // Footnotes: derived from the basis, both ways.
  const expected = new Set(resolved.flatMap(({ sentence, footnote }) => citesFor(sentence, footnote)));
  statement.cites.forEach((id, i) => {
    if (!expected.has(id))
      problems.push({
        file,
        field: `${field}.cites[${i}]`,
        found: `${show(id)}, which no basis sentence carries (basis: ${statement.basis.join(', ')})`,
        expected: `only the footnotes of the basis sentences: ${list([...expected])}`,
      });
  });
  for (const id of expected)
    if (!statement.cites.includes(id))
      problems.push({
        file,
        field: `${field}.cites`,
        found: `${show(statement.cites)}, without ${id}, which basis sentence ${resolved.find((r) => citesFor(r.sentence, r.footnote).includes(id))!.sentence.id} carries`,
        expected: `every footnote of the basis sentences: ${list([...expected])}`,
      });

  problems.push(
    ...checkCertainty(
      statement,
      resolved.map((r) => r.sentence),
      file,
      field,
    ),
  );
  return problems;
}

/** Certainty, attribution and wording rules for a statement whose basis resolved. */
function checkCertainty(statement: Statement, sentences: IndexedSentence[], file: string, field: string): Problem[] {
  const problems: Problem[] = [];
  const ceiling = basisCeiling(sentences);
  if (certaintyRank(statement.certainty) > certaintyRank(ceiling)) {
    const weakest = sentences.find((s) => ceilingOf(s.cues) === ceiling)!;
    problems.push({
      file,
      field: `${field}.certainty`,
      found: `${show(statement.certainty)}, firmer than basis sentence ${weakest.id} (cues: ${list(weakest.cues)})`,
      expected: `at most ${show(ceiling)}`,
    });
  }
  const attributed = sentences.filter((s) => s.cues.includes('attribution'));
  if (attributed.length && !statement.attribution)
    problems.push({
      file,
      field: `${field}.attribution`,
      found: `nothing, but basis sentence ${attributed[0]!.id} attributes its claim`,
      expected: 'an attribution: { kind, who } naming who says so',
    });
  if (statement.certainty === 'reported' && !statement.attribution)
    problems.push({
      file,
      field: `${field}.attribution`,
      found: 'nothing for a "reported" statement',
      expected: 'an attribution: { kind, who } naming who told the report',
    });

  // Wording: the text says what the label says, in both languages.
  const cues = { en: cuesIn(statement.en, 'en'), es: cuesIn(statement.es, 'es') };
  const needed = CERTAINTY_CUE[statement.certainty];
  for (const lang of ['en', 'es'] as const) {
    if (needed && !cues[lang].includes(needed))
      problems.push({
        file,
        field: `${field}.${lang}`,
        found: `wording without a ${needed} cue (found: ${list(cues[lang])})`,
        expected: `wording that says the claim is ${statement.certainty} (${needed}), as its certainty does`,
      });
    const wordCeiling = ceilingOf(cues[lang]);
    if (certaintyRank(statement.certainty) > certaintyRank(wordCeiling))
      problems.push({
        file,
        field: `${field}.certainty`,
        found: `${show(statement.certainty)}, firmer than the ${lang === 'en' ? 'English' : 'Spanish'} wording (cues: ${list(cues[lang])})`,
        expected: `at most ${show(wordCeiling)}, or wording without that hedge`,
      });
  }
  const onlyEn = cues.en.filter((c) => !cues.es.includes(c));
  const onlyEs = cues.es.filter((c) => !cues.en.includes(c));
  if (onlyEn.length || onlyEs.length)
    problems.push({
      file,
      field: `${field}.es`,
      found: `certainty wording that differs from the English (English only: ${list(onlyEn)}; Spanish only: ${list(onlyEs)})`,
      expected: 'the same hedges and attributions in both languages',
    });
  return problems;
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
        found: `${show(entry)}, which none of the actor's statements rests on`,
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
      found: `${show(actor.role_certainty)}, firmer than its basis`,
      expected: `at most ${show(ceiling)}`,
    });
  else if (weakest && certaintyRank(actor.role_certainty) > certaintyRank(weakest.certainty))
    problems.push({
      file,
      field: `${field}.role_certainty`,
      found: `${show(actor.role_certainty)}, firmer than the statement it rests on (${show(weakest.certainty)})`,
      expected: `at most ${show(weakest.certainty)}`,
    });
  return problems;
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
            found: show(entry),
            expected: 'the id of a sentence in data/outline/',
          });
        else if (used.has(id))
          problems.push({
            file,
            field: `left_out[${i}].basis[${j}]`,
            found: `${show(entry)}, which is the basis of a statement`,
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
