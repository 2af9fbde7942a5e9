// The pipeline as a whole: parse, build the context, run every rule, assemble the atlas. Each rule's
// own cases are beside it, in src/lib/rules/<rule>.test.ts.
import { describe, expect, it } from 'vitest';
import { RULES, validateAtlas } from '../../src/lib/evidence.ts';
import { corridorData, problemsOf, validInput } from './fixture.ts';

describe('validateAtlas', () => {
  it('accepts the valid fixture and resolves Ibid. footnotes to the source they repeat', () => {
    const atlas = validateAtlas(validInput());
    expect(atlas.corridors.map((c) => c.id)).toEqual([
      'tijuana-mexicali',
      'sonoran-desert',
      'ciudad-juarez',
      'tamaulipas',
    ]);
    const ibid = atlas.sources.find((s) => s.id === 'ic-2')!;
    expect(ibid.number).toBe(2);
    expect(ibid.ibid).toBe(1);
    expect(ibid.resolvedItems[0]!.who.en).toBe('Lantia Intelligence');
  });

  it('reports every problem at once, one line each, naming file and field', () => {
    const input = validInput();
    corridorData(input, 0).places[0].coordinates = [0, 0];
    corridorData(input, 1).victims[0].cites = ['ic-99'];
    expect(() => validateAtlas(input)).toThrow(
      /data\/corridors\/tijuana-mexicali\.yaml: places\[0\]\.coordinates: found \[0,0\]/,
    );
    expect(problemsOf(input).length).toBeGreaterThanOrEqual(3);
  });

  it('runs the schemas first, then every rule in RULES, listing each rule’s problems together', () => {
    const input = validInput();
    corridorData(input, 0).victim = []; // a schema problem: this corridor is left out of the rules
    corridorData(input, 1).places[0].coordinates = [-97.5042, 25.8697]; // places
    corridorData(input, 2).victims[0].cites = ['ic-99']; // citations, then fidelity
    expect(problemsOf(input).map((p) => `${p.file} ${p.field}`)).toEqual([
      'data/corridors/tijuana-mexicali.yaml (file)',
      'data/corridors/sonoran-desert.yaml places[0].coordinates',
      'data/corridors/ciudad-juarez.yaml victims[0].cites[0]',
      'data/corridors/ciudad-juarez.yaml victims[0].cites[0]',
      'data/corridors/ciudad-juarez.yaml victims[0].cites',
    ]);
    expect(RULES.length).toBeGreaterThanOrEqual(13);
  });
});
