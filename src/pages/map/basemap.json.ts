// Writes /map/basemap.json at build time: countries, US and Mexican states, the border line.
import type { APIRoute } from 'astro';
import { buildBasemap } from '../../geo/basemap.ts';

export const GET: APIRoute = () => {
  const { countries, usStates, mxStates, border } = buildBasemap();
  return new Response(JSON.stringify({ countries, usStates, mxStates, border }), {
    headers: { 'content-type': 'application/json' },
  });
};
