// The fidelity rules (src/lib/basis.ts) through validateAtlas: each test breaks one record of the
// valid fixture and checks the build names the file, the field, what it found and what it expected.
import { describe, expect, it } from 'vitest';
import { formatProblem, validateAtlas, type AtlasInput } from '../../src/lib/evidence.ts';
import { basisCeiling, citesFor, indexOutlines, parseBasis } from '../../src/lib/basis.ts';
import { problemsOf, validInput } from './fixture.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Loose = Record<string, any>;
const corridor = (input: AtlasInput, i = 0) => input.corridors[i]!.data as Loose;
const reportOutline = (input: AtlasInput) => input.outlines[0]!.data as Loose;
const TJ = 'data/corridors/tijuana-mexicali.yaml';

/** Add a sentence to the fixture's report outline and make it the basis of the first victims statement. */
function withSentence(input: AtlasInput, sentence: Loose): Loose {
  reportOutline(input).sentences.push(sentence);
  const st = corridor(input).victims[0];
  st.basis = [sentence.id];
  st.cites = sentence.footnotes?.length ? sentence.footnotes.map((n: number) => `ic-${n}`) : ['ic-s-corridor-1'];
  return st;
}

function expectProblem(input: AtlasInput, want: { file: string; field: string; found?: RegExp; expected?: RegExp }) {
  const problems = problemsOf(input);
  const match = problems.find(
    (p) =>
      p.file === want.file &&
      p.field === want.field &&
      (!want.found || want.found.test(p.found)) &&
      (!want.expected || want.expected.test(p.expected)),
  );
  expect(
    match,
    `no such problem at ${want.file} ${want.field}; got:\n${problems.map(formatProblem).join('\n')}`,
  ).toBeDefined();
}

describe('basis and footnotes', () => {
  it('accepts the fixture, whose cites are exactly its basis footnotes', () => {
    expect(problemsOf(validInput())).toEqual([]);
  });

  it('rejects a basis id that is not in the outline', () => {
    const input = validInput();
    corridor(input).victims[0].basis = ['c1.p9.s1'];
    expectProblem(input, { file: TJ, field: 'victims[0].basis[0]', found: /c1\.p9\.s1/, expected: /data\/outline/ });
  });

  it('rejects a cited footnote that no basis sentence carries', () => {
    const input = validInput();
    corridor(input).victims[0].cites = ['ic-1', 'ic-2'];
    expectProblem(input, {
      file: TJ,
      field: 'victims[0].cites[1]',
      found: /"ic-2", which no basis sentence carries/,
      expected: /only the footnotes of the basis sentences: ic-1/,
    });
  });

  it('rejects a basis sentence whose footnote is not cited', () => {
    const input = validInput();
    corridor(input).summary[0].cites = ['ic-1'];
    expectProblem(input, {
      file: TJ,
      field: 'summary[0].cites',
      found: /without ic-2, which basis sentence c1\.p1\.s2 carries/,
      expected: /ic-1, ic-2/,
    });
  });

  it('cites the section for a basis sentence without a footnote', () => {
    const input = validInput();
    const st = withSentence(input, { id: 'c1.p2.s1' });
    st.cites = ['ic-1'];
    expectProblem(input, {
      file: TJ,
      field: 'victims[0].cites[0]',
      found: /ic-1/,
      expected: /ic-s-corridor-1/,
    });
  });

  it('narrows a two-footnote sentence to one part with ":n", and only there', () => {
    const input = validInput();
    const st = withSentence(input, { id: 'c1.p2.s1', footnotes: [1, 2] });
    st.basis = ['c1.p2.s1:2'];
    st.cites = ['ic-2'];
    corridor(input).summary[0].cites = ['ic-1', 'ic-2'];
    expect(problemsOf(input).filter((p) => p.field.startsWith('victims'))).toEqual([]);
    st.basis = ['c1.p1.s1:1'];
    st.cites = ['ic-1'];
    expectProblem(input, { file: TJ, field: 'victims[0].basis[0]', expected: /several footnotes/ });
  });
});

describe('certainty and attribution', () => {
  it('rejects a plain statement resting on a "may"', () => {
    const input = validInput();
    withSentence(input, { id: 'c1.p2.s1', footnotes: [1], cues: ['possibility'] });
    expectProblem(input, {
      file: TJ,
      field: 'victims[0].certainty',
      found: /"stated", firmer than basis sentence c1\.p2\.s1 \(cues: possibility\)/,
      expected: /at most "possible"/,
    });
  });

  it('rejects a possible claim where the report says it could not verify it', () => {
    const input = validInput();
    const st = withSentence(input, { id: 'c1.p2.s1', footnotes: [1], cues: ['unverified', 'possibility'] });
    st.certainty = 'possible';
    st.en = 'The story may be true.';
    st.es = 'La historia podría ser cierta.';
    expectProblem(input, { file: TJ, field: 'victims[0].certainty', expected: /at most "unverified"/ });
  });

  it('rejects an attributed basis with no attribution, and a reported statement without one', () => {
    const input = validInput();
    const st = withSentence(input, { id: 'c1.p2.s1', footnotes: [1], cues: ['attribution'] });
    st.certainty = 'reported';
    st.en = 'Sources said the clan runs the hotel.';
    st.es = 'Fuentes dijeron que el clan maneja el hotel.';
    expectProblem(input, {
      file: TJ,
      field: 'victims[0].attribution',
      found: /c1\.p2\.s1 attributes its claim/,
      expected: /who says so/,
    });
    expectProblem(input, { file: TJ, field: 'victims[0].attribution', found: /"reported" statement/ });
    st.attribution = { kind: 'sources', who: { en: 'sources in Tijuana', es: 'fuentes en Tijuana' } };
    expect(problemsOf(input)).toEqual([]);
  });

  it('rejects wording that drops the hedge its certainty carries', () => {
    const input = validInput();
    const st = withSentence(input, { id: 'c1.p2.s1', footnotes: [1], cues: ['possibility'] });
    st.certainty = 'possible';
    st.en = 'The cartel taxes these networks.';
    st.es = 'El cártel podría cobrar cuotas a estas redes.';
    expectProblem(input, {
      file: TJ,
      field: 'victims[0].en',
      found: /without a possibility cue/,
      expected: /possible/,
    });
  });

  it("rejects a label firmer than the statement's own words", () => {
    const input = validInput();
    const st = corridor(input).victims[0];
    st.en = 'The cartel may tax these networks.';
    st.es = 'El cártel podría cobrar cuotas a estas redes.';
    expectProblem(input, {
      file: TJ,
      field: 'victims[0].certainty',
      found: /firmer than the English wording \(cues: possibility\)/,
    });
  });

  it('rejects Spanish whose certainty wording differs from the English', () => {
    const input = validInput();
    const st = withSentence(input, { id: 'c1.p2.s1', footnotes: [1], cues: ['possibility'] });
    st.certainty = 'possible';
    st.en = 'The cartel may tax these networks.';
    st.es = 'El cártel podría cobrar cuotas a estas redes, según fuentes.';
    expectProblem(input, {
      file: TJ,
      field: 'victims[0].es',
      found: /English only: none; Spanish only: attribution/,
      expected: /same hedges and attributions/,
    });
  });
});

describe('actor roles', () => {
  it("rejects a role basis that none of the actor's statements shows", () => {
    const input = validInput();
    corridor(input).actors[0].role_basis = ['c1.p1.s2'];
    expectProblem(input, {
      file: TJ,
      field: 'actors[0].role_basis[0]',
      found: /none of the actor's statements rests on/,
    });
  });

  it('rejects a role firmer than its basis', () => {
    const input = validInput();
    reportOutline(input).sentences.push({ id: 'c1.p2.s1', footnotes: [1], cues: ['allegation'] });
    const actor = corridor(input).actors[0];
    actor.statements.push({
      en: 'Allegedly, the pimps run the hotel.',
      es: 'Presuntamente, los padrotes manejan el hotel.',
      cites: ['ic-1'],
      basis: ['c1.p2.s1'],
      certainty: 'alleged',
    });
    actor.role_basis = ['c1.p2.s1'];
    expectProblem(input, {
      file: TJ,
      field: 'actors[0].role_certainty',
      found: /"stated", firmer than its basis/,
      expected: /at most "alleged"/,
    });
    actor.role_certainty = 'alleged';
    expect(problemsOf(input)).toEqual([]);
  });

  it('rejects a role firmer than the statement it rests on', () => {
    const input = validInput();
    const st = corridor(input).actors[0].statements[0];
    st.certainty = 'possible';
    st.en = 'The pimps may run the hotel.';
    st.es = 'Los padrotes podrían manejar el hotel.';
    expectProblem(input, {
      file: TJ,
      field: 'actors[0].role_certainty',
      found: /firmer than the statement it rests on \("possible"\)/,
      expected: /at most "possible"/,
    });
  });
});

describe('coverage', () => {
  it('rejects a report sentence that is neither used nor left out, against the file that owns its section', () => {
    const input = validInput();
    reportOutline(input).sentences.push({ id: 'c1.p3.s1' });
    expectProblem(input, {
      file: TJ,
      field: 'left_out',
      found: /1 sentence\(s\) of "Corridor 1" neither used nor left out: c1\.p3\.s1/,
    });
    corridor(input).left_out = [{ basis: ['c1.p3.s1'], reason: 'A transition the atlas does not need.' }];
    expect(problemsOf(input)).toEqual([]);
  });

  it('rejects a left-out id that does not exist, or that is used after all', () => {
    const input = validInput();
    corridor(input).left_out = [{ basis: ['c1.p7.s1', 'c1.p1.s1'], reason: 'Stale list of unused sentences.' }];
    expectProblem(input, { file: TJ, field: 'left_out[0].basis[0]', found: /c1\.p7\.s1/ });
    expectProblem(input, { file: TJ, field: 'left_out[0].basis[1]', found: /is the basis of a statement/ });
  });

  it('reports coverage per section on the atlas', () => {
    const input = validInput();
    reportOutline(input).sentences.push({ id: 'c1.p3.s1' });
    corridor(input).left_out = [{ basis: ['c1.p3.s1'], reason: 'A transition the atlas does not need.' }];
    expect(validateAtlas(input).coverage).toEqual([
      { section: 'c1', title: 'Corridor 1', sentences: 3, used: 2, leftOut: 1, missing: [] },
    ]);
  });
});

describe('helpers', () => {
  const index = indexOutlines([
    {
      document: 'insight-crime-2023',
      sections: [{ id: 'c3', title: 'Corridor 3', source: 'ic-s-corridor-3' }],
      sentences: [
        { id: 'c3.p3.s2', kind: 'text', footnotes: [35, 36], cues: ['attribution'] },
        { id: 'c3.p4.s4', kind: 'text', footnotes: [], cues: ['possibility', 'attribution'] },
      ],
    },
  ]);
  it('derives cites from a basis sentence, its part, or its section', () => {
    expect(citesFor(index.get('c3.p3.s2')!, null)).toEqual(['ic-35', 'ic-36']);
    expect(citesFor(index.get('c3.p3.s2')!, parseBasis('c3.p3.s2:35').footnote)).toEqual(['ic-35']);
    expect(citesFor(index.get('c3.p4.s4')!, null)).toEqual(['ic-s-corridor-3']);
  });
  it('takes the weakest sentence as the ceiling', () => {
    expect(basisCeiling([index.get('c3.p3.s2')!])).toBe('reported');
    expect(basisCeiling([index.get('c3.p3.s2')!, index.get('c3.p4.s4')!])).toBe('possible');
  });
});

describe('the register', () => {
  it('counts the claims resting on a footnote, marks those resting on a single interview, and places it in the report', () => {
    const input = validInput();
    const register = input.sources[0]!.data as Loose;
    register.sources[0].items = [
      { kind: 'interview', who: { en: 'A pastor', es: 'Un pastor' }, what: { en: 'Interview', es: 'Entrevista' } },
    ];
    const atlas = validateAtlas(input);
    const ic1 = atlas.sources.find((s) => s.id === 'ic-1')!;
    // The summary of corridor 1 cites ic-1 and its Ibid. ic-2: still one interview.
    const summary = ic1.citedBy.find((r) => r.corridor === 'tijuana-mexicali' && r.anchor === 'summary-1')!;
    expect(summary).toMatchObject({ claims: 1, singleInterview: 1 });
    expect(ic1.citedBy.reduce((n, r) => n + r.claims, 0)).toBeGreaterThan(20);
    expect(ic1.placesInDocument).toEqual([{ section: 'c1', title: 'Corridor 1', paragraph: 1 }]);
    register.sources[0].items[0].kind = 'news';
    const again = validateAtlas(input).sources.find((s) => s.id === 'ic-1')!;
    expect(again.citedBy.every((r) => r.singleInterview === 0)).toBe(true);
  });
});
