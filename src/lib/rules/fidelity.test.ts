// Fidelity: each test breaks one statement of the valid fixture and checks the build names the
// file, the field, what it found and what it expected.
import { describe, expect, it } from 'vitest';
import {
  corridorData,
  expectProblem,
  problemsOf,
  reportOutlineData,
  TABLES_FILE,
  tablesData,
  TJ,
  validInput,
  type Loose,
} from '../../../tests/unit/fixture.ts';
import type { AtlasInput } from './parse.ts';

/** Add a sentence to the fixture's report outline and make it the basis of the first victims statement. */
function withSentence(input: AtlasInput, sentence: Loose): Loose {
  reportOutlineData(input).sentences.push(sentence);
  const st = corridorData(input).victims[0];
  st.basis = [sentence.id];
  st.cites = sentence.footnotes?.length ? sentence.footnotes.map((n: number) => `ic-${n}`) : ['ic-s-corridor-1'];
  return st;
}

describe('basis and footnotes', () => {
  it('accepts the fixture, whose cites are exactly its basis footnotes', () => {
    expect(problemsOf(validInput())).toEqual([]);
  });

  it('rejects a basis id that is not in the outline', () => {
    const input = validInput();
    corridorData(input).victims[0].basis = ['c1.p9.s1'];
    expectProblem(input, { file: TJ, field: 'victims[0].basis[0]', found: /c1\.p9\.s1/, expected: /data\/outline/ });
  });

  it('rejects a cited footnote that no basis sentence carries', () => {
    const input = validInput();
    corridorData(input).victims[0].cites = ['ic-1', 'ic-2'];
    expectProblem(input, {
      file: TJ,
      field: 'victims[0].cites[1]',
      found: /"ic-2", which no basis sentence carries/,
      expected: /only the footnotes of the basis sentences: ic-1/,
    });
  });

  it('rejects a basis sentence whose footnote is not cited', () => {
    const input = validInput();
    corridorData(input).summary[0].cites = ['ic-1'];
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
    corridorData(input).summary[0].cites = ['ic-1', 'ic-2'];
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
    const st = corridorData(input).victims[0];
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

describe('fidelity of the Table 5 summaries', () => {
  it('rejects a Table 5 summary that leaves out a footnote of its basis, or rests on no sentence', () => {
    const input = validInput();
    const rows = tablesData(input).table_5.rows;
    rows[0].summary.cites = ['ip-paper'];
    rows[1].summary.basis = ['ip5.p99.s1'];
    expectProblem(input, {
      file: TABLES_FILE,
      field: 'table_5.rows[0].summary.cites',
      found: /without ip-table-5/,
      expected: /every footnote of the basis sentences: ip-paper, ip-table-5/,
    });
    expectProblem(input, { file: TABLES_FILE, field: 'table_5.rows[1].summary.basis[0]', found: /ip5\.p99\.s1/ });
  });

  it('rejects a Table 5 summary whose certainty its wording does not carry', () => {
    const input = validInput();
    tablesData(input).table_5.rows[0].summary.certainty = 'possible';
    expectProblem(input, {
      file: TABLES_FILE,
      field: 'table_5.rows[0].summary.en',
      found: /without a possibility cue/,
    });
  });
});
