/**
 * The four frames a map appears in, and what each one does: one table read by the map element
 * instead of comparing the mode as a string wherever behaviour differs.
 */
export type MapMode = 'atlas' | 'corridor' | 'embed' | 'present';

/** What a mode does; a rule left out is off. */
export interface ModeRules {
  /** Choosing a corridor highlights it and makes it the selection, kept in the URL's `corridor`
   * (read when the map starts, written back); otherwise choosing a corridor only moves the camera. */
  keepsCorridorInUrl?: true;
  /** The selection opens the corridor's panel, which Escape closes; places and actors show in it. */
  panel?: true;
  /** Places and actors chosen on the map are shown on the page around it. */
  entitiesOnPage?: true;
  /** The page is the focused corridor's own page: the map highlights it, the page's places and
   * actors get "Show on map" buttons, and an embed of the view names the corridor. */
  pageIsCorridor?: true;
  /** The map never writes its view into the URL (a presentation keeps only its `step` there). */
  leavesUrlAlone?: true;
}

export const MODES: Record<MapMode, ModeRules> = {
  atlas: { keepsCorridorInUrl: true, panel: true },
  corridor: { entitiesOnPage: true, pageIsCorridor: true },
  embed: { keepsCorridorInUrl: true },
  present: { entitiesOnPage: true, leavesUrlAlone: true },
};

/** The rules of the mode a `data-mode` attribute names; any other value is a mistake in the page. */
export function modeRules(value: string | undefined): ModeRules {
  if (value && Object.hasOwn(MODES, value)) return MODES[value as MapMode];
  throw new Error(`<atlas-map data-mode="${value}">`);
}
