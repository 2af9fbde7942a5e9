/**
 * <atlas-map>: the one map custom element. It reads its settings from data attributes, enhances the
 * server-rendered controls inside it (corridor list, layer checkboxes, panel) and loads maplibre-gl
 * and the map data only when it starts. Everything it shows is also on the page as text.
 */
import type { Map as MapLibreMap, MapGeoJSONFeature, MapMouseEvent, Popup as PopupType } from 'maplibre-gl';
import { DEFAULT_VIEW, parseView, serializeView, type LayerId, type ViewState } from '../lib/url-state.ts';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { attachShare } from './share.ts';
import { addSymbols } from './symbols.ts';
import { atlasStyle, DEFAULT_GROUPS, styleLayersOf, type LayerGroup } from './style.ts';

type Lang = 'en' | 'es';
type Bounds = [number, number, number, number];
interface MapData {
  corridors: GeoJSON.FeatureCollection;
  labels: GeoJSON.FeatureCollection;
  places: GeoJSON.FeatureCollection;
  actors: GeoJSON.FeatureCollection;
  flows: GeoJSON.FeatureCollection;
  national: Record<string, string>;
  bounds: Record<string, Bounds>;
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const INTERACTIVE = ['corridor-fill', 'place-symbol', 'actor-symbol'];

async function loadFont(): Promise<void> {
  const { default: url } = await import('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url');
  const face = new FontFace('Noto Sans', `url(${url})`);
  document.fonts.add(face);
  await face.load();
}

/** maplibre's stylesheet, as a file linked when the map starts (never blocking the first paint). */
async function loadCss(): Promise<void> {
  const { default: url } = await import('maplibre-gl/dist/maplibre-gl.css?url');
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
  private panelRequest = 0;

  get language(): Lang {
    return this.dataset['lang'] === 'es' ? 'es' : 'en';
  }
  private get base(): string {
    return (this.dataset['base'] ?? '/').replace(/\/?$/, '/');
  }
  private text(key: string): string {
    return this.dataset[`t${key}`] ?? '';
  }

  connectedCallback(): void {
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
    this.querySelectorAll<HTMLInputElement>('input[data-layer]').forEach((box) => {
      box.checked = this.view.layers.includes(box.dataset['layer'] as LayerId);
    });
    this.querySelectorAll<HTMLAnchorElement>('[data-select-corridor]').forEach((link) =>
      link.addEventListener('click', (event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        this.opener = link;
        void this.selectCorridor(link.dataset['selectCorridor']!);
      }),
    );
    this.querySelector('[data-select-overview]')?.addEventListener('click', (event) => {
      event.preventDefault();
      this.closePanel();
      this.fit(this.data?.bounds['border']);
    });
    this.querySelectorAll<HTMLInputElement>('input[data-layer]').forEach((box) =>
      box.addEventListener('change', () => this.setLayer(box.dataset['layer'] as LayerGroup, box.checked)),
    );
    this.querySelector('[data-panel-close]')?.addEventListener('click', () => this.closePanel());
    this.addEventListener('keydown', (event) => {
      // Escape in a dialog closes the dialog only.
      if ((event.target as Element | null)?.closest('dialog')) return;
      if (event.key === 'Escape' && this.selected && this.dataset['mode'] === 'atlas') {
        event.preventDefault();
        this.closePanel();
      }
    });
    attachShare(this);
    // maplibre and the map data load only once the map is on screen; the text never waits for it.
    if ('IntersectionObserver' in window) {
      const observer = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          void this.start();
        }
      });
      observer.observe(this.querySelector('[data-map-canvas]') ?? this);
    } else void this.start();
  }

  private status(message: string | null): void {
    const el = this.querySelector<HTMLElement>('[data-map-status]');
    if (!el) return;
    el.hidden = message === null;
    if (message) el.textContent = message;
  }

  private visibleGroups(): LayerGroup[] {
    const boxes = [...this.querySelectorAll<HTMLInputElement>('input[data-layer]')];
    if (!boxes.length) return DEFAULT_GROUPS;
    return boxes.filter((b) => b.checked).map((b) => b.dataset['layer'] as LayerGroup);
  }

  private async start(): Promise<void> {
    const container = this.querySelector<HTMLElement>('[data-map-canvas]')!;
    this.status(this.querySelector<HTMLElement>('[data-map-status]')?.dataset['tLoading'] ?? null);
    try {
      const [maplibre, worker, topo, data] = await Promise.all([
        import('maplibre-gl'),
        import('maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url'),
        fetchJson<Topology>(`${this.base}map/basemap.json`),
        fetchJson<MapData>(`${this.base}map/atlas.json`),
        loadCss(),
        loadFont(),
      ]);
      maplibre.setWorkerUrl(worker.default);
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
      if (this.dataset['mode'] === 'corridor' || this.dataset['mode'] === 'present') this.view.corridor = null;
      this.writeUrl(false);
      const focus = this.dataset['focus'] || this.view.corridor || 'border';
      const camera = this.view.camera;
      const map = new maplibre.Map({
        container,
        style: atlasStyle({ basemap, atlas: data, lang: this.language, visible: this.visibleGroups() }),
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
      map.addControl(this.panControl(map), 'top-right');
      // If the browser drops the WebGL context (memory pressure, GPU reset), redraw once it is back.
      map.getCanvas().addEventListener('webglcontextrestored', () => {
        this.dataset['state'] = 'ready';
        map.triggerRepaint();
      });
      map.getCanvas().addEventListener('webglcontextlost', () => {
        this.dataset['state'] = 'context-lost';
      });
      // Symbols are drawn on first demand, so no layer ever lacks its image.
      map.setMissingStyleImageResolver(() => {
        if (!map.hasImage('place-border-city')) addSymbols(map);
      });
      this.popup = new maplibre.Popup({ closeButton: false, closeOnClick: false, className: 'atlas-tooltip' });
      map.on('mousemove', (e) => this.hover(e));
      map.on('mouseout', () => this.popup?.remove());
      map.on('click', (e) => this.onMapClick(e));
      map.on('moveend', () => {
        this.recordCamera();
        this.writeUrl(true);
      });
      map.once('idle', () => {
        this.status(null);
        this.querySelector('[data-static-map]')?.setAttribute('hidden', '');
        this.recordCamera();
        const focusId = this.dataset['focus'];
        if (this.dataset['mode'] === 'corridor' && focusId) {
          this.highlight(focusId);
          const article = document.querySelector('article.corridor');
          if (article) this.addShowOnMap(article, focusId);
        }
        const { corridor, select } = this.view;
        if (corridor && this.dataset['mode'] !== 'corridor')
          void this.selectCorridor(corridor, { moveCamera: !camera }).then(() => {
            if (select) void this.showEntity(corridor, select);
          });
        else if (select && this.dataset['focus']) void this.showEntity(this.dataset['focus'], select);
        this.dataset['readyAt'] = String(Math.round(performance.now()));
        this.dataset['state'] = 'ready';
        if (this.pendingStep) this.presentStep(this.pendingStep);
        this.dispatchEvent(new CustomEvent('atlas-map:ready', { bubbles: true }));
      });
    } catch (error) {
      console.warn('Interactive map unavailable:', error);
      this.dataset['state'] = 'failed';
      this.status(this.text('Failed'));
    }
  }

  /** Valid `select` values per corridor: its places and actors. */
  private knownSelections(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const f of [...(this.data?.places.features ?? []), ...(this.data?.actors.features ?? [])]) {
      const corridor = String(f.properties?.['corridor']);
      const kind = this.data?.places.features.includes(f) ? 'place' : 'actor';
      (out[corridor] ??= []).push(`${kind}-${f.properties?.['id']}`);
    }
    return out;
  }

  /** Put the current view in the URL (replacing, never adding, history entries). */
  private writeUrl(withCamera: boolean): void {
    if (this.dataset['mode'] === 'present') return;
    const c = this.map?.getCenter();
    const view: ViewState = {
      corridor: this.dataset['mode'] !== 'corridor' ? this.selected : null,
      select: this.selectedEntity,
      layers: this.visibleGroups(),
      camera: withCamera && c && this.map ? { lon: c.lng, lat: c.lat, zoom: this.map.getZoom() } : this.view.camera,
    };
    if (this.dataset['mode'] !== 'atlas' && this.selectedEntity) view.corridor = null;
    const search = serializeView(view);
    const url = `${location.pathname}${search}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
  }

  /** Buttons to pan without dragging (the canvas's arrow keys need focus on the map). */
  private panControl(map: MapLibreMap): import('maplibre-gl').IControl {
    const el = document.createElement('div');
    el.className = 'maplibregl-ctrl maplibregl-ctrl-group atlas-pan';
    const moves: Array<[string, string, [number, number]]> = [
      ['PanNorth', '↑', [0, -120]],
      ['PanWest', '←', [-120, 0]],
      ['PanEast', '→', [120, 0]],
      ['PanSouth', '↓', [0, 120]],
    ];
    for (const [key, arrow, offset] of moves) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = arrow;
      b.setAttribute('aria-label', this.text(key));
      b.title = this.text(key);
      b.dataset['pan'] = key;
      b.addEventListener('click', () => map.panBy(offset, { duration: reducedMotion() ? 0 : 300 }));
      el.append(b);
    }
    return { onAdd: () => el, onRemove: () => el.remove() };
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
    this.popup!.setLngLat(e.lngLat).setText(label).addTo(this.map!);
  }

  private onMapClick(e: MapMouseEvent): void {
    const [top] = this.features(e);
    if (!top) return;
    const props = top.properties as Record<string, string>;
    if (top.layer.id === 'corridor-fill') {
      this.opener = null;
      void this.selectCorridor(props['id']!);
    } else if (top.layer.id === 'place-symbol') void this.showEntity(props['corridor']!, `place-${props['id']}`);
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
    const box = this.querySelector<HTMLInputElement>(`input[data-layer="${group}"]`);
    if (box) box.checked = on;
    for (const id of styleLayersOf(group))
      if (this.map?.getLayer(id)) this.map.setLayoutProperty(id, 'visibility', on ? 'visible' : 'none');
    this.dataset['layers'] = this.visibleGroups().join(',');
    this.writeUrl(true);
  }

  /** Choose a corridor: move the camera, highlight it, open its panel (atlas) or stay on its page. */
  async selectCorridor(id: string, { moveCamera = true } = {}): Promise<void> {
    if (this.dataset['mode'] === 'embed') {
      this.selected = id;
      this.highlight(id);
      if (moveCamera) this.fit(this.data?.bounds[id]);
      this.writeUrl(true);
      return;
    }
    if (this.dataset['mode'] !== 'atlas') {
      this.fit(this.data?.bounds[id]);
      return;
    }
    this.selected = id;
    this.selectedEntity = null;
    this.opener ??= this.querySelector<HTMLElement>(`[data-select-corridor="${id}"]`);
    this.highlight(id);
    if (moveCamera) this.fit(this.data?.bounds[id]);
    this.writeUrl(true);
    this.querySelectorAll<HTMLElement>('[data-select-corridor]').forEach((l) =>
      l.setAttribute('aria-current', String(l.dataset['selectCorridor'] === id)),
    );
    await this.openPanel(id);
  }

  /** Show a place or actor: in the panel on the atlas, on the page itself on a corridor page. */
  async showEntity(corridor: string, anchor: string): Promise<void> {
    if (this.dataset['mode'] === 'embed') return;
    if (this.dataset['mode'] === 'atlas') {
      if (this.selected !== corridor) await this.selectCorridor(corridor);
      this.selectedEntity = anchor;
      this.writeUrl(true);
      const target = this.querySelector<HTMLElement>(`[data-panel] [id="panel-${anchor}"]`);
      target?.scrollIntoView({ block: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' });
      target?.querySelector<HTMLElement>('h3, h4')?.focus();
      return;
    }
    const target = document.getElementById(anchor);
    if (target) {
      this.selectedEntity = anchor;
      history.replaceState(history.state, '', `${location.pathname}${location.search}#${anchor}`);
      this.writeUrl(true);
      target.scrollIntoView({ behavior: reducedMotion() ? 'auto' : 'smooth' });
      target.querySelector<HTMLElement>('h3')?.focus();
    }
  }

  private pendingStep: { camera: string; corridor: string | null; national: boolean } | null = null;

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

  private async openPanel(id: string): Promise<void> {
    const panel = this.querySelector<HTMLElement>('[data-panel]');
    if (!panel) return;
    const request = ++this.panelRequest;
    const pageUrl = `${this.base}${this.language === 'es' ? 'es/' : ''}corridors/${id}/`;
    const html = await (await fetch(pageUrl)).text();
    if (request !== this.panelRequest) return;
    const article = new DOMParser().parseFromString(html, 'text/html').querySelector('article.corridor');
    if (!article) return;
    // Our own pages, re-labelled so ids and headings fit inside this page.
    article.querySelectorAll('nav, .pager, [data-map-section]').forEach((n) => n.remove());
    article.querySelectorAll('[id]').forEach((n) => (n.id = `panel-${n.id}`));
    for (const attr of ['aria-labelledby', 'aria-describedby', 'aria-controls'])
      article.querySelectorAll(`[${attr}]`).forEach((n) =>
        n.setAttribute(
          attr,
          n
            .getAttribute(attr)!
            .split(/\s+/)
            .map((id) => `panel-${id}`)
            .join(' '),
        ),
      );
    article
      .querySelectorAll<HTMLAnchorElement>('a[href^="#"]')
      .forEach((a) => a.setAttribute('href', `#panel-${a.getAttribute('href')!.slice(1)}`));
    for (const level of [3, 2])
      article.querySelectorAll(`h${level}`).forEach((h) => {
        const next = document.createElement(`h${level + 1}`);
        next.innerHTML = h.innerHTML;
        for (const attr of h.attributes) next.setAttribute(attr.name, attr.value);
        h.replaceWith(next);
      });
    const title = article.querySelector('h1');
    const body = panel.querySelector<HTMLElement>('[data-panel-body]')!;
    panel.querySelector<HTMLElement>('[data-panel-title]')!.textContent = title?.textContent ?? '';
    title?.remove();
    this.addShowOnMap(article, id);
    body.replaceChildren(...article.childNodes);
    panel.querySelector<HTMLAnchorElement>('[data-panel-link]')!.href = pageUrl;
    panel.hidden = false;
    panel.scrollTop = 0;
    panel.querySelector<HTMLElement>('[data-panel-title]')!.focus();
  }

  /** "Show on map" buttons for places and actors, so they are selectable without a mouse. */
  private addShowOnMap(root: ParentNode, corridor: string): void {
    const label = this.text('ShowOnMap');
    const points = new Map<string, [number, number]>();
    for (const f of this.data?.places.features ?? [])
      points.set(`place-${f.properties?.['id']}`, (f.geometry as GeoJSON.Point).coordinates as [number, number]);
    for (const f of this.data?.actors.features ?? [])
      if (f.properties?.['corridor'] === corridor && !points.has(`actor-${f.properties?.['id']}`))
        points.set(`actor-${f.properties?.['id']}`, (f.geometry as GeoJSON.Point).coordinates as [number, number]);
    root.querySelectorAll<HTMLElement>('[data-place], [data-actor]').forEach((entity) => {
      const key = entity.dataset['place'] ? `place-${entity.dataset['place']}` : `actor-${entity.dataset['actor']}`;
      const at = points.get(key);
      const heading = entity.querySelector('h3, h4');
      if (!at || !heading) return;
      heading.setAttribute('tabindex', '-1');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'show-on-map';
      button.textContent = label;
      button.setAttribute('aria-label', `${label}: ${heading.textContent ?? ''}`);
      button.addEventListener('click', () => {
        this.selectedEntity = key;
        this.flyToPoint(at);
        this.querySelector<HTMLElement>('[data-map-canvas] canvas')?.scrollIntoView({ block: 'nearest' });
      });
      heading.after(button);
    });
  }

  closePanel(): void {
    const panel = this.querySelector<HTMLElement>('[data-panel]');
    if (!panel || panel.hidden) return;
    panel.hidden = true;
    this.selected = null;
    this.selectedEntity = null;
    this.highlight(null);
    this.querySelectorAll('[data-select-corridor]').forEach((l) => l.setAttribute('aria-current', 'false'));
    const back = this.opener ?? this.querySelector<HTMLElement>('[data-select-corridor]');
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
