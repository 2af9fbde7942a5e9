/**
 * Content collections. One loader reads and checks the whole of data/ (src/lib/evidence.ts): a broken
 * rule stops the build with a message naming file, field, what was found and what was expected.
 * Each collection then validates its entries against the same zod schemas that type the pages.
 */
import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { loadAtlas } from './lib/read-data.ts';
import type { Atlas } from './lib/evidence.ts';
import { TablesFile, ComparisonFile, Corridor, Document, Location, RegisterEntry, ReportFile } from './lib/schema.ts';

let atlas: Promise<Atlas> | undefined;
const getAtlas = () => (atlas ??= loadAtlas(process.cwd()));

export const collections = {
  corridors: defineCollection({ loader: async () => (await getAtlas()).corridors, schema: Corridor }),
  sources: defineCollection({ loader: async () => (await getAtlas()).sources, schema: RegisterEntry }),
  documents: defineCollection({ loader: async () => (await getAtlas()).documents, schema: Document }),
  locations: defineCollection({ loader: async () => (await getAtlas()).locations, schema: Location }),
  report: defineCollection({
    loader: async () => [{ id: 'report', ...(await getAtlas()).report }],
    schema: ReportFile.extend({ id: z.literal('report') }),
  }),
  comparison: defineCollection({
    loader: async () => [{ id: 'comparison', ...(await getAtlas()).comparison }],
    schema: ComparisonFile.extend({ id: z.literal('comparison') }),
  }),
  tables: defineCollection({
    loader: async () => [{ id: 'tables', ...(await getAtlas()).tables }],
    schema: TablesFile.extend({ id: z.literal('tables') }),
  }),
};
