// Social preview images (1200×630) for the atlas and each corridor, rasterised at build with sharp
// from the same SVG map as the pages: no external service.
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { escapeXml, staticMapBody } from '../../../geo/static-map.ts';
import { useTranslations } from '../../../i18n/index.ts';
import { LANGS, type Lang } from '../../../lib/languages.ts';
import type { CorridorId } from '../../../lib/schema.ts';
import { getAtlas } from '../../../site.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { corridors } = await getAtlas();
  return LANGS.flatMap((lang) => ['atlas', ...corridors.map((c) => c.id)].map((id) => ({ params: { lang, id } })));
};

export const GET: APIRoute = async ({ params }) => {
  const atlas = await getAtlas();
  const lang = params['lang'] as Lang;
  const t = useTranslations(lang);
  const focus = params['id'] === 'atlas' ? undefined : (params['id'] as CorridorId);
  const corridor = atlas.corridors.find((c) => c.id === focus);
  const font = "'DejaVu Sans', sans-serif";
  const map = staticMapBody(atlas, { lang, focus, width: 1200, height: 480, placeLabels: !!focus, font });
  const title = corridor
    ? `${t('corridor.number', { n: corridor.number, count: atlas.corridors.length })}: ${corridor.name[lang]}`
    : t('site.title');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="#14324a"/>
<svg x="0" y="150" width="1200" height="480" viewBox="0 0 1200 480">${map}</svg>
<text x="48" y="70" font-family="${font}" font-size="44" font-weight="700" fill="#ffffff">${escapeXml(title)}</text>
<text x="48" y="118" font-family="${font}" font-size="24" fill="#d6e2ec">${escapeXml(t('og.subtitle'))}</text>
</svg>`;
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
