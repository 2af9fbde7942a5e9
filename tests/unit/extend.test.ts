// A fifth corridor and a third language are data changes: adding them to the data and the
// language list reaches every route, the nav, the register, the comparison, the downloads, the map
// and the presenter without a line of code or test changing.
import { describe, expect, it } from 'vitest';
import { DOWNLOADS } from '../../src/downloads.ts';
import { buildMapData } from '../../src/geo/layers.ts';
import { tableProblems } from '../../src/i18n/index.ts';
import { en } from '../../src/i18n/en.ts';
import { comparisonGrid } from '../../src/lib/comparison.ts';
import { validateAtlas } from '../../src/lib/evidence.ts';
import {
  LANGUAGES,
  alternates,
  langParams,
  localize,
  splitLocale,
  translatePath,
  type Language,
} from '../../src/lib/languages.ts';
import { corridorColor } from '../../src/lib/cartography.ts';
import { presenterSteps } from '../../src/lib/presenter.ts';
import { navRoutes, PAGES, sitePaths } from '../../src/lib/routes.ts';
import { textFields } from '../../src/lib/schema.ts';
import { parseView } from '../../src/lib/url-state.ts';
import { corridor, problemsOf, validInput } from './fixture.ts';

const BIG_BEND = { id: 'big-bend', place: 'ojinaga', name: 'Ojinaga', at: [-104.4167, 29.5667] } as const;

function withFifthCorridor() {
  const input = validInput();
  input.corridors.push({ file: 'data/corridors/big-bend.yaml', data: corridor(4, BIG_BEND) });
  return input;
}

describe('a fifth corridor is one file under data/', () => {
  const input = withFifthCorridor();
  it('passes every rule as it is', () => expect(problemsOf(input)).toEqual([]));
  const atlas = validateAtlas(input);
  const ids = atlas.corridors.map((c) => c.id);

  it('is the fifth corridor, after the four', () => {
    expect(ids).toEqual(['tijuana-mexicali', 'sonoran-desert', 'ciudad-juarez', 'tamaulipas', 'big-bend']);
  });

  it('gets its page in every language, and a link in the nav after the others', () => {
    expect(sitePaths(ids)).toEqual(expect.arrayContaining(['corridors/big-bend/', 'es/corridors/big-bend/']));
    const nav = navRoutes(ids).map((r) => r.path);
    expect(nav.indexOf('corridors/big-bend/')).toBe(nav.indexOf('corridors/tamaulipas/') + 1);
  });

  it('is in the register, as a corridor citing its footnotes', () => {
    const ic1 = atlas.sources.find((s) => s.id === 'ic-1')!;
    expect(ic1.citedBy.filter((r) => r.corridor === 'big-bend').map((r) => r.anchor)).toContain('summary-1');
  });

  it('gets a column in the comparison, said to be not compared yet', () => {
    const grid = comparisonGrid(atlas);
    expect(grid.columns.map((c) => c.id)).toEqual(ids);
    for (const row of grid.rows) expect(row.cells.find((c) => c.corridor.id === 'big-bend')?.cell).toBeUndefined();
  });

  // Building the map data reads the basemap and computes every corridor's area: a few seconds.
  it('is in the map layers, with a colour of its own and a camera', { timeout: 60_000 }, () => {
    const data = buildMapData(atlas);
    const area = data.corridors.features.find((f) => f.properties.id === 'big-bend')!;
    expect(area.properties).toMatchObject({
      number: 5,
      color: corridorColor(5),
      name_en: 'Ojinaga',
      name_es: 'Ojinaga',
    });
    expect(new Set(data.corridors.features.map((f) => f.properties.color)).size).toBe(5);
    expect(data.places.features.map((f) => f.properties.corridor)).toContain('big-bend');
    expect(data.labels.features.map((f) => f.properties.id)).toContain('big-bend');
    expect(data.bounds['big-bend']).toHaveLength(4);
    expect(parseView('?corridor=big-bend', Object.fromEntries(ids.map((id) => [id, []]))).corridor).toBe('big-bend');
  });

  it('is in the downloads', () => {
    const body = (file: string) => DOWNLOADS.find((d) => d.file === file)!.body(atlas);
    const geo = (file: string) => JSON.parse(body(file)) as { features: { properties: { id: string } }[] };
    expect(geo('corridors.geojson').features.map((f) => f.properties.id)).toContain('big-bend');
    expect(geo('places.geojson').features.map((f) => f.properties.id)).toContain('ojinaga');
    expect(
      body('statements.csv')
        .split('\n')
        .filter((row) => row.startsWith('big-bend,')).length,
    ).toBe(
      11, // one row per statement of the fixture corridor
    );
  });

  it('gets its step in the presenter', () => {
    expect(presenterSteps(atlas, 'en').map((s) => s.id)).toContain('big-bend');
  });
});

// A pseudo-language, as localisation teams use to find hard-coded text: the English table in brackets.
const PSEUDO: Language = { code: 'xx', name: 'Pseudo', english: 'Pseudo', locale: 'en-XA', ogLocale: 'en_XA' };
const WITH_PSEUDO = [...LANGUAGES, PSEUDO];

describe('a third language is an entry in the language list, its table and its text fields', () => {
  it('gets every page under its prefix', () => {
    const paths = sitePaths(['tamaulipas'], WITH_PSEUDO);
    for (const page of PAGES)
      expect(paths, page.id).toContain(`xx/${page.id === 'corridor' ? 'corridors/tamaulipas/' : page.path}`);
    expect(paths.length).toBe(3 * PAGES.length);
    expect(langParams(WITH_PSEUDO).map((p) => p.params.lang)).toEqual([undefined, 'es', 'xx']);
  });

  it('maps any URL across languages, and is in every page’s alternates', () => {
    expect(splitLocale('xx/corridors/tamaulipas/', WITH_PSEUDO)).toEqual({ lang: 'xx', path: 'corridors/tamaulipas/' });
    expect(translatePath('xx/compare/', 'es', WITH_PSEUDO)).toBe('es/compare/');
    expect(translatePath('es/compare/', 'xx', WITH_PSEUDO)).toBe('xx/compare/');
    expect(translatePath('compare/', 'en', WITH_PSEUDO)).toBe('compare/');
    expect(localize('xx', '/sources/#ic-9', WITH_PSEUDO)).toBe('xx/sources/#ic-9');
    expect(alternates('about/', WITH_PSEUDO)).toEqual([
      { lang: 'en', path: 'about/' },
      { lang: 'es', path: 'es/about/' },
      { lang: 'xx', path: 'xx/about/' },
    ]);
  });

  it('requires its text in every text field of the data, naming the language when it is missing', () => {
    const Text = textFields('text', WITH_PSEUDO);
    expect(Text.safeParse({ en: 'a', es: 'b', xx: '[a]' }).success).toBe(true);
    const missing = Text.safeParse({ en: 'a', es: 'b' });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((i) => i.path.join('.'))).toEqual(['xx']);
    expect(
      textFields('the quotation', WITH_PSEUDO).safeParse({ en: 'a', es: 'b', xx: ' ' }).error?.issues[0]?.message,
    ).toBe('the quotation in Pseudo');
  });

  it('has its interface table checked like the others', () => {
    const pseudo = Object.fromEntries(Object.entries(en).map(([k, v]) => [k, `[${v}]`]));
    expect(tableProblems(pseudo)).toEqual([]);
    expect(tableProblems({ ...pseudo, 'corridor.number': '[Corridor]' })).toEqual([
      'corridor.number: placeholders {} where English has {count}, {n}',
    ]);
  });
});
