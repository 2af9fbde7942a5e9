import { describe, expect, it } from 'vitest';
import { distanceKm, formatProblem, validateAtlas, type AtlasInput } from '../../src/lib/evidence.ts';
import { problemsOf, validInput } from './fixture.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Loose = Record<string, any>;
const corridor = (input: AtlasInput, i = 0) => input.corridors[i]!.data as Loose;
const register = (input: AtlasInput) => input.sources[0]!.data as Loose;
const report = (input: AtlasInput) => input.report.data as Loose;

function expectProblem(input: AtlasInput, want: { file: string; field: string; found?: RegExp; expected?: RegExp }) {
  const problems = problemsOf(input);
  const match = problems.find((p) => p.file === want.file && p.field === want.field);
  expect(
    match,
    `no problem at ${want.file} ${want.field}; got:\n${problems.map(formatProblem).join('\n')}`,
  ).toBeDefined();
  if (want.found) expect(match!.found).toMatch(want.found);
  if (want.expected) expect(match!.expected).toMatch(want.expected);
}

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

  it('records which statements cite each source, with the anchor the page gives them', () => {
    const atlas = validateAtlas(validInput());
    const refs = atlas.sources.find((s) => s.id === 'ic-2')!.citedBy;
    expect(refs).toEqual([
      { corridor: 'tijuana-mexicali', section: 'summary', anchor: 'summary-1', claims: 1, singleInterview: 0 },
    ]);
    const ic1 = atlas.sources.find((s) => s.id === 'ic-1')!.citedBy.map((r) => r.anchor);
    expect(ic1).toContain('actor-local-pimps');
    expect(ic1).toContain('place-tijuana');
    expect(ic1).toContain('finding-2');
  });

  it('rejects a citation of a footnote that does not exist', () => {
    const input = validInput();
    corridor(input, 1).victims[0].cites = ['ic-99'];
    expectProblem(input, {
      file: 'data/corridors/sonoran-desert.yaml',
      field: 'victims[0].cites[0]',
      found: /ic-99/,
      expected: /source in data\/sources/,
    });
  });

  it('rejects a footnote that nothing cites', () => {
    const input = validInput();
    corridor(input, 0).summary[0].cites = ['ic-1'];
    expectProblem(input, {
      file: 'data/sources/insight-crime.yaml',
      field: 'sources[1]',
      found: /ic-2.*cited by no statement/,
      expected: /cited by at least one/,
    });
  });

  it('rejects a statement with no citation, empty or absent', () => {
    const input = validInput();
    corridor(input, 2).recruitment[0].cites = [];
    delete corridor(input, 3).data_gaps[0].cites;
    expectProblem(input, {
      file: 'data/corridors/ciudad-juarez.yaml',
      field: 'recruitment[0].cites',
      found: /\[\]/,
      expected: /at least one source id/,
    });
    expectProblem(input, {
      file: 'data/corridors/tamaulipas.yaml',
      field: 'data_gaps[0].cites',
      found: /nothing/,
      expected: /array/,
    });
  });

  it('rejects invalid coordinates', () => {
    const input = validInput();
    corridor(input, 0).places[0].coordinates = [-117.04, 95];
    expectProblem(input, {
      file: 'data/corridors/tijuana-mexicali.yaml',
      field: 'places[0].coordinates[1]',
      found: /95/,
      expected: /latitude/,
    });
  });

  it('rejects coordinates given as [latitude, longitude], and points outside the border region', () => {
    const swapped = validInput();
    corridor(swapped, 0).places[0].coordinates = [32.5149, -117.0382];
    expectProblem(swapped, {
      file: 'data/corridors/tijuana-mexicali.yaml',
      field: 'places[0].coordinates[1]',
      found: /-117/,
      expected: /latitude/,
    });
    const paris = validInput();
    corridor(paris, 0).places[0].coordinates = [2.3522, 48.8566];
    expectProblem(paris, {
      file: 'data/corridors/tijuana-mexicali.yaml',
      field: 'places[0].coordinates',
      expected: /border region/,
    });
  });

  it('rejects a place far from its corridor', () => {
    const input = validInput();
    // Matamoros, filed under Tijuana-Mexicali by mistake.
    corridor(input, 0).places[0].coordinates = [-97.5042, 25.8697];
    expectProblem(input, {
      file: 'data/corridors/tijuana-mexicali.yaml',
      field: 'places[0].coordinates',
      found: /km from the corridor's center/,
      expected: /within radius_km \(150 km\)/,
    });
  });

  it('rejects duplicate ids: places across corridors, actors within one, footnotes in the register', () => {
    const input = validInput();
    corridor(input, 1).places[0].id = 'tijuana';
    corridor(input, 1).actors[0].places = ['tijuana'];
    corridor(input, 2).actors.push({ ...corridor(input, 2).actors[0] });
    register(input).sources.push({ ...register(input).sources[0] });
    expectProblem(input, {
      file: 'data/corridors/sonoran-desert.yaml',
      field: 'places[0].id',
      found: /tijuana/,
      expected: /used only once/,
    });
    expectProblem(input, {
      file: 'data/corridors/ciudad-juarez.yaml',
      field: 'actors[1].id',
      found: /local-pimps/,
      expected: /only once/,
    });
    expectProblem(input, {
      file: 'data/sources/insight-crime.yaml',
      field: 'sources[2].id',
      found: /ic-1/,
      expected: /only once/,
    });
  });

  it('rejects a missing translation, and Spanish that is a copy of the English', () => {
    const input = validInput();
    delete corridor(input, 0).summary[0].es;
    corridor(input, 1).victims[0].es = corridor(input, 1).victims[0].en;
    corridor(input, 2).name.es = '';
    expectProblem(input, {
      file: 'data/corridors/tijuana-mexicali.yaml',
      field: 'summary[0].es',
      found: /nothing/,
      expected: /Spanish text \(missing translation\)/,
    });
    expectProblem(input, {
      file: 'data/corridors/sonoran-desert.yaml',
      field: 'victims[0].es',
      expected: /missing translation/,
    });
    expectProblem(input, {
      file: 'data/corridors/ciudad-juarez.yaml',
      field: 'name.es',
      found: /""/,
      expected: /Spanish text/,
    });
  });

  it('rejects an unknown actor role, naming the allowed ones', () => {
    const input = validInput();
    corridor(input, 3).actors[0].role = 'controls';
    expectProblem(input, {
      file: 'data/corridors/tamaulipas.yaml',
      field: 'actors[0].role',
      found: /controls/,
      expected: /"runs", "supplies", "taxes", "present", "unclear"/,
    });
  });

  it('rejects misspelt fields instead of ignoring them', () => {
    const input = validInput();
    corridor(input, 0).victim = [];
    expectProblem(input, {
      file: 'data/corridors/tijuana-mexicali.yaml',
      field: '(file)',
      found: /unknown field victim/,
    });
  });

  it('rejects references to places and locations that do not exist', () => {
    const input = validInput();
    corridor(input, 0).actors[0].places = ['mexicali'];
    corridor(input, 0).flows[0].from = 'tlaxcala';
    expectProblem(input, {
      file: 'data/corridors/tijuana-mexicali.yaml',
      field: 'actors[0].places[0]',
      found: /mexicali/,
      expected: /this corridor's places/,
    });
    expectProblem(input, { file: 'data/corridors/tijuana-mexicali.yaml', field: 'flows[0].from', found: /tlaxcala/ });
  });

  it('rejects gaps in footnote numbering, mismatched ids and Ibid. that point forward', () => {
    const input = validInput();
    register(input).sources[1] = { id: 'ic-3', document: 'insight-crime-2023', number: 3, ibid: 4, citation: 'Ibid.' };
    corridor(input, 0).summary[0].cites = ['ic-1', 'ic-3'];
    expectProblem(input, { file: 'data/sources/insight-crime.yaml', field: 'sources', found: /without number\(s\) 2/ });
    expectProblem(input, {
      file: 'data/sources/insight-crime.yaml',
      field: 'sources[1].ibid',
      expected: /earlier footnote/,
    });
  });

  it('rejects long quotations', () => {
    const input = validInput();
    corridor(input, 0).summary[0].quote = {
      en: 'word '.repeat(60),
      es: 'palabra '.repeat(60),
      by: { en: 'A source', es: 'Una fuente' },
    };
    expectProblem(input, {
      file: 'data/corridors/tijuana-mexicali.yaml',
      field: 'summary[0].quote.en',
      expected: /at most 40 words/,
    });
  });

  it('rejects a missing corridor and a report without its three findings', () => {
    const input = validInput();
    input.corridors.pop();
    report(input).findings.pop();
    expectProblem(input, { file: 'data/corridors/', field: 'id', found: /tamaulipas/ });
    expectProblem(input, { file: 'data/report.yaml', field: 'findings', expected: /three major findings/ });
  });

  it('reports every problem at once, one line each, naming file and field', () => {
    const input = validInput();
    corridor(input, 0).places[0].coordinates = [0, 0];
    corridor(input, 1).victims[0].cites = ['ic-99'];
    expect(() => validateAtlas(input)).toThrow(
      /data\/corridors\/tijuana-mexicali\.yaml: places\[0\]\.coordinates: found \[0,0\]/,
    );
    expect(problemsOf(input).length).toBeGreaterThanOrEqual(3);
  });

  it('does not blame footnotes for being uncited when a file citing them failed its schema', () => {
    const input = validInput();
    corridor(input, 0).places[0].coordinates = [-117.04, 95];
    expect(problemsOf(input).map((p) => p.field)).toEqual(['places[0].coordinates[1]']);
  });
});

describe('comparison rules', () => {
  const cmp = (input: AtlasInput) => input.comparison.data as Loose;

  it('rejects a code that is not a level of its dimension', () => {
    const input = validInput();
    cmp(input).cells[0].code = 4;
    expectProblem(input, {
      file: 'data/comparison.yaml',
      field: 'cells[0].code',
      found: /4/,
      expected: /level code of cartel-control \(0, 1\)/,
    });
  });

  it('rejects a missing cell and a cell that does not rest on the report', () => {
    const input = validInput();
    cmp(input).cells.pop();
    cmp(input).cells[0].rationale.basis = ['ip0.p1.s1'];
    cmp(input).cells[0].rationale.cites = ['ip-paper'];
    expectProblem(input, {
      file: 'data/comparison.yaml',
      field: 'cells',
      found: /no cell for tamaulipas on cartel-control/,
    });
    expectProblem(input, {
      file: 'data/comparison.yaml',
      field: 'cells[0].rationale.basis',
      found: /ip0\.p1\.s1/,
      expected: /at least one sentence of the report/,
    });
  });

  it('rejects a code firmer than its rationale, and accepts the unclear level for it', () => {
    const input = validInput();
    const cell = cmp(input).cells[1];
    cell.code = 1;
    Object.assign(cell.rationale, {
      en: 'The report could not verify that the cartel taxes the networks.',
      es: 'El informe no pudo verificar que el cártel cobre cuotas a las redes.',
      certainty: 'unverified',
    });
    expectProblem(input, {
      file: 'data/comparison.yaml',
      field: 'cells[1].code',
      found: /1 \("Some"\), firmer than its rationale \("unverified"\)/,
      expected: /an unclear level on cartel-control/,
    });
    Object.assign(cmp(input).dimensions[0].levels[0], { unclear: true, min_certainty: 'unverified' });
    expectProblem(input, { file: 'data/comparison.yaml', field: 'cells[1].code', expected: /the unclear level \(0\)/ });
    cell.code = 0;
    expect(problemsOf(input)).toEqual([]);
  });

  it('links each cell rationale from the sources it cites', () => {
    const atlas = validateAtlas(validInput());
    const refs = atlas.sources.find((s) => s.id === 'ic-1')!.citedBy;
    expect(refs).toContainEqual({
      corridor: null,
      section: 'comparison',
      anchor: 'cell-tamaulipas-cartel-control',
      claims: 1,
      singleInterview: 0,
    });
  });
});

describe('distanceKm', () => {
  it('matches known distances', () => {
    expect(distanceKm([-117.0382, 32.5149], [-115.4523, 32.6245])).toBeCloseTo(149, -1);
    expect(distanceKm([0, 0], [0, 1])).toBeCloseTo(111.2, 0);
  });
});
