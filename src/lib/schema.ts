/**
 * The evidence base's schemas. Each zod schema is both the validator that stops the build on a bad
 * data file and, through `z.infer`, the TypeScript type the pages use.
 */
import { z } from 'zod';

import { CERTAINTIES, CUE_KINDS } from './cues.ts';

import { LANGUAGES, type Lang, type LanguageList } from './languages.ts';
export { LANGS, type Lang } from './languages.ts';

/** A corridor's id: a slug naming one of the files in data/corridors/ (checked against them, not a fixed list). */
export type CorridorId = string;

/** A slug id: lowercase letters, digits and hyphens, e.g. `nuevo-laredo`. */
export const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug of lowercase letters, digits and hyphens');

/** A source id: `ic-<n>` for a report footnote, `ic-s-<section>` for an unfootnoted section, `ip-<x>` for the paper. */
export const SourceId = z
  .string()
  .regex(/^(ic|ip)-[a-z0-9-]+$/, 'a source id such as ic-12, ic-s-corridor-1 or ip-table-3');

/**
 * One text field per language of the list, each required: an empty or absent language is a missing
 * translation. `what` names the text in messages ("the quotation" → "the quotation in Spanish").
 * @example Object.keys(textFields().shape) // => ['en', 'es']
 */
export function textFields(what = 'text', languages: LanguageList = LANGUAGES) {
  return z.strictObject(
    Object.fromEntries(
      languages.map((l) => [
        l.code,
        z
          .string()
          .trim()
          .min(1, what === 'text' ? `${l.english} text` : `${what} in ${l.english}`),
      ]),
    ) as Record<Lang, z.ZodString>,
  );
}

/** Text in every language of the site. */
export const Text = textFields();
export type Text = z.infer<typeof Text>;

/** A short quotation from a document: the words in both languages, and who said or wrote them. */
export const Quote = textFields('the quotation').extend({ by: Text });

/**
 * A sentence of a source document, by its id in data/outline/ (section, paragraph, sentence), e.g.
 * `c4.p5.s2`. When a sentence carries two footnotes, `c3.p3.s2:35` names the part footnote 35 closes.
 */
export const BasisId = z
  .string()
  .regex(
    /^[a-z]+\d*\.[pf]\d+\.s\d+(?::\d+)?$/,
    'a sentence id from data/outline/ such as c4.p5.s2 (or c3.p3.s2:35 for the part footnote 35 closes)',
  );

export { CERTAINTIES };
export const Certainty = z.enum(CERTAINTIES);
export type Certainty = z.infer<typeof Certainty>;

/** Who a claim is attributed to in the source, from the most to the least collective. */
export const ATTRIBUTION_KINDS = [
  'sources',
  'experts',
  'officials',
  'prosecutors',
  'advocates',
  'one-source',
  'interviewees',
  'press',
  'researchers',
  'organisation',
  'insight-crime',
] as const;

/** Who says so: the kind of speaker and, where the source names or describes them, who. */
export const Attribution = z.strictObject({
  kind: z.enum(ATTRIBUTION_KINDS),
  who: Text.optional(),
});
export type Attribution = z.infer<typeof Attribution>;

/**
 * One claim: text in both languages, the source sentences it rests on (`basis`), how firm it is
 * (`certainty`, never firmer than its basis), who says so (`attribution`, where the basis names a
 * speaker) and the footnotes behind it (`cites`, exactly those of its basis sentences). `quote`
 * carries a short attributed quotation.
 */
export const Statement = Text.extend({
  cites: z.array(SourceId).min(1, 'at least one source id'),
  basis: z.array(BasisId).min(1, 'at least one sentence id from data/outline/'),
  certainty: Certainty,
  attribution: Attribution.optional(),
  quote: Quote.optional(),
});
export type Statement = z.infer<typeof Statement>;

/** [longitude, latitude] in WGS84 degrees. */
export const Coordinates = z.tuple([
  z.number().min(-180, 'longitude -180..180').max(180, 'longitude -180..180'),
  z.number().min(-90, 'latitude -90..90').max(90, 'latitude -90..90'),
]);

export const Country = z.enum(['MX', 'US']);

export const PLACE_ROLES = [
  'border-city',
  'red-light-district',
  'fieldwork-site',
  'migrant-shelter',
  'port-of-entry',
  'trial-site',
  'crime-site',
] as const;
export const PlaceRole = z.enum(PLACE_ROLES);

export const Place = z.strictObject({
  id: Slug,
  name: Text,
  roles: z.array(PlaceRole).min(1, 'at least one role'),
  country: Country,
  coordinates: Coordinates,
  about: Statement,
});
export type Place = z.infer<typeof Place>;

/** A flow endpoint outside the corridors: a region, state, country or city. */
export const Location = z.strictObject({
  id: Slug,
  name: Text,
  kind: z.enum(['city', 'state', 'country', 'region']),
  coordinates: Coordinates,
});
export type Location = z.infer<typeof Location>;

export const ACTOR_TYPES = [
  'cartel',
  'gang',
  'family-clan',
  'local-pimps',
  'smuggling-network',
  'labour-recruiters',
  'corrupt-officials',
] as const;

/** The actor's role in trafficking, in the report's own terms. */
export const ACTOR_ROLES = ['runs', 'supplies', 'taxes', 'present', 'unclear'] as const;

export const Actor = z.strictObject({
  id: Slug,
  name: Text,
  type: z.enum(ACTOR_TYPES),
  role: z.enum(ACTOR_ROLES),
  /** How firm the role is: never firmer than the statements that share its basis. */
  role_certainty: Certainty,
  /** The sentences the role rests on; each must be the basis of one of the actor's statements. */
  role_basis: z.array(BasisId).min(1, 'at least one sentence id'),
  places: z.array(Slug).default([]),
  statements: z.array(Statement).min(1, 'at least one cited statement'),
});
export type Actor = z.infer<typeof Actor>;

export const STATE_INVOLVEMENT_KINDS = [
  'participation',
  'protection',
  'malpractice',
  'indifference',
  'sale-of-migrants',
  'response',
] as const;

export const StateInvolvement = Statement.extend({
  kind: z.enum(STATE_INVOLVEMENT_KINDS),
});

export const FLOW_KINDS = ['recruitment', 'trafficking', 'prosecution'] as const;

export const Flow = z.strictObject({
  id: Slug,
  from: Slug,
  to: Slug,
  kind: z.enum(FLOW_KINDS),
  about: Statement,
});
export type Flow = z.infer<typeof Flow>;

/** A figure the report gives: the number as printed, what it counts, and its source. */
export const Figure = z.strictObject({
  id: Slug,
  value: Text,
  about: Statement,
});
export type Figure = z.infer<typeof Figure>;

/** Sentences of a document the atlas does not use, with the reason (coverage: every sentence is used or listed here). */
export const LeftOut = z.strictObject({
  basis: z.array(BasisId).min(1),
  reason: z.string().trim().min(10, 'a reason an editor can check'),
});
export type LeftOut = z.infer<typeof LeftOut>;

export const Corridor = z.strictObject({
  /** The corridor's slug: its page is /corridors/<id>/. The corridors are whatever files data/corridors/ holds. */
  id: Slug,
  /** Its place in corridor order, 1 to N without gaps (west to east in the report): also picks its colour. */
  number: z.number().int().min(1),
  name: Text,
  /** ISO 3166-2 codes of the states the corridor spans, e.g. MX-BCN. */
  states: z.array(z.string().regex(/^(MX|US)-[A-Z]{2,3}$/, 'an ISO 3166-2 code such as MX-BCN')).min(1),
  /** The point from which `radius_km` is measured; every place must lie within it. */
  center: Coordinates,
  radius_km: z.number().positive().max(400, 'at most 400 km'),
  summary: z.array(Statement).min(1),
  places: z.array(Place).min(1),
  actors: z.array(Actor).min(1),
  state_involvement: z.array(StateInvolvement).min(1),
  smuggling_nexus: z.array(Statement).min(1),
  victims: z.array(Statement).min(1),
  recruitment: z.array(Statement).min(1),
  flows: z.array(Flow).default([]),
  figures: z.array(Figure).default([]),
  data_gaps: z.array(Statement).min(1),
  unverified: z.array(Statement).default([]),
  /** Flow endpoints this corridor needs beyond data/locations.yaml. */
  locations: z.array(Location).default([]),
  /** Sentences of this corridor's section of the report that the atlas does not use, and why. */
  left_out: z.array(LeftOut).default([]),
});
export type Corridor = z.infer<typeof Corridor>;
export type CorridorInput = z.input<typeof Corridor>;

export const SOURCE_KINDS = [
  'interview',
  'court-document',
  'news',
  'report',
  'dataset',
  'official',
  'academic',
  'fieldwork',
] as const;

/** One item of a footnote: a footnote may cite several documents. */
export const SourceItem = z.strictObject({
  kind: z.enum(SOURCE_KINDS),
  who: Text,
  what: Text,
  where: Text.optional(),
  /** ISO date, year-month or year, as precise as the footnote gives it. */
  when: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
});

export const DOCUMENT_IDS = ['insight-crime-2023', 'izcara-palacios-2023'] as const;

/**
 * A source in the register. A report footnote has its `number`; an "Ibid." footnote keeps its own
 * number and names the footnote it repeats in `ibid`, and its items are resolved from there.
 */
export const SourceFields = z.strictObject({
  id: SourceId,
  document: z.enum(DOCUMENT_IDS),
  number: z.number().int().positive().optional(),
  ibid: z.number().int().positive().optional(),
  /** A label for sources without a number, e.g. a report section or a table. */
  label: Text.optional(),
  /** Where the report's text and this footnote disagree (who said it, how many sources): said openly, never fixed silently. */
  note: Text.optional(),
  /** The footnote or reference exactly as printed (bibliographic text is not translated). */
  citation: z.string().trim().min(1),
  items: z.array(SourceItem).default([]),
});
export const Source = SourceFields.refine((s) => s.ibid !== undefined || s.items.length > 0, {
  message: 'at least one item (kind, who, what), unless the source is an "Ibid." with `ibid`',
  path: ['items'],
}).refine((s) => s.number !== undefined || s.label !== undefined, {
  message: 'a footnote `number` or a `label`',
  path: ['label'],
});
export type Source = z.infer<typeof Source>;

/** A register entry as the pages see it: the source, its resolved items and the statements citing it. */
export const RegisterEntry = SourceFields.extend({
  resolvedItems: z.array(SourceItem),
  citedBy: z.array(
    z.strictObject({
      corridor: Slug.nullable(),
      section: z.string(),
      anchor: z.string(),
      /** How many claims at this anchor rest on the source, and how many of them on a single interview. */
      claims: z.number().int().min(0),
      singleInterview: z.number().int().min(0),
    }),
  ),
  /** The paragraphs of the document whose sentences carry this footnote. */
  placesInDocument: z.array(z.strictObject({ section: z.string(), title: z.string(), paragraph: z.number().int() })),
});
export type RegisterEntry = z.infer<typeof RegisterEntry>;

export const Document = z.strictObject({
  id: z.enum(DOCUMENT_IDS),
  title: z.string().min(1),
  authors: z.array(z.string().min(1)).min(1),
  publisher: z.string().min(1),
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD'),
  url: z.url().optional(),
  description: Text,
});
export type Document = z.infer<typeof Document>;

export const SourcesFile = z.strictObject({
  document: Document,
  sources: z.array(Source).min(1),
});

export const Opportunity = z.strictObject({
  id: Slug,
  number: z.number().int().min(1).max(4),
  title: Text,
  statements: z.array(Statement).min(1),
  /** The corridors where the atlas reads the opportunity as most relevant: the atlas's reading, not the report's. */
  corridors: z.array(Slug).min(1),
  /** Why those corridors: what the report says about each of them that the opportunity answers, with its basis. */
  reading: Statement,
});
export type Opportunity = z.infer<typeof Opportunity>;

/** The national picture from the paper, in the order a reader needs it: who, how the study was done, its limits, its terms. */
export const NATIONAL_PARTS = ['perpetrators', 'method', 'limits', 'definitions'] as const;
export const National = z.strictObject({
  /** Who trafficks the women: the profile of the perpetrators and what the paper argues follows. */
  perpetrators: z.array(Statement).min(1),
  /** The interviews: how many, where, when, how the women were reached. */
  method: z.array(Statement).min(1),
  /** What this sample can and cannot say. */
  limits: z.array(Statement).min(1),
  /** The definitions the paper uses (Palermo Protocol, Mexico's 2007 and 2012 laws). */
  definitions: z.array(Statement).min(1),
});

export const ReportFile = z.strictObject({
  summary: z.array(Statement).min(1),
  findings: z.array(Statement).length(3, 'the three major findings'),
  background: z.array(Statement).min(1),
  figures: z.array(Figure).min(1),
  national: National,
  opportunities: z.array(Opportunity).length(4, 'the four opportunities for intervention'),
  /** Sentences of the report's other sections that the atlas does not use, and why. */
  left_out: z.array(LeftOut).default([]),
});
export type Report = z.infer<typeof ReportFile>;

export const LocationsFile = z.strictObject({ locations: z.array(Location) });

/** A comparison dimension: the question it answers and its levels, lowest first. */
export const Dimension = z.strictObject({
  id: Slug,
  name: Text,
  question: Text,
  /** `ordinal` levels are ranked (coloured on a sequential scale); `nominal` ones are categories. */
  kind: z.enum(['ordinal', 'nominal']),
  levels: z
    .array(
      z.strictObject({
        code: z.number().int().min(0).max(5),
        label: Text,
        /** The level for "unclear or not established by the report": drawn neutral, never as the low end of a scale. */
        unclear: z.boolean().optional(),
        /**
         * The weakest rationale that can carry this code: a code is never firmer than the statement it rests on.
         * Default "possible": only an unclear level (or one that says so) may rest on what the report could not verify.
         */
        min_certainty: Certainty.default('possible'),
      }),
    )
    .min(2, 'at least two levels'),
});
export type Dimension = z.infer<typeof Dimension>;

/** One cell of the comparison: a corridor's coded value on a dimension, why, and the sources. */
export const ComparisonCell = z.strictObject({
  corridor: Slug,
  dimension: Slug,
  code: z.number().int().min(0).max(5),
  rationale: Statement,
});
export type ComparisonCell = z.infer<typeof ComparisonCell>;

export const ComparisonFile = z.strictObject({
  /** Why the coding is an editorial reading, not a measurement. */
  note: Text,
  dimensions: z.array(Dimension).min(1),
  cells: z.array(ComparisonCell).min(1),
  /** For each opportunity for intervention (by number), the dimensions it addresses. */
  opportunity_dimensions: z
    .array(z.strictObject({ opportunity: z.number().int().min(1).max(4), dimensions: z.array(Slug).min(1) }))
    .length(4),
});
export type Comparison = z.infer<typeof ComparisonFile>;

/** Izcara-Palacios' annex tables, as published. `published` keeps the label exactly as printed. */
const CountRow = z.strictObject({
  published: z.string().min(1),
  name: Text,
  n: z.number().int().min(0),
  percent: z.number().min(0).max(100),
});
const Share = z.strictObject({ n: z.number().int().min(0), percent: z.number().min(0).max(100) });
const TableBase = { source: SourceId, title: Text, notes: z.array(Text).default([]) };

export const TablesFile = z.strictObject({
  table_1: z.strictObject({
    ...TableBase,
    rows: z.array(CountRow.extend({ iso: z.string().regex(/^[A-Z]{2}$/) })).min(1),
    total: Share,
  }),
  table_2: z.strictObject({
    ...TableBase,
    rows: z
      .array(
        z.strictObject({
          published: z.string().min(1),
          name: Text,
          median: z.number(),
          mean: z.number(),
          mode: z.number(),
          min: z.number(),
          max: z.number(),
        }),
      )
      .min(1),
  }),
  table_3: z.strictObject({
    ...TableBase,
    interviewees: z.number().int().positive(),
    rows: z
      .array(CountRow.extend({ iso: z.string().regex(/^MX-[A-Z]{3}$/, 'an ISO 3166-2 code such as MX-JAL') }))
      .min(1),
    total: z.strictObject({ n: z.number().int().positive() }),
  }),
  table_4: z.strictObject({ ...TableBase, rows: z.array(CountRow).min(1), total: Share }),
  table_5: z.strictObject({
    ...TableBase,
    rows: z
      .array(
        z.strictObject({
          published: z.string().min(1),
          id: Slug,
          name: Text,
          summary: Statement,
          men: Share,
          women: Share,
          total: Share,
        }),
      )
      .min(1),
    total: z.strictObject({ men: Share, women: Share, total: Share }),
  }),
});
export type Tables = z.infer<typeof TablesFile>;

/** A document's outline as committed under data/outline/ (written by `npm run outline`). */
export const OutlineFile = z.strictObject({
  document: z.enum(DOCUMENT_IDS),
  sections: z.array(z.strictObject({ id: z.string().min(1), title: z.string().min(1), source: SourceId })).min(1),
  sentences: z
    .array(
      z.strictObject({
        id: BasisId,
        kind: z.enum(['text', 'figure', 'quote', 'table']).default('text'),
        footnotes: z.array(z.number().int().positive()).default([]),
        cues: z.array(z.enum(CUE_KINDS)).default([]),
      }),
    )
    .min(1),
});
export type OutlineFile = z.infer<typeof OutlineFile>;
