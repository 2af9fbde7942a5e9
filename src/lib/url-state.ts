/**
 * The atlas view in the URL: corridor, selected place or actor, visible layers and camera. Each
 * value is checked against an allow-list or a pattern, and clamped; anything unknown or hostile falls back to the default, and
 * the result serialises back to one canonical query string. Values are ids and numbers only, never
 * markup, so nothing from the URL can reach the page as HTML.
 */
export const LAYER_IDS = ['corridors', 'places', 'actors', 'flows', 'states', 'border', 'national'] as const;
export type LayerId = (typeof LAYER_IDS)[number];
export const DEFAULT_LAYERS: readonly LayerId[] = ['corridors', 'places', 'actors', 'flows', 'states', 'border'];

/** The camera range the atlas allows: the region from the Pacific to the US east coast. */
export const CAMERA_LIMITS = { lon: [-130, -60], lat: [5, 50], zoom: [2, 12] } as const;

export interface ViewState {
  /** A corridor id from the data. */
  corridor: string | null;
  /** A place or actor anchor such as `place-altar` or `actor-cjng`, within the corridor. */
  select: string | null;
  layers: LayerId[];
  camera: { lon: number; lat: number; zoom: number } | null;
  /** The host page's colour scheme for an embed (`?theme=`); absent, the frame follows the system. */
  theme?: Theme;
}

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const DEFAULT_VIEW: ViewState = { corridor: null, select: null, layers: [...DEFAULT_LAYERS], camera: null };

const MAX_PARAM = 200;
const clamp = (x: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, x));
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

// Plain checks rather than zod: this module ships to the browser, where every kilobyte counts.
const SELECT = /^(place|actor)-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NUMBER = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;
const finite = (v: string): number | undefined => {
  const n = NUMBER.test(v) ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
};

/** The valid values of a view: each corridor in the data, with its selectable places and actors. */
export type KnownView = Readonly<Record<string, readonly string[]>>;

/**
 * Read a view from a query string. `known` lists the corridors (its keys) and the valid `select`
 * values in each; anything else falls back.
 * @example parseView('?corridor=tamaulipas&layers=corridors,flows', { tamaulipas: [] }).corridor // => 'tamaulipas'
 * @example parseView('?corridor=<script>', { tamaulipas: [] }).corridor // => null
 * @example parseView('?theme=dark', {}).theme // => 'dark'
 */
export function parseView(search: string, known: KnownView): ViewState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > 4000 ? '' : search);
  } catch {
    return structuredClone(DEFAULT_VIEW);
  }
  const get = (key: string) => {
    const v = params.get(key);
    return v !== null && v.length <= MAX_PARAM ? v : null;
  };
  const corridorRaw = get('corridor');
  const corridor = corridorRaw !== null && Object.hasOwn(known, corridorRaw) ? corridorRaw : null;

  const selectCandidate = get('select');
  const selectRaw =
    selectCandidate !== null && selectCandidate.length <= 80 && SELECT.test(selectCandidate) ? selectCandidate : null;
  const select = corridor && selectRaw && (known[corridor]?.includes(selectRaw) ?? false) ? selectRaw : null;

  let layers = [...DEFAULT_LAYERS] as LayerId[];
  const layersRaw = get('layers');
  if (layersRaw !== null) {
    const wanted = layersRaw.split(',').filter((l): l is LayerId => (LAYER_IDS as readonly string[]).includes(l));
    layers = LAYER_IDS.filter((l) => wanted.includes(l));
    if (layersRaw !== '' && layers.length === 0) layers = [...DEFAULT_LAYERS];
  }

  let camera: ViewState['camera'] = null;
  const parts = get('camera')?.split(',');
  if (parts?.length === 3) {
    const nums = parts.map(finite);
    if (nums.every((n): n is number => n !== undefined))
      camera = {
        lon: round(clamp(nums[0]!, CAMERA_LIMITS.lon), 4),
        lat: round(clamp(nums[1]!, CAMERA_LIMITS.lat), 4),
        zoom: round(clamp(nums[2]!, CAMERA_LIMITS.zoom), 2),
      };
  }
  const themeRaw = get('theme');
  const theme = THEMES.find((x) => x === themeRaw);
  return { corridor, select, layers, camera, ...(theme && { theme }) };
}

/** How far (degrees) a camera's centre may lie outside the border's bounds and still show content
 * (all of Mexico, for the national layer, lies within it). */
export const CAMERA_REACH = 12;

/**
 * Whether a camera's centre lies in the region with content: `bounds` ([west, south, east, north],
 * the border's) padded by {@link CAMERA_REACH}. A camera outside it shows a blank map, so the map
 * falls back to its corridor's or the border's view instead.
 * @example cameraInRegion({ lon: -99.5, lat: 27.4, zoom: 7 }, [-117, 25.8, -97.1, 32.7]) // => true
 * @example cameraInRegion({ lon: -60, lat: 50, zoom: 12 }, [-117, 25.8, -97.1, 32.7]) // => false
 */
export function cameraInRegion(
  camera: NonNullable<ViewState['camera']>,
  [west, south, east, north]: readonly [number, number, number, number],
): boolean {
  const r = CAMERA_REACH;
  return camera.lon >= west - r && camera.lon <= east + r && camera.lat >= south - r && camera.lat <= north + r;
}

/**
 * The canonical query string for a view (defaults omitted, fixed order), with its leading `?` or ''.
 * @example serializeView({ ...DEFAULT_VIEW, corridor: 'ciudad-juarez' }) // => '?corridor=ciudad-juarez'
 */
export function serializeView(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.corridor) params.set('corridor', view.corridor);
  if (view.corridor && view.select) params.set('select', view.select);
  const layers = LAYER_IDS.filter((l) => view.layers.includes(l));
  if (layers.join(',') !== DEFAULT_LAYERS.join(',')) params.set('layers', layers.join(','));
  if (view.camera)
    params.set('camera', `${view.camera.lon.toFixed(4)},${view.camera.lat.toFixed(4)},${view.camera.zoom.toFixed(2)}`);
  if (view.theme) params.set('theme', view.theme);
  const s = params.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}
