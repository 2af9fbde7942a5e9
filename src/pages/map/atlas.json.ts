// Writes /map/atlas.json at build time: corridor areas, places, actors and flows from data/.
import type { APIRoute } from 'astro';
import { buildMapData } from '../../geo/layers.ts';
import { getAtlas } from '../../site.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildMapData(await getAtlas())), {
    headers: { 'content-type': 'application/json' },
  });
