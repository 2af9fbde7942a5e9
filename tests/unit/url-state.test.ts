import { describe, expect, it } from 'vitest';
import {
  CAMERA_REACH,
  DEFAULT_VIEW,
  cameraInRegion,
  parseView,
  serializeView,
  type ViewState,
} from '../../src/lib/url-state.ts';

const known = { tamaulipas: ['place-nuevo-laredo', 'actor-northeast-cartel'] } as const;

describe('URL view state', () => {
  it('round-trips a full view through its canonical query string', () => {
    const view: ViewState = {
      corridor: 'tamaulipas',
      select: 'actor-northeast-cartel',
      layers: ['corridors', 'places', 'national'],
      camera: { lon: -99.5, lat: 27.4, zoom: 7.25 },
    };
    const search = serializeView(view);
    expect(search).toBe(
      '?corridor=tamaulipas&select=actor-northeast-cartel&layers=corridors,places,national&camera=-99.5000,27.4000,7.25',
    );
    expect(parseView(search, known)).toEqual(view);
  });

  it('carries an embed host page’s theme, light or dark, and ignores any other value', () => {
    expect(parseView('?corridor=tamaulipas&theme=dark', known)).toEqual({
      ...DEFAULT_VIEW,
      corridor: 'tamaulipas',
      theme: 'dark',
    });
    expect(parseView('?theme=light', known).theme).toBe('light');
    for (const bad of ['?theme=Dark', '?theme=', '?theme=auto', '?theme=<b>', '?theme=dark,light'])
      expect(parseView(bad, known)).toEqual(DEFAULT_VIEW);
    expect(serializeView({ ...DEFAULT_VIEW, corridor: 'tamaulipas', theme: 'dark' })).toBe(
      '?corridor=tamaulipas&theme=dark',
    );
  });

  it('omits defaults, so the plain atlas has a plain URL', () => {
    expect(serializeView(DEFAULT_VIEW)).toBe('');
    expect(parseView('', known)).toEqual(DEFAULT_VIEW);
  });

  it('clamps the camera and drops non-numbers', () => {
    expect(parseView('?camera=-500,95,40', known).camera).toEqual({ lon: -130, lat: 50, zoom: 12 });
    expect(parseView('?camera=NaN,27,5', known).camera).toBeNull();
    expect(parseView('?camera=Infinity,27,5', known).camera).toBeNull();
    expect(parseView('?camera=,,', known).camera).toBeNull();
    expect(parseView('?camera=1,2', known).camera).toBeNull();
  });

  it('falls back to defaults on unknown or hostile values', () => {
    const hostile = [
      '?corridor=<script>alert(1)</script>',
      '?corridor=javascript:alert(1)',
      '?corridor=TAMAULIPAS',
      `?corridor=${'x'.repeat(10_000)}`,
      '?layers=<img src=x onerror=alert(1)>',
      '?select=place-"><svg onload=alert(1)>',
      '##',
      '?%E0%A4%A',
    ];
    for (const search of hostile) {
      const view = parseView(search, known);
      expect(view.corridor, search).toBeNull();
      expect(view.select, search).toBeNull();
      expect(view.layers, search).toEqual(DEFAULT_VIEW.layers);
    }
  });

  it('accepts a selection only within its corridor and among known ids', () => {
    expect(parseView('?corridor=tamaulipas&select=place-nuevo-laredo', known).select).toBe('place-nuevo-laredo');
    expect(parseView('?corridor=tamaulipas&select=place-altar', known).select).toBeNull();
    expect(parseView('?select=place-nuevo-laredo', known).select).toBeNull();
  });

  it('knows the corridors from the data, not from a fixed list', () => {
    expect(parseView('?corridor=sonoran-desert', known).corridor).toBeNull();
    expect(parseView('?corridor=big-bend', { ...known, 'big-bend': [] }).corridor).toBe('big-bend');
    expect(parseView('?corridor=__proto__', known).corridor).toBeNull();
  });

  it('keeps known layers in a fixed order and allows an empty layer list', () => {
    expect(parseView('?layers=flows,corridors,bogus', known).layers).toEqual(['corridors', 'flows']);
    expect(parseView('?layers=', known).layers).toEqual([]);
  });

  it('keeps a camera near the border and refuses one clamped into a corner of nothing', () => {
    const border = [-117.1, 25.8, -97.1, 32.7] as const;
    const at = (search: string) => parseView(search, known).camera!;
    expect(cameraInRegion(at('?camera=-99.5,27.4,7'), border)).toBe(true);
    // All of Mexico stays reachable (the national layer covers it).
    expect(cameraInRegion(at('?camera=-89.6,20.9,6'), border)).toBe(true);
    expect(cameraInRegion(at('?camera=-60,50,12'), border)).toBe(false);
    expect(cameraInRegion(at('?camera=-500,95,4'), border)).toBe(false);
    expect(cameraInRegion({ lon: -117.1 - CAMERA_REACH - 0.01, lat: 30, zoom: 5 }, border)).toBe(false);
  });
});
