// Writes /_headers at build time from the page and language lists (src/lib/headers.ts). A file named
// _headers.ts would be skipped: Astro ignores page files whose name starts with an underscore.
import type { APIRoute, GetStaticPaths } from 'astro';
import { headersFile } from '../lib/headers.ts';

export const getStaticPaths: GetStaticPaths = () => [{ params: { headers: '_headers' } }];

export const GET: APIRoute = () =>
  new Response(headersFile(import.meta.env.BASE_URL), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
