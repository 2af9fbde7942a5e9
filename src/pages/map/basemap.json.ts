// Writes /map/basemap.json at build time: countries, US and Mexican states and the border line as
// one quantised TopoJSON (shared borders stored once), about a third of the GeoJSON's size.
import type { APIRoute } from 'astro';
import type { FeatureCollection } from 'geojson';
import { topology } from 'topojson-server';
import { buildBasemap } from '../../geo/basemap.ts';

export const GET: APIRoute = () => {
  const { countries, usStates, mxStates, border } = buildBasemap();
  const topo = topology(
    { countries, usStates, mxStates, border: { type: 'FeatureCollection', features: [border] } as FeatureCollection },
    2e4,
  );
  return new Response(JSON.stringify(topo), { headers: { 'content-type': 'application/json' } });
};
