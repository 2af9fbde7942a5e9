/**
 * The open data downloads, generated at build from the same checked data the pages use: GeoJSON
 * for the map layers, CSV and JSON for the source register and the paper's tables.
 */
import { buildMapData } from './geo/layers.ts';
import { toCsv } from './lib/csv.ts';
import { comparisonStatements, corridorStatements, reportStatements, tableStatements } from './lib/evidence.ts';
import { LANGS } from './lib/languages.ts';
import type { Text } from './lib/schema.ts';
import type { Atlas } from './lib/evidence.ts';
import { version as DATA_VERSION } from '../package.json';

export interface Download {
  file: string;
  type: 'application/geo+json' | 'text/csv' | 'application/json';
  title: Text;
  description: Text;
  /** The file's content, from the checked atlas: a corridor or language added to data/ is in every file. */
  body: (atlas: Atlas) => string;
}

const LICENCE = 'CC BY 4.0 (atlas text and data); source documents remain their authors\u2019';
const meta = (title: string) => ({
  title,
  version: DATA_VERSION,
  licence: LICENCE,
  sources: [
    'InSight Crime (2023), The Geography of Human Trafficking on the US-Mexico Border',
    "Izcara-Palacios (2023), Sex Trafficking in Mexico: Perpetrators' Profile",
  ],
});
const geojson = (atlas: Atlas, key: 'corridors' | 'places' | 'actors' | 'flows', title: string) =>
  JSON.stringify({ ...buildMapData(atlas)[key], metadata: meta(title) });

export const DOWNLOADS: Download[] = [
  {
    file: 'corridors.geojson',
    type: 'application/geo+json',
    title: { en: 'Corridor areas (GeoJSON)', es: 'Áreas de los corredores (GeoJSON)' },
    description: {
      en: 'The four corridors as approximate areas computed at build (hull of places and border stretch, buffered 25 km, clipped to land), with names in English and Spanish.',
      es: 'Los cuatro corredores como áreas aproximadas calculadas al compilar (envolvente de lugares y tramo de frontera, con margen de 25 km, recortada a tierra firme), con nombres en inglés y español.',
    },
    body: (atlas) => geojson(atlas, 'corridors', 'Corridor areas (approximate)'),
  },
  {
    file: 'places.geojson',
    type: 'application/geo+json',
    title: { en: 'Places (GeoJSON)', es: 'Lugares (GeoJSON)' },
    description: {
      en: 'Every place the report names in a corridor, with its corridor and roles. Coordinates are approximate points added by the atlas editors.',
      es: 'Cada lugar que el informe nombra en un corredor, con su corredor y funciones. Las coordenadas son puntos aproximados añadidos por los editores del atlas.',
    },
    body: (atlas) => geojson(atlas, 'places', 'Places'),
  },
  {
    file: 'actors.geojson',
    type: 'application/geo+json',
    title: { en: 'Criminal actors (GeoJSON)', es: 'Actores criminales (GeoJSON)' },
    description: {
      en: 'Each criminal actor at each place where the report says it operates, with its type, its role in trafficking there and how firm the report is about that role (role_certainty).',
      es: 'Cada actor criminal en cada lugar donde el informe dice que opera, con su tipo, su papel en la trata allí y qué tan firme es el informe sobre ese papel (role_certainty).',
    },
    body: (atlas) => geojson(atlas, 'actors', 'Criminal actors'),
  },
  {
    file: 'flows.geojson',
    type: 'application/geo+json',
    title: { en: 'Flows (GeoJSON)', es: 'Flujos (GeoJSON)' },
    description: {
      en: 'Where victims come from and where networks take them, as arcs between representative points, with how firm the report is about each (certainty).',
      es: 'De dónde vienen las víctimas y adónde las llevan las redes, como arcos entre puntos representativos, con qué tan firme es el informe sobre cada uno (certainty).',
    },
    body: (atlas) => geojson(atlas, 'flows', 'Flows'),
  },
  {
    file: 'sources.csv',
    type: 'text/csv',
    title: { en: 'Source register (CSV)', es: 'Registro de fuentes (CSV)' },
    description: {
      en: 'All 54 footnotes of the report and the paper and its tables: number, Ibid. target, citation as printed, and one row per cited document with kind, who, what, where and when.',
      es: 'Las 54 notas del informe y el artículo con sus cuadros: número, nota repetida (Ibid.), cita tal como se publicó y una fila por documento citado con tipo, quién, qué, dónde y cuándo.',
    },
    body: (atlas) => {
      const { sources } = atlas;
      const rows = sources.flatMap((s) =>
        (s.resolvedItems.length ? s.resolvedItems : [undefined]).map((item) => [
          s.id,
          s.document,
          s.number ?? '',
          s.ibid ?? '',
          s.label?.en ?? '',
          s.citation,
          item?.kind ?? '',
          item?.who.en ?? '',
          item?.what.en ?? '',
          item?.where?.en ?? '',
          item?.when ?? '',
          s.citedBy.length,
        ]),
      );
      return toCsv(
        [
          'id',
          'document',
          'footnote',
          'ibid_of',
          'label',
          'citation',
          'kind',
          'who',
          'what',
          'where',
          'when',
          'cited_by_statements',
        ],
        rows,
      );
    },
  },
  {
    file: 'statements.csv',
    type: 'text/csv',
    title: {
      en: 'Every claim, with its basis and certainty (CSV)',
      es: 'Cada afirmación, con su base y certeza (CSV)',
    },
    description: {
      en: 'One row per statement on the site: where it appears, its text in English and Spanish, how firm it is (certainty), who says so (attribution), the sentences of the report or paper it rests on (basis: section.paragraph.sentence) and its footnotes.',
      es: 'Una fila por afirmación del sitio: dónde aparece, su texto en inglés y en español, qué tan firme es (certainty), quién lo dice (attribution), las oraciones del informe o del artículo en que se apoya (basis: sección.párrafo.oración) y sus notas.',
    },
    body: (atlas) => {
      const { corridors, report, comparison, tables } = atlas;
      const statements = [
        ...corridors.flatMap((c) => corridorStatements(c, '')),
        ...reportStatements(report, ''),
        ...comparisonStatements(comparison, ''),
        ...tableStatements(tables, ''),
      ];
      return toCsv(
        [
          'corridor',
          'section',
          'anchor',
          'certainty',
          'attribution',
          'attributed_to',
          'basis',
          'cites',
          ...LANGS.map((l) => `text_${l}`),
        ],
        statements.map(({ statement: s, ref }) => [
          ref.corridor ?? '',
          ref.section,
          ref.anchor,
          s.certainty,
          s.attribution?.kind ?? '',
          s.attribution?.who?.en ?? '',
          s.basis.join(' '),
          s.cites.join(' '),
          ...LANGS.map((l) => s[l]),
        ]),
      );
    },
  },
  {
    file: 'sources.json',
    type: 'application/json',
    title: { en: 'Source register (JSON)', es: 'Registro de fuentes (JSON)' },
    description: {
      en: 'The same register with both languages and, for each source, the statements that cite it.',
      es: 'El mismo registro en ambos idiomas y, para cada fuente, las afirmaciones que la citan.',
    },
    body: (atlas) => JSON.stringify({ metadata: meta('Source register'), sources: atlas.sources }),
  },
  {
    file: 'izcara-palacios-tables.json',
    type: 'application/json',
    title: { en: 'Izcara-Palacios tables 1–5 (JSON)', es: 'Cuadros 1 a 5 de Izcara-Palacios (JSON)' },
    description: {
      en: 'The paper’s annex tables as published, labels verbatim, with the notes on their quirks.',
      es: 'Los cuadros del anexo del artículo tal como se publicaron, con las etiquetas originales y las notas sobre sus peculiaridades.',
    },
    body: (atlas) => JSON.stringify({ metadata: meta('Izcara-Palacios (2023), annex tables'), ...atlas.tables }),
  },
  ...[1, 2, 3, 4, 5].map((n): Download => ({
    file: `izcara-palacios-table-${n}.csv`,
    type: 'text/csv',
    title: { en: `Izcara-Palacios table ${n} (CSV)`, es: `Cuadro ${n} de Izcara-Palacios (CSV)` },
    description: {
      en: 'As published; see the JSON for the notes.',
      es: 'Tal como se publicó; las notas están en el JSON.',
    },
    body: (atlas) => {
      const { tables } = atlas;
      switch (n) {
        case 1:
          return toCsv(
            ['country_as_published', 'iso', 'n', 'percent'],
            tables.table_1.rows.map((r) => [r.published, r.iso, r.n, r.percent]),
          );
        case 2:
          return toCsv(
            ['variable_as_published', 'median', 'mean', 'mode', 'min', 'max'],
            tables.table_2.rows.map((r) => [r.published, r.median, r.mean, r.mode, r.min, r.max]),
          );
        case 3:
          return toCsv(
            ['state_as_published', 'iso_3166_2', 'n', 'percent_of_75'],
            tables.table_3.rows.map((r) => [r.published, r.iso, r.n, r.percent]),
          );
        case 4:
          return toCsv(
            ['months_as_published', 'n', 'percent'],
            tables.table_4.rows.map((r) => [r.published, r.n, r.percent]),
          );
        default:
          return toCsv(
            ['network_as_published', 'men_n', 'men_percent', 'women_n', 'women_percent', 'total_n', 'total_percent'],
            tables.table_5.rows.map((r) => [
              r.published,
              r.men.n,
              r.men.percent,
              r.women.n,
              r.women.percent,
              r.total.n,
              r.total.percent,
            ]),
          );
      }
    },
  })),
];
