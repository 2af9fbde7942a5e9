// A small, valid atlas built in code, so each rule's test can break exactly one thing.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { parse } from 'yaml';
import { DataError, formatProblem, validateAtlas, type AtlasInput, type Problem } from '../../src/lib/evidence.ts';

/** The problems validateAtlas reports for an input, or none. */
export function problemsOf(input: AtlasInput): Problem[] {
  try {
    validateAtlas(input);
  } catch (error) {
    if (error instanceof DataError) return error.problems;
    throw error;
  }
  return [];
}

/** Expect validateAtlas to report a problem at this file and field, whose found and expected match. */
export function expectProblem(
  input: AtlasInput,
  want: { file: string; field: string; found?: RegExp; expected?: RegExp },
): void {
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

// The fixture's files, loosely typed so that a test can break them in ways the schema forbids.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the point of Loose (above)
export type Loose = Record<string, any>;
export const corridorData = (input: AtlasInput, i = 0) => input.corridors[i]!.data as Loose;
export const registerData = (input: AtlasInput, i = 0) => input.sources[i]!.data as Loose;
export const reportData = (input: AtlasInput) => input.report.data as Loose;
export const comparisonData = (input: AtlasInput) => input.comparison.data as Loose;
export const tablesData = (input: AtlasInput) => input.tables.data as Loose;
export const reportOutlineData = (input: AtlasInput) => input.outlines[0]!.data as Loose;
/** The fixture's first corridor file, and the paper's tables file. */
export const TJ = 'data/corridors/tijuana-mexicali.yaml';
export const TABLES_FILE = 'data/izcara/tables.yaml';

// The paper's tables are small and fixed: the fixture uses the real transcription.
const TABLES = parse(readFileSync(new URL('../../data/izcara/tables.yaml', import.meta.url), 'utf8')) as unknown;
const tableSource = (n: number) => ({
  id: `ip-table-${n}`,
  document: 'izcara-palacios-2023',
  label: text(`Table ${n}`, `Cuadro ${n}`),
  citation: `Izcara-Palacios (2023), Table ${n}.`,
  items: [
    {
      kind: 'dataset',
      who: text('Izcara-Palacios', 'Izcara-Palacios'),
      what: text(`Table ${n}`, `Cuadro ${n}`),
      when: '2023',
    },
  ],
});

// The paper's outline is the real one (Table 5's summaries rest on it); the report's is a tiny one
// whose two sentences carry footnotes 1 and 2, so that every fixture statement can rest on them.
const PAPER_OUTLINE = parse(
  readFileSync(new URL('../../data/outline/izcara-palacios-2023.yaml', import.meta.url), 'utf8'),
) as unknown;
export const REPORT_OUTLINE = {
  document: 'insight-crime-2023',
  sections: [{ id: 'c1', title: 'Corridor 1', source: 'ic-s-corridor-1' }],
  sentences: [
    { id: 'c1.p1.s1', footnotes: [1] },
    { id: 'c1.p1.s2', footnotes: [2] },
  ],
};

const text = (en: string, es: string) => ({ en, es });
const st = (n: number, cites: string[] = ['ic-1']) => ({
  en: `English statement number ${n} about the corridor.`,
  es: `Afirmación en español número ${n} sobre el corredor.`,
  cites,
  basis: cites.map((id) => `c1.p1.s${id.slice(3)}`),
  certainty: 'stated',
});

interface CorridorSpec {
  readonly id: string;
  readonly place: string;
  readonly name: string;
  readonly at: readonly [number, number];
}

const CORRIDORS: readonly CorridorSpec[] = [
  { id: 'tijuana-mexicali', place: 'tijuana', name: 'Tijuana', at: [-117.0382, 32.5149] },
  { id: 'sonoran-desert', place: 'altar', name: 'Altar', at: [-111.8353, 30.7136] },
  { id: 'ciudad-juarez', place: 'ciudad-juarez', name: 'Ciudad Juárez', at: [-106.4245, 31.6904] },
  { id: 'tamaulipas', place: 'nuevo-laredo', name: 'Nuevo Laredo', at: [-99.5075, 27.4763] },
];

/**
 * A corridor file's data (valid, one place, one statement per field), for corridor number `i + 1`.
 * Tests that add a corridor use it with their own spec.
 */
export function corridor(i: number, c: CorridorSpec = CORRIDORS[i]!) {
  return {
    id: c.id,
    number: i + 1,
    name: text(c.name, c.name),
    states: ['MX-BCN'],
    center: [...c.at],
    radius_km: 150,
    summary: [st(1, i === 0 ? ['ic-1', 'ic-2'] : ['ic-1'])],
    places: [
      {
        id: c.place,
        name: text(c.name, c.name),
        roles: ['border-city'],
        country: 'MX',
        coordinates: [...c.at],
        about: st(2),
      },
    ],
    actors: [
      {
        id: 'local-pimps',
        name: text('Local pimps', 'Padrotes'),
        type: 'local-pimps',
        role: 'runs',
        role_certainty: 'stated',
        role_basis: ['c1.p1.s1'],
        places: [c.place],
        statements: [st(3)],
      },
    ],
    state_involvement: [{ ...st(4), kind: 'protection' }],
    smuggling_nexus: [st(5)],
    victims: [st(6)],
    recruitment: [st(7)],
    flows: [{ id: 'from-puebla', from: 'puebla', to: c.place, kind: 'recruitment', about: st(8) }],
    figures: [{ id: 'cells', value: text('20', '20'), about: st(9) }],
    data_gaps: [st(10)],
    unverified: [st(11)],
  };
}

/** A fresh, valid input; mutate the copy a test receives. */
export function validInput(): AtlasInput {
  return structuredClone({
    corridors: CORRIDORS.map((c, i) => ({ file: `data/corridors/${c.id}.yaml`, data: corridor(i) })),
    sources: [
      {
        file: 'data/sources/insight-crime.yaml',
        data: {
          document: {
            id: 'insight-crime-2023',
            title: 'The Geography of Human Trafficking on the US-Mexico Border',
            authors: ['InSight Crime'],
            publisher: 'InSight Crime',
            date: '2023-08',
            description: text('The report.', 'El informe.'),
          },
          sources: [
            {
              id: 'ic-1',
              document: 'insight-crime-2023',
              number: 1,
              citation: 'Lantia Intelligence, "Mapa criminal: México," 2019-2020.',
              items: [
                {
                  kind: 'dataset',
                  who: text('Lantia Intelligence', 'Lantia Intelligence'),
                  what: text('Criminal map', 'Mapa criminal'),
                  when: '2020',
                },
              ],
            },
            { id: 'ic-2', document: 'insight-crime-2023', number: 2, ibid: 1, citation: 'Ibid.' },
          ],
        },
      },
      {
        file: 'data/sources/izcara-palacios.yaml',
        data: {
          document: {
            id: 'izcara-palacios-2023',
            title: "Sex Trafficking in Mexico: Perpetrators' Profile",
            authors: ['Simón Pedro Izcara-Palacios'],
            publisher: 'Universidad Autónoma de Tamaulipas',
            date: '2023',
            description: text('The paper.', 'El artículo.'),
          },
          sources: [
            {
              id: 'ip-paper',
              document: 'izcara-palacios-2023',
              label: text('Izcara-Palacios 2023', 'Izcara-Palacios 2023'),
              citation: "Izcara-Palacios, S. P. (2023). Sex Trafficking in Mexico: Perpetrators' Profile.",
              items: [
                {
                  kind: 'academic',
                  who: text('Izcara-Palacios', 'Izcara-Palacios'),
                  what: text('The paper', 'El artículo'),
                  when: '2023',
                },
              ],
            },
            ...[1, 2, 3, 4, 5].map(tableSource),
          ],
        },
      },
    ],
    tables: { file: 'data/izcara/tables.yaml', data: TABLES },
    outlines: [
      { file: 'data/outline/insight-crime-2023.yaml', data: REPORT_OUTLINE },
      { file: 'data/outline/izcara-palacios-2023.yaml', data: PAPER_OUTLINE },
    ],
    locations: {
      file: 'data/locations.yaml',
      data: {
        locations: [{ id: 'puebla', name: text('Puebla', 'Puebla'), kind: 'state', coordinates: [-98.2063, 19.0414] }],
      },
    },
    report: {
      file: 'data/report.yaml',
      data: {
        summary: [st(20)],
        findings: [st(21), st(22), st(23)],
        background: [st(24)],
        figures: [{ id: 'profits', value: text('$150 billion', '150.000 millones de dólares'), about: st(25) }],
        national: { perpetrators: [st(26)], method: [st(27)], limits: [st(28)], definitions: [st(29)] },
        opportunities: [1, 2, 3, 4].map((n) => ({
          id: `opportunity-${n}`,
          number: n,
          title: text(`Opportunity ${n}`, `Oportunidad ${n}`),
          statements: [st(30 + n)],
          corridors: ['tamaulipas'],
          reading: st(35 + n),
        })),
      },
    },
    comparison: {
      file: 'data/comparison.yaml',
      data: {
        note: text('An editorial reading.', 'Una lectura editorial.'),
        dimensions: [
          {
            id: 'cartel-control',
            name: text('Cartel control', 'Control de los cárteles'),
            question: text('How directly?', '¿Qué tan directamente?'),
            kind: 'ordinal',
            levels: [
              { code: 0, label: text('None', 'Ninguno') },
              { code: 1, label: text('Some', 'Alguno') },
            ],
          },
        ],
        cells: CORRIDORS.map((c, i) => ({
          corridor: c.id,
          dimension: 'cartel-control',
          code: i % 2,
          rationale: st(40 + i),
        })),
        opportunity_dimensions: [1, 2, 3, 4].map((n) => ({ opportunity: n, dimensions: ['cartel-control'] })),
      },
    },
  });
}
