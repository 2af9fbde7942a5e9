/** Whether the reader asked for less motion: camera moves and scrolls then happen at once. */
export const reducedMotion = (): boolean => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
