// Writes /map/atlas.json at build time: corridor areas, places, actors, flows and bearings from data/,
// as lean as the interactive map allows.
import type { APIRoute } from 'astro';
import { browserMapData, buildMapData } from '../../geo/layers.ts';
import { getAtlas } from '../../site.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(browserMapData(buildMapData(await getAtlas()))), {
    headers: { 'content-type': 'application/json' },
  });
