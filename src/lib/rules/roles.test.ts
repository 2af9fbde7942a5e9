import { describe, expect, it } from 'vitest';
import {
  corridorData,
  expectProblem,
  problemsOf,
  reportOutlineData,
  TJ,
  validInput,
} from '../../../tests/unit/fixture.ts';

describe('actor roles', () => {
  it("rejects a role basis that none of the actor's statements shows", () => {
    const input = validInput();
    corridorData(input).actors[0].role_basis = ['c1.p1.s2'];
    expectProblem(input, {
      file: TJ,
      field: 'actors[0].role_basis[0]',
      found: /none of the actor's statements rests on/,
    });
  });

  it('rejects a role firmer than its basis', () => {
    const input = validInput();
    reportOutlineData(input).sentences.push({ id: 'c1.p2.s1', footnotes: [1], cues: ['allegation'] });
    const actor = corridorData(input).actors[0];
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
    const st = corridorData(input).actors[0].statements[0];
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
