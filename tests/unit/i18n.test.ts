import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { format, tableProblems, ui, useTranslations } from '../../src/i18n/index.ts';
import { LANGUAGES } from '../../src/lib/languages.ts';
import { CORRIDOR_SECTIONS } from '../../src/lib/sections.ts';
import {
  ACTOR_ROLES,
  ACTOR_TYPES,
  FLOW_KINDS,
  PLACE_ROLES,
  SOURCE_KINDS,
  STATE_INVOLVEMENT_KINDS,
} from '../../src/lib/schema.ts';

describe('interface text', () => {
  it('has a complete table for every language of the list: same keys, none empty, same placeholders', () => {
    expect(Object.keys(ui)).toEqual(LANGUAGES.map((l) => l.code));
    for (const l of LANGUAGES) expect(tableProblems(ui[l.code]), l.code).toEqual([]);
  });

  it('names what is wrong with a table', () => {
    const broken: Record<string, string> = { ...es, 'corridor.number': 'Corredor {n}', 'site.title': ' ', extra: 'x' };
    delete broken['nav.home'];
    expect(tableProblems(broken)).toEqual([
      'site.title: empty',
      'nav.home: missing',
      'corridor.number: placeholders {n} where English has {count}, {n}',
      'extra: not an interface key',
    ]);
  });

  it('has a label for every value the data can hold', () => {
    const needed = [
      ...PLACE_ROLES.map((r) => `role.${r}`),
      ...ACTOR_TYPES.map((r) => `actorType.${r}`),
      ...ACTOR_ROLES.map((r) => `actorRole.${r}`),
      ...STATE_INVOLVEMENT_KINDS.map((r) => `stateKind.${r}`),
      ...FLOW_KINDS.map((r) => `flowKind.${r}`),
      ...SOURCE_KINDS.map((r) => `kind.${r}`),
    ];
    // Every section a statement can sit in (src/lib/sections.ts and the report's own) is named in the register's backlinks.
    const sections = [
      ...CORRIDOR_SECTIONS.map((s) => s.field),
      'findings',
      'background',
      'national',
      'opportunities',
      'comparison',
      'tables',
    ];
    needed.push(...sections.map((s) => `section.${s}`));
    for (const key of needed) expect(Object.keys(en)).toContain(key);
  });

  it('translates interface text rather than copying it (beyond names that are the same in both)', () => {
    const same = Object.keys(en).filter(
      (k) => en[k as keyof typeof en] === es[k as keyof typeof es] && en[k as keyof typeof en].length > 12,
    );
    expect(same).toEqual([]);
  });

  it('keeps trafficking (trata) and smuggling (tráfico ilícito de migrantes) apart in Spanish', () => {
    expect(es['section.smuggling_nexus']).toMatch(/tráfico ilícito de migrantes/i);
    expect(es['actorType.smuggling-network']).toMatch(/tráfico ilícito de migrantes/);
    expect(es['actorRole.runs']).toMatch(/trata/);
    for (const value of Object.values(es)) expect(value).not.toMatch(/tráfico de personas/i);
  });
});

describe('format and useTranslations', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('Corridor {n} of 4', { n: 2 })).toBe('Corridor 2 of 4');
    expect(format('{a} and {b}', { a: 'x' })).toBe('x and {b}');
    expect(useTranslations('es')('corridor.number', { n: 3, count: 5 })).toBe('Corredor 3 de 5');
  });
});
