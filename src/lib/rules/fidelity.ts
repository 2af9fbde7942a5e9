/**
 * Fidelity, for every statement of the atlas: its basis sentences exist; it cites exactly the
 * footnotes they carry; it is no firmer than the weakest of them; it names who says so where they
 * attribute; its wording in each language says what its certainty says, and the Spanish carries the
 * same hedges as the English. Needs the report's outline (its absence is a completeness problem).
 */
import { basisCeiling, citesFor, resolveBasis, type IndexedSentence, type OutlineIndex } from '../basis.ts';
import { CERTAINTY_CUE, ceilingOf, certaintyRank, cuesIn, type Cue } from '../cues.ts';
import { LANGS, language, type Lang } from '../languages.ts';
import type { Statement } from '../schema.ts';
import type { RuleContext } from './context.ts';
import { json, list, type Problem } from './problem.ts';
import type { LocatedStatement } from './statements.ts';

/** Every fidelity problem of every statement. */
export function checkFidelity(ctx: RuleContext): Problem[] {
  if (!ctx.reportOutline) return [];
  return ctx.statements.flatMap((located) => checkStatement(located, ctx.outlineIndex));
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
        found: `${json(id)}, which no basis sentence carries (basis: ${statement.basis.join(', ')})`,
        expected: `only the footnotes of the basis sentences: ${list([...expected])}`,
      });
  });
  for (const id of expected)
    if (!statement.cites.includes(id))
      problems.push({
        file,
        field: `${field}.cites`,
        found: `${json(statement.cites)}, without ${id}, which basis sentence ${resolved.find((r) => citesFor(r.sentence, r.footnote).includes(id))!.sentence.id} carries`,
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
      found: `${json(statement.certainty)}, firmer than basis sentence ${weakest.id} (cues: ${list(weakest.cues)})`,
      expected: `at most ${json(ceiling)}`,
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

  // Wording: the text says what the label says, in every language.
  const cues = Object.fromEntries(LANGS.map((l) => [l, cuesIn(statement[l], l)])) as Record<Lang, Cue[]>;
  const needed = CERTAINTY_CUE[statement.certainty];
  for (const lang of LANGS) {
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
        found: `${json(statement.certainty)}, firmer than the ${language(lang).english} wording (cues: ${list(cues[lang])})`,
        expected: `at most ${json(wordCeiling)}, or wording without that hedge`,
      });
  }
  // Every translation carries the same cues as the first language's text.
  const [first, ...others] = LANGS;
  for (const lang of others) {
    const onlyFirst = cues[first!].filter((c) => !cues[lang].includes(c));
    const onlyHere = cues[lang].filter((c) => !cues[first!].includes(c));
    const [a, b] = [language(first!).english, language(lang).english];
    if (onlyFirst.length || onlyHere.length)
      problems.push({
        file,
        field: `${field}.${lang}`,
        found: `certainty wording that differs from the ${a} (${a} only: ${list(onlyFirst)}; ${b} only: ${list(onlyHere)})`,
        expected: 'the same hedges and attributions in every language',
      });
  }
  return problems;
}
