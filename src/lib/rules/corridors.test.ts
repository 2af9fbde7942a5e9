import { describe, it } from 'vitest';
import { corridorData, expectProblem, TJ, validInput } from '../../../tests/unit/fixture.ts';

describe('corridor files', () => {
  it('rejects an actor id used twice in one corridor', () => {
    const input = validInput();
    corridorData(input, 2).actors.push({ ...corridorData(input, 2).actors[0] });
    expectProblem(input, {
      file: 'data/corridors/ciudad-juarez.yaml',
      field: 'actors[1].id',
      found: /local-pimps/,
      expected: /only once/,
    });
  });

  it('rejects a corridor id or number used by two files', () => {
    const input = validInput();
    corridorData(input, 1).id = 'tijuana-mexicali';
    corridorData(input, 2).number = 1;
    expectProblem(input, { file: 'data/corridors/sonoran-desert.yaml', field: 'id', expected: /one file only/ });
    expectProblem(input, { file: 'data/corridors/ciudad-juarez.yaml', field: 'number', expected: /one file only/ });
  });

  it('rejects references to places and locations that do not exist', () => {
    const input = validInput();
    corridorData(input, 0).actors[0].places = ['mexicali'];
    corridorData(input, 0).flows[0].from = 'tlaxcala';
    expectProblem(input, {
      file: TJ,
      field: 'actors[0].places[0]',
      found: /mexicali/,
      expected: /this corridor's places/,
    });
    expectProblem(input, { file: TJ, field: 'flows[0].from', found: /tlaxcala/ });
  });
});
