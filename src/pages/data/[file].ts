// Writes each open-data download under /data/ at build time.
import type { APIRoute, GetStaticPaths } from 'astro';
import { DOWNLOADS } from '../../downloads.ts';
import { getAtlas } from '../../site.ts';

export const getStaticPaths: GetStaticPaths = () => DOWNLOADS.map((d) => ({ params: { file: d.file } }));

export const GET: APIRoute = async ({ params }) => {
  const download = DOWNLOADS.find((d) => d.file === params['file'])!;
  return new Response(download.body(await getAtlas()), {
    headers: { 'content-type': `${download.type}; charset=utf-8` },
  });
};
