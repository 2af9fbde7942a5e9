import { describe, it } from 'vitest';
import { corridorData, expectProblem, registerData, validInput } from '../../../tests/unit/fixture.ts';

const IC = 'data/sources/insight-crime.yaml';

describe('the register', () => {
  it('rejects gaps in footnote numbering, mismatched ids and Ibid. that point forward', () => {
    const input = validInput();
    registerData(input).sources[1] = {
      id: 'ic-3',
      document: 'insight-crime-2023',
      number: 3,
      ibid: 4,
      citation: 'Ibid.',
    };
    corridorData(input, 0).summary[0].cites = ['ic-1', 'ic-3'];
    expectProblem(input, { file: IC, field: 'sources', found: /without number\(s\) 2/ });
    expectProblem(input, { file: IC, field: 'sources[1].ibid', expected: /earlier footnote/ });
  });

  it('rejects an entry of another document, and ids that do not match their document or number', () => {
    const input = validInput();
    registerData(input).sources[0].document = 'izcara-palacios-2023';
    expectProblem(input, {
      file: IC,
      field: 'sources[0].document',
      expected: /the file's document id "insight-crime-2023"/,
    });
    expectProblem(input, { file: IC, field: 'sources[0].id', expected: /an id starting with "ip-"/ });
    expectProblem(input, { file: IC, field: 'sources[0].id', expected: /"ip-1" for footnote 1/ });
  });

  it('rejects an id used twice in the register', () => {
    const input = validInput();
    registerData(input).sources.push({ ...registerData(input).sources[0] });
    expectProblem(input, { file: IC, field: 'sources[2].id', found: /ic-1/, expected: /only once/ });
  });
});
