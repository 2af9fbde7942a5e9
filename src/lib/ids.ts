/** Fixed ids shared by the schemas and the browser code (no zod here, so it stays small). */
export const CORRIDOR_IDS = ['tijuana-mexicali', 'sonoran-desert', 'ciudad-juarez', 'tamaulipas'] as const;
export type CorridorId = (typeof CORRIDOR_IDS)[number];
