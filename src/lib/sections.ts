/**
 * The sections of a corridor, once, in page order: which field of the corridor file each shows, its
 * anchor, its label and how its statements are anchored. The corridor page and panel, the list of
 * statements the rules and the register read, the "on this page" list and the interface-text test
 * all follow this list.
 */
import type { Corridor, Statement } from './schema.ts';

/** How a section's statements are laid out and anchored on the page. */
export type SectionKind = 'list' | 'figures' | 'places' | 'actors' | 'state_involvement' | 'flows';

export interface CorridorSection {
  /** The field of the corridor file; also the section name in the register (`section.<field>` labels it). */
  readonly field: keyof Corridor;
  /** The section's anchor on the page, e.g. `state-involvement`. */
  readonly id: string;
  readonly kind: SectionKind;
  /** Shown even when empty (the data requires at least one statement there). */
  readonly always: boolean;
  /** Printed on the one-page handout. */
  readonly print: boolean;
}

export const CORRIDOR_SECTIONS = [
  { field: 'summary', id: 'summary', kind: 'list', always: true, print: true },
  { field: 'figures', id: 'figures', kind: 'figures', always: false, print: false },
  { field: 'places', id: 'places', kind: 'places', always: true, print: false },
  { field: 'actors', id: 'actors', kind: 'actors', always: true, print: false },
  { field: 'state_involvement', id: 'state-involvement', kind: 'state_involvement', always: true, print: false },
  { field: 'smuggling_nexus', id: 'smuggling-nexus', kind: 'list', always: true, print: false },
  { field: 'victims', id: 'victims', kind: 'list', always: true, print: false },
  { field: 'recruitment', id: 'recruitment', kind: 'list', always: true, print: false },
  { field: 'flows', id: 'flows', kind: 'flows', always: false, print: false },
  { field: 'data_gaps', id: 'data-gaps', kind: 'list', always: true, print: false },
  { field: 'unverified', id: 'unverified', kind: 'list', always: false, print: false },
] as const satisfies readonly CorridorSection[];

export type CorridorSectionField = (typeof CORRIDOR_SECTIONS)[number]['field'];
/** The fields shown as plain lists of statements. */
export type ListField = Extract<(typeof CORRIDOR_SECTIONS)[number], { kind: 'list' }>['field'];

/** A statement of a section with its field path (in the corridor file) and anchor (on the page). */
export interface SectionStatement {
  statement: Statement;
  field: string;
  anchor: string;
}

/**
 * The statements a section shows, with their field paths and anchors.
 * @example sectionStatements(corridor, CORRIDOR_SECTIONS[0])[0]?.anchor // => 'summary-1'
 */
export function sectionStatements(c: Corridor, s: (typeof CORRIDOR_SECTIONS)[number]): SectionStatement[] {
  switch (s.kind) {
    case 'list':
      return c[s.field].map((statement, i) => ({ statement, field: `${s.field}[${i}]`, anchor: `${s.id}-${i + 1}` }));
    case 'state_involvement':
      return c.state_involvement.map((statement, i) => ({
        statement,
        field: `state_involvement[${i}]`,
        anchor: `${s.id}-${i + 1}`,
      }));
    case 'places':
      return c.places.map((p, i) => ({ statement: p.about, field: `places[${i}].about`, anchor: `place-${p.id}` }));
    case 'actors':
      return c.actors.flatMap((a, i) =>
        a.statements.map((statement, j) => ({
          statement,
          field: `actors[${i}].statements[${j}]`,
          anchor: `actor-${a.id}`,
        })),
      );
    case 'flows':
      return c.flows.map((f, i) => ({ statement: f.about, field: `flows[${i}].about`, anchor: `flow-${f.id}` }));
    case 'figures':
      return c.figures.map((f, i) => ({ statement: f.about, field: `figures[${i}].about`, anchor: `figure-${f.id}` }));
  }
}

/** Whether a corridor shows a section: always for required fields, otherwise when it has something. */
export const showsSection = (c: Corridor, s: (typeof CORRIDOR_SECTIONS)[number]): boolean =>
  s.always || c[s.field].length > 0;
