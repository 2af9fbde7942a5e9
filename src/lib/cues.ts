/**
 * Certainty cues: the words by which a text says how firm a claim is and who makes it. The same
 * lexicon reads the source documents (to build their outline) and the atlas's own statements in
 * English and Spanish (to check that a statement keeps its source's caution in both languages).
 */

import type { Lang } from './languages.ts';

/** The kinds of cue, from the weakest claim to the one that only names who speaks. */
export const CUE_KINDS = ['unverified', 'possibility', 'allegation', 'attribution'] as const;
export type Cue = (typeof CUE_KINDS)[number];

/** How firm a claim is, firmest last. Order matters: a claim may never be firmer than its basis. */
export const CERTAINTIES = ['unverified', 'possible', 'alleged', 'reported', 'stated'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/**
 * Rank of a certainty, 0 (not verified) to 4 (the report states it).
 * @example certaintyRank('possible') < certaintyRank('stated') // => true
 */
export const certaintyRank = (c: Certainty): number => CERTAINTIES.indexOf(c);

/** The certainty a cue caps a claim at. */
export const CUE_CEILING: Record<Cue, Certainty> = {
  unverified: 'unverified',
  possibility: 'possible',
  allegation: 'alleged',
  attribution: 'reported',
};

/** The cue a statement's own wording must carry for its certainty (a "stated" claim needs none). */
export const CERTAINTY_CUE: Record<Certainty, Cue | null> = {
  unverified: 'unverified',
  possible: 'possibility',
  alleged: 'allegation',
  reported: 'attribution',
  stated: null,
};

type Lexicon = Record<Cue, RegExp>;

/** A case-insensitive pattern matching any of these phrases as whole words (accented letters count as letters). */
const words = (...phrases: string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

const EN: Lexicon = {
  unverified: words(
    '(?:impossible|not possible|unable) to (?:independently )?verify',
    'could not (?:be )?(?:independently )?verif(?:y|ied)',
    'cannot be (?:independently )?verified',
    'not (?:been )?(?:independently )?verified',
    'unverified',
    'little evidence',
    'no (?:evidence|testimon(?:y|ies)) to substantiate',
  ),
  possibility: words(
    'may',
    'might',
    'could(?! not (?:be )?(?:independently )?verif)',
    'perhaps',
    'possibl[ey]',
    'possibility',
    'likely',
    'likelihood',
    'apparent(?:ly)?',
    'appears?',
    'appeared',
    'seem(?:s|ed|ingly)?',
    'presumabl[ey]',
    'supposed(?:ly)?',
    'plausible',
    'reportedly',
    'anecdotal(?:ly)?',
    'rumou?rs?',
    'estimates?',
    'estimated',
    'believes?',
    'not clear',
    'unclear',
    'suspected',
  ),
  allegation: words('alleged(?:ly)?', 'allegations?', 'indict(?:ed|ment|ments)?', 'accused'),
  attribution: words(
    'said',
    'says',
    'told',
    'tell',
    'according to(?! (?:two|three|four|five|its|their) )',
    'put it',
    'insisted',
    'agreed',
    'blamed',
    'pointed (?:to|out)',
    'explain(?:ed|s)?',
    'described',
    'recounted',
    'called it',
    'interviewed',
    'interviewees?',
    'in the (?:words|view) of',
    'believes?',
    'estimates?',
    'by (?:our |local |multiple |several )?sources',
    'the story went',
  ),
};

const ES: Lexicon = {
  unverified: words(
    'imposible (?:de )?verificar',
    'no (?:pudo|pudieron|se pudo|puede|ha podido) (?:ser )?(?:verificar|verificad[oa]s?|comprobar|comprobad[oa]s?)',
    'no (?:está|fue|ha sido) (?:verificad[oa]|comprobad[oa])',
    'sin verificar',
    'no verificad[oa]s?',
    'pocas pruebas',
    'no hay pruebas',
  ),
  possibility: words(
    'podría[ns]?',
    'pudiera[ns]?',
    'quizás?',
    'tal vez',
    'posibl(?:e|es|emente)',
    'posibilidad',
    'probab(?:le|les|lemente|ilidad)',
    'al parecer',
    'parec(?:e|en|ía|ían|iera)',
    'aparente(?:s|mente)?',
    'supuest(?:o|a|os|as|amente)',
    'presumiblemente',
    'verosímil',
    'dicen que',
    'se dice',
    'rumor(?:es)?',
    'anecdótic(?:o|a|amente)',
    'estima[ns]?',
    'estimad[oa]s?',
    'cre(?:e|en|ían)',
    'no (?:está|es) claro',
    'poco clar[oa]s?',
    'sospech\\p{L}*',
  ),
  allegation: words('presunt(?:o|a|os|as|amente)', 'acusación', 'acusad[oa]s?', 'imputad[oa]s?', 'acusación formal'),
  attribution: words(
    'dij(?:o|eron)',
    'dice[ns]?',
    'contaron',
    'contó',
    'según',
    'afirm(?:ó|aron|a|an)',
    'sostuv(?:o|ieron)',
    'insisti(?:ó|eron)',
    'coincidi(?:ó|eron)',
    'culp(?:ó|aron)',
    'señal(?:ó|aron|an)',
    'explic(?:ó|aron|an|a)',
    'describ(?:ió|ieron|en)',
    'relat(?:ó|aron|an)',
    'lo llam(?:ó|aron)',
    'entrevistad[oa]s?',
    'palabras de',
    'en opinión de',
    'cre(?:e|en|ían)',
    'estima[ns]?',
  ),
};

/** Each language's cue words, keyed by its code in src/lib/languages.ts: a language without them fails the type-check. */
export const LEXICONS: Record<Lang, Lexicon> = { en: EN, es: ES };

/**
 * The cue kinds a text carries, in CUE_KINDS order.
 * @example cuesIn('Sources said the group may tax them.', 'en') // => ['possibility', 'attribution']
 * @example cuesIn('Según fuentes, el grupo podría cobrarles.', 'es') // => ['possibility', 'attribution']
 */
export function cuesIn(text: string, lang: Lang): Cue[] {
  const lexicon = LEXICONS[lang];
  // Markup, the month of May in a date and the connective "that said" are not cues.
  const plain = text
    .replace(/<[^>]+>/g, '')
    .replace(/\b(?:May \d{1,4}|\d{1,2} May)\b/g, '')
    .replace(/\bthat said\b/gi, '');
  return CUE_KINDS.filter((kind) => lexicon[kind].test(plain));
}

/**
 * The firmest certainty a sentence with these cues can support.
 * @example ceilingOf(['attribution']) // => 'reported'
 * @example ceilingOf(['possibility', 'attribution']) // => 'possible'
 * @example ceilingOf([]) // => 'stated'
 */
export function ceilingOf(cues: readonly Cue[]): Certainty {
  let ceiling: Certainty = 'stated';
  for (const cue of cues) if (certaintyRank(CUE_CEILING[cue]) < certaintyRank(ceiling)) ceiling = CUE_CEILING[cue];
  return ceiling;
}
