// "Show on map" buttons for the places and actors of a corridor's text (its page or the atlas's
// panel), so each is selectable on the map without a mouse.

type Point = [number, number];

/** Where each place and actor of a corridor is, keyed by its anchor (`place-altar`, `actor-cjng`). */
export function entityPoints(
  data: { places: GeoJSON.FeatureCollection; actors: GeoJSON.FeatureCollection },
  corridor: string,
): Map<string, Point> {
  const points = new Map<string, Point>();
  for (const f of data.places.features)
    points.set(`place-${f.properties?.['id']}`, (f.geometry as GeoJSON.Point).coordinates as Point);
  for (const f of data.actors.features)
    if (f.properties?.['corridor'] === corridor && !points.has(`actor-${f.properties?.['id']}`))
      points.set(`actor-${f.properties?.['id']}`, (f.geometry as GeoJSON.Point).coordinates as Point);
  return points;
}

/** Add a button after the heading of every `[data-place]` and `[data-actor]` under `root`. */
export function addShowOnMap(
  root: ParentNode,
  points: Map<string, Point>,
  label: string,
  show: (anchor: string, at: Point, name: string) => void,
): void {
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
    button.addEventListener('click', () => show(key, at, heading.textContent?.trim() ?? ''));
    heading.after(button);
  });
}
