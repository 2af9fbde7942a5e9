/**
 * <atlas-map>: the one map custom element. It reads its settings from data attributes, loads
 * maplibre-gl and the map data only when it starts, and wires the parts that do the work: what its
 * mode does (modes.ts), the corridor panel (panel.ts), the controls (controls/), the share tools
 * (share.ts). Everything it shows is also on the page as text.
 */
import type { BrowserMapData as MapData } from '../lib/map-data.ts';
import type { Map as MapLibreMap, MapGeoJSONFeature, MapMouseEvent, Popup as PopupType } from 'maplibre-gl';
import cssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import fontUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { withBase } from '../lib/cite.ts';
import { contentsOf, describeView, summarizeView, type ViewContents, type ViewWords } from '../lib/describe-view.ts';
import { DEFAULT_LANG, isLang, language, localize, type Lang } from '../lib/languages.ts';
import { DEFAULT_VIEW, cameraInRegion, parseView, serializeView, type ViewState } from '../lib/url-state.ts';
import { CorridorListControl } from './controls/corridor-list.ts';
import { LayersControl } from './controls/layers.ts';
import { PanControl } from './controls/pan.ts';
import { modeRules, type ModeRules } from './modes.ts';
import { reducedMotion } from './motion.ts';
import { CorridorPanel } from './panel.ts';
import { attachShare } from './share.ts';
import { addShowOnMap, entityPoints } from './show-on-map.ts';
import type { Scheme } from '../lib/cartography.ts';
import { atlasStyle, styleLayersOf, type LayerGroup } from './style.ts';
import { addSymbol } from './symbols.ts';

type Bounds = [number, number, number, number];

const INTERACTIVE = ['corridor-fill', 'place-symbol', 'actor-group', 'actor-symbol'];

const DARK = '(prefers-color-scheme: dark)';
/** The map's colour scheme: the page's explicit choice (`<html data-theme>`), else the system's. */
function pageScheme(): Scheme {
  const chosen = document.documentElement.dataset['theme'];
  if (chosen === 'dark' || chosen === 'light') return chosen;
  return matchMedia(DARK).matches ? 'dark' : 'light';
}

async function loadFont(): Promise<void> {
  const face = new FontFace('Noto Sans', `url(${fontUrl})`);
  document.fonts.add(face);
  await face.load();
}

/** maplibre's stylesheet, as a file linked when the map starts (never blocking the first paint). */
async function loadCss(): Promise<void> {
  const url = cssUrl;
  if (document.querySelector(`link[href="${url}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = url;
  const loaded = new Promise<void>((resolve, reject) => {
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`${url} failed to load`));
  });
  document.head.append(link);
  await loaded;
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export class AtlasMapElement extends HTMLElement {
  map: MapLibreMap | undefined;
  private data: MapData | undefined;
  private popup: PopupType | undefined;
  private selected: string | null = null;
  private selectedEntity: string | null = null;
  private view: ViewState = structuredClone(DEFAULT_VIEW);
  private opener: HTMLElement | null = null;
  private layers!: LayersControl;
  private list!: CorridorListControl;
  private panel: CorridorPanel | undefined;
  private pendingStep: { camera: string; corridor: string | null; national: boolean } | null = null;
  /** The panel a deep link opened before the map started, while it loads. */
  private earlyPanel: Promise<void> | null = null;
  /** The last choice announced, said again before the summary of the view it moved to. */
  private chosen = '';

  get language(): Lang {
    const code = this.dataset['lang'];
    return isLang(code) ? code : DEFAULT_LANG;
  }
  /** What this map's mode does, read from `data-mode` once. */
  rules!: ModeRules;
  /** A site path under the base path. */
  base(path: string): string {
    return withBase(this.dataset['base'] ?? '/', path);
  }
  private text(key: string): string {
    return this.dataset[`t${key}`] ?? '';
  }

  connectedCallback(): void {
    this.rules = modeRules(this.dataset['mode']);
    // The URL's layers apply at once (the checkboxes are the state); the rest once data is here.
    this.view = parseView(
      location.search,
      Object.fromEntries(
        (this.dataset['corridors'] ?? '')
          .split(' ')
          .filter(Boolean)
          .map((id) => [id, []]),
      ),
    );
    this.layers = new LayersControl(this, (group, on) => this.setLayer(group, on));
    this.layers.show(this.view.layers);
    this.list = new CorridorListControl(this, {
      select: (id, link) => {
        this.opener = link;
        void this.selectCorridor(id);
      },
      overview: () => {
        this.closePanel();
        this.fit(this.data?.bounds['border']);
      },
    });
    const panel = this.querySelector<HTMLElement>('[data-panel]');
    if (panel) {
      this.panel = new CorridorPanel(
        panel,
        this.base(`panels/${this.language}/`),
        this.base(localize(this.language, 'corridors/')),
        () => this.closePanel(),
      );
    }
    this.addEventListener('keydown', (event) => {
      // Escape in a dialog closes the dialog only.
      if ((event.target as Element | null)?.closest('dialog')) return;
      if (event.key === 'Escape' && this.selected && this.rules.panel) {
        event.preventDefault();
        this.closePanel();
      }
    });
    attachShare(this);
    this.reveal('js', true);
    // A deep link applies at once on every screen size: its corridor's panel opens now (the map
    // catches up when ready), and the map starts now instead of when scrolled to.
    const { corridor } = this.view;
    if (corridor && this.rules.panel && this.panel) {
      this.selected = corridor;
      this.opener = this.list.link(corridor);
      this.list.mark(corridor);
      // Its selection too, from the panel's own text: without WebGL the map never gets to it.
      const select = new URLSearchParams(location.search).get('select');
      this.earlyPanel = this.panel
        .show(corridor, () => undefined, this.corridorName(corridor))
        .then(() => {
          if (select && this.selected === corridor) this.focusInPanel(select);
        });
    }
    const deepLink = corridor || /[?&]select=/.test(location.search);
    // Otherwise maplibre and the map data load only once the map is on screen; the text never waits for it.
    if ('IntersectionObserver' in window && !deepLink) {
      const observer = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          void this.start();
        }
      });
      observer.observe(this.querySelector('[data-map-canvas]') ?? this);
    } else void this.start();
  }

  /** A corridor's name as the corridor list gives it (its id where there is no list). */
  private corridorName(id: string): string {
    return this.list.link(id)?.textContent ?? id;
  }

  /** Show or hide the controls that need JavaScript or the interactive map (`data-needs`). */
  private reveal(needs: 'js' | 'webgl', on: boolean): void {
    this.querySelectorAll<HTMLElement>(`[data-needs="${needs}"]`).forEach((el) => (el.hidden = !on));
  }

  private status(message: string | null): void {
    const el = this.querySelector<HTMLElement>('[data-map-status]');
    if (!el) return;
    el.hidden = message === null;
    if (message) {
      el.textContent = message;
      this.announce(message);
    }
  }

  /** Say something in the map's polite live region (status, selection, the view after a move). */
  private announce(message: string): void {
    const el = this.querySelector('[data-map-announce]');
    if (el) el.textContent = message;
  }

  /** Announce what was chosen; the view's summary follows it once the camera has moved there. */
  private select(name: string): void {
    this.chosen = this.text('Selected').replace('{name}', name);
    this.announce(this.chosen);
  }

  /** What is drawn in the current view, by kind, named from the map data by feature id. */
  private inView(): ViewContents {
    const map = this.map!;
    const shown = Object.fromEntries(
      (['corridors', 'places', 'actors', 'flows'] as const).map((group) => {
        const layers = styleLayersOf(group).filter(
          (id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none',
        );
        const ids = layers.length ? map.queryRenderedFeatures({ layers }).map((f) => String(f.properties['id'])) : [];
        return [group, new Set(ids)];
      }),
    ) as Record<keyof ViewContents, Set<string>>;
    if (!this.data) return { corridors: [], places: [], actors: [], flows: [] };
    // Actors far out are drawn as one marker per place (its id the place's): they count as in view too.
    return contentsOf(
      this.data,
      this.language,
      this.text('Flow'),
      (kind, p) => shown[kind].has(p.id) || ('place' in p && shown[kind].has(String(p.place))),
    );
  }

  /** Write the current view into the map's description; after a move, also announce its summary. */
  private describe(announce: boolean): void {
    const el = this.querySelector('[data-map-description]');
    if (!this.map || !el) return;
    const words = JSON.parse(this.dataset['tView'] ?? '{}') as ViewWords;
    const { locale } = language(this.language);
    const contents = this.inView();
    el.textContent = describeView(contents, words, locale);
    if (!announce) return;
    this.announce([this.chosen, summarizeView(contents, this.map.getZoom(), words, locale)].filter(Boolean).join(' '));
    this.chosen = '';
  }

  private async start(): Promise<void> {
    const container = this.querySelector<HTMLElement>('[data-map-canvas]')!;
    this.status(this.querySelector<HTMLElement>('[data-map-status]')?.dataset['tLoading'] ?? null);
    try {
      const [maplibre, topo, data] = await Promise.all([
        import('maplibre-gl'),
        fetchJson<Topology>(this.base('map/basemap.json')),
        fetchJson<MapData>(this.base('map/atlas.json')),
        loadCss(),
        loadFont(),
      ]);
      maplibre.setWorkerUrl(workerUrl);
      const layer = (name: string) =>
        feature(topo, topo.objects[name] as GeometryCollection) as GeoJSON.FeatureCollection;
      const basemap = {
        countries: layer('countries'),
        usStates: layer('usStates'),
        mxStates: layer('mxStates'),
        border: layer('border').features[0]!,
      };
      this.data = data;
      // Re-read the view now that the valid selections are known, then normalise the URL.
      this.view = parseView(location.search, this.knownSelections());
      if (!this.rules.keepsCorridorInUrl) this.view.corridor = null;
      // A camera away from everything the atlas shows gives a blank map: use the focus's view instead.
      const border = data.bounds['border'];
      if (this.view.camera && border && !cameraInRegion(this.view.camera, border)) this.view.camera = null;
      this.writeUrl(false);
      const focus = this.dataset['focus'] || this.view.corridor || 'border';
      const camera = this.view.camera;
      let scheme = pageScheme();
      const style = () =>
        atlasStyle({
          basemap,
          atlas: data,
          lang: this.language,
          visible: this.layers.visible(),
          scheme,
          flowTo: this.text('FlowTo'),
        });
      const map = new maplibre.Map({
        container,
        style: style(),
        ...(camera
          ? { center: [camera.lon, camera.lat] as [number, number], zoom: camera.zoom }
          : { bounds: data.bounds[focus] ?? data.bounds['border'] }),
        fitBoundsOptions: { padding: { top: 48, bottom: 32, left: 32, right: 32 } },
        attributionControl: { compact: true, customAttribution: this.text('Attribution') },
        canvasContextAttributes: { preserveDrawingBuffer: true },
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        maxZoom: 12,
        minZoom: 2,
        locale: {
          'Map.Title': this.text('MapTitle'),
          'NavigationControl.ZoomIn': this.text('ZoomIn'),
          'NavigationControl.ZoomOut': this.text('ZoomOut'),
          'NavigationControl.ResetBearing': this.text('ResetBearing'),
          'AttributionControl.ToggleAttribution': this.text('ToggleAttribution'),
          'Popup.Close': this.text('PopupClose'),
        },
      });
      this.map = map;
      map.touchZoomRotate.disableRotation();
      map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
      map.addControl(new PanControl((key) => this.text(key)), 'top-right');
      map.addControl(new maplibre.ScaleControl({ unit: 'metric', maxWidth: 90 }), 'top-left');
      map.addControl(new maplibre.ScaleControl({ unit: 'imperial', maxWidth: 90 }), 'top-left');
      // The map follows the page's scheme live: the system's, or the reader's explicit choice.
      const followScheme = () => {
        if (pageScheme() === scheme) return;
        scheme = pageScheme();
        map.setStyle(style());
        map.once('styledata', () => this.highlight(this.selected));
      };
      matchMedia(DARK).addEventListener('change', followScheme);
      new MutationObserver(followScheme).observe(document.documentElement, { attributeFilter: ['data-theme'] });
      // If the browser drops the WebGL context (memory pressure, GPU reset), the static map (shown
      // by CSS in this state) and a message stand in until it is back (it may never be).
      map.getCanvas().addEventListener('webglcontextrestored', () => {
        this.dataset['state'] = 'ready';
        this.status(null);
        map.triggerRepaint();
      });
      map.getCanvas().addEventListener('webglcontextlost', () => {
        this.dataset['state'] = 'context-lost';
        this.status(this.text('ContextLost'));
      });
      // Symbols are drawn on first demand, so no layer ever lacks its image.
      map.setMissingStyleImageResolver((id) => addSymbol(map, id));
      this.popup = new maplibre.Popup({ closeButton: false, closeOnClick: false, className: 'atlas-tooltip' });
      map.on('mousemove', (e) => this.hover(e));
      map.on('mouseout', () => this.popup?.remove());
      map.on('click', (e) => this.onMapClick(e));
      map.on('moveend', () => {
        this.recordCamera();
        this.writeUrl(true);
        // Wait for the new view's symbols to be placed, then put it in words.
        if (this.dataset['state'] === 'ready') map.once('idle', () => this.describe(true));
      });
      map.once('idle', () => {
        this.status(null);
        this.querySelector('[data-static-map]')?.setAttribute('hidden', '');
        this.recordCamera();
        const focusId = this.dataset['focus'];
        if (this.rules.pageIsCorridor && focusId) {
          this.highlight(focusId);
          const article = document.querySelector('article.corridor');
          if (article) this.addShowOnMap(article, focusId);
        }
        const { corridor, select } = this.view;
        if (corridor && this.rules.keepsCorridorInUrl) {
          if (this.earlyPanel)
            void this.earlyPanel.then(() => {
              if (this.adoptPanel(corridor) && select) void this.showEntity(corridor, select);
            });
          else
            void this.selectCorridor(corridor, { moveCamera: !camera }).then(() => {
              if (select) void this.showEntity(corridor, select);
            });
        } else if (select && focusId) void this.showEntity(focusId, select);
        // maplibre opens the compact attribution at first; on a phone it would cover a fifth of the
        // map. It starts closed, its (i) button opens it, and the sources are also under the map.
        const attribution = container.querySelector('.maplibregl-compact-show');
        attribution?.classList.remove('maplibregl-compact-show');
        attribution?.setAttribute('open', '');
        container.setAttribute('aria-describedby', this.querySelector('[data-map-description]')?.id ?? '');
        this.describe(false);
        this.dataset['readyAt'] = String(Math.round(performance.now()));
        this.dataset['state'] = 'ready';
        this.reveal('webgl', true);
        if (this.pendingStep) this.presentStep(this.pendingStep);
        this.dispatchEvent(new CustomEvent('atlas-map:ready', { bubbles: true }));
      });
    } catch (error) {
      console.warn('Interactive map unavailable:', error);
      this.dataset['state'] = 'failed';
      this.status(this.text('Failed'));
    }
  }

  /** Valid `select` values per corridor: its places, then its actors. */
  private knownSelections(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const kind of ['place', 'actor'] as const)
      for (const f of this.data?.[`${kind}s`].features ?? [])
        (out[String(f.properties?.['corridor'])] ??= []).push(`${kind}-${f.properties?.['id']}`);
    return out;
  }

  /** Put the current view in the URL (replacing, never adding, history entries). */
  private writeUrl(withCamera: boolean): void {
    if (this.rules.leavesUrlAlone) return;
    const c = this.map?.getCenter();
    const view: ViewState = {
      corridor: this.rules.keepsCorridorInUrl ? this.selected : null,
      select: this.selectedEntity,
      layers: this.layers.visible(),
      camera: withCamera && c && this.map ? { lon: c.lng, lat: c.lat, zoom: this.map.getZoom() } : this.view.camera,
      ...(this.view.theme && { theme: this.view.theme }),
    };
    // A place or actor outside the panel is on the page, not inside a selected corridor.
    if (!this.rules.panel && this.selectedEntity) view.corridor = null;
    const search = serializeView(view);
    const url = `${location.pathname}${search}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
  }

  private recordCamera(): void {
    if (!this.map) return;
    const c = this.map.getCenter();
    this.dataset['camera'] = `${c.lng.toFixed(4)},${c.lat.toFixed(4)},${this.map.getZoom().toFixed(2)}`;
  }

  private features(e: MapMouseEvent): MapGeoJSONFeature[] {
    const layers = INTERACTIVE.filter(
      (id) => this.map?.getLayer(id) && this.map.getLayoutProperty(id, 'visibility') !== 'none',
    );
    return this.map!.queryRenderedFeatures(e.point, { layers });
  }

  private hover(e: MapMouseEvent): void {
    const [top] = this.features(e);
    this.map!.getCanvas().style.cursor = top ? 'pointer' : '';
    if (!top) {
      this.popup?.remove();
      return;
    }
    const label = String(top.properties[`name_${this.language}`] ?? '');
    if (!label) {
      this.popup?.remove();
      return;
    }
    this.popup!.setLngLat(e.lngLat).setText(label).addTo(this.map!);
  }

  private onMapClick(e: MapMouseEvent): void {
    const [top] = this.features(e);
    if (!top) return;
    const props = top.properties as Record<string, string>;
    if (top.layer.id === 'corridor-fill') {
      this.opener = null;
      void this.selectCorridor(props['id']!);
    } else if (top.layer.id === 'place-symbol' || top.layer.id === 'actor-group')
      void this.showEntity(props['corridor']!, `place-${props['id']}`);
    else if (top.layer.id === 'actor-symbol') void this.showEntity(props['corridor']!, `actor-${props['id']}`);
  }

  private fit(bounds: Bounds | undefined): void {
    if (!this.map || !bounds) return;
    this.map.fitBounds(bounds, {
      padding: { top: 56, bottom: 40, left: 40, right: 40 },
      duration: reducedMotion() ? 0 : 1000,
    });
  }

  private highlight(id: string | null): void {
    if (!this.map?.getSource('corridors')) return;
    for (const f of this.data?.corridors.features ?? []) {
      const fid = String(f.properties?.['id']);
      this.map.setFeatureState({ source: 'corridors', id: fid }, { selected: fid === id });
    }
  }

  setLayer(group: LayerGroup, on: boolean): void {
    this.layers.set(group, on);
    for (const id of styleLayersOf(group))
      if (this.map?.getLayer(id)) this.map.setLayoutProperty(id, 'visibility', on ? 'visible' : 'none');
    this.dataset['layers'] = this.layers.visible().join(',');
    this.writeUrl(true);
    this.map?.once('idle', () => this.describe(false));
  }

  /** Choose a corridor: move the camera; where the mode selects, highlight it and open its panel. */
  async selectCorridor(id: string, { moveCamera = true } = {}): Promise<void> {
    if (!this.rules.keepsCorridorInUrl) {
      this.fit(this.data?.bounds[id]);
      return;
    }
    this.selected = id;
    if (this.rules.panel) {
      this.selectedEntity = null;
      this.opener ??= this.list.link(id);
    }
    this.highlight(id);
    if (moveCamera) this.fit(this.data?.bounds[id]);
    this.select(this.corridorName(id));
    this.writeUrl(true);
    if (!this.rules.panel) return;
    this.list.mark(id);
    await this.panel?.show(id, (fragment) => this.addShowOnMap(fragment, id), this.corridorName(id));
  }

  /** The map catches up with a panel a deep link opened before it: highlight and "Show on map".
   * False if the reader has chosen something else meanwhile. */
  private adoptPanel(id: string): boolean {
    if (this.selected !== id) return false;
    this.highlight(id);
    const body = this.querySelector('[data-panel-body]');
    if (body) this.addShowOnMap(body, id);
    return true;
  }

  /** Show a place or actor: in the panel on the atlas, on the page itself on a corridor page. */
  async showEntity(corridor: string, anchor: string): Promise<void> {
    if (this.rules.panel) {
      if (this.selected !== corridor) await this.selectCorridor(corridor);
      this.selectedEntity = anchor;
      this.writeUrl(true);
      this.focusInPanel(anchor);
      return;
    }
    if (!this.rules.entitiesOnPage) return;
    const target = document.getElementById(anchor);
    if (target) {
      this.selectedEntity = anchor;
      history.replaceState(history.state, '', `${location.pathname}${location.search}#${anchor}`);
      this.writeUrl(true);
      target.scrollIntoView({ behavior: reducedMotion() ? 'auto' : 'smooth' });
      target.querySelector<HTMLElement>('h3')?.focus();
    }
  }

  /** Bring a place or actor of the open panel into view and focus its heading. */
  private focusInPanel(anchor: string): void {
    const target = this.querySelector<HTMLElement>(`[data-panel] [id="panel-${CSS.escape(anchor)}"]`);
    target?.scrollIntoView({ block: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' });
    const heading = target?.querySelector<HTMLElement>('h3, h4');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  }

  /** Presenter mode: show a step's camera, highlighted corridor and layers (queued until ready). */
  presentStep(step: { camera: string; corridor: string | null; national: boolean }): void {
    if (this.dataset['state'] !== 'ready') {
      this.pendingStep = step;
      return;
    }
    this.highlight(step.corridor);
    this.setLayer('national', step.national);
    this.fit(this.data?.bounds[step.camera]);
  }

  /** Move the camera to a place or actor's location. */
  flyToPoint(coordinates: [number, number]): void {
    this.map?.easeTo({
      center: coordinates,
      zoom: Math.max(this.map.getZoom(), 8),
      duration: reducedMotion() ? 0 : 800,
    });
  }

  /** "Show on map" buttons for a corridor's places and actors in `root` (its page or the panel). */
  private addShowOnMap(root: ParentNode, corridor: string): void {
    if (!this.data) return;
    addShowOnMap(root, entityPoints(this.data, corridor), this.text('ShowOnMap'), (anchor, at, name) => {
      this.selectedEntity = anchor;
      this.flyToPoint(at);
      this.select(name);
    });
  }

  closePanel(): void {
    if (!this.panel?.open) return;
    this.panel.hide();
    this.selected = null;
    this.selectedEntity = null;
    this.highlight(null);
    this.list.mark(null);
    const back = this.opener ?? this.list.link();
    this.opener = null;
    this.writeUrl(true);
    back?.focus();
  }

  /** Ids of features drawn on screen in a style layer (used by tests and by nothing else). */
  renderedFeatureIds(layer: string): string[] {
    if (!this.map?.getLayer(layer)) return [];
    return [
      ...new Set(
        this.map
          .queryRenderedFeatures({ layers: [layer] })
          .map((f) => String(f.properties['id'] ?? f.properties['iso'] ?? f.id)),
      ),
    ];
  }
}

if (!customElements.get('atlas-map')) customElements.define('atlas-map', AtlasMapElement);
