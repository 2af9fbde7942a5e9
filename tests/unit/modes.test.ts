// The map's modes: read once from data-mode, and what each one does, as the pages rely on it.
import { describe, expect, it } from 'vitest';
import { MODES, modeRules } from '../../src/map/modes.ts';

describe('map modes', () => {
  it('reads each mode the pages use and refuses anything else', () => {
    for (const mode of ['atlas', 'corridor', 'embed', 'present']) expect(modeRules(mode)).toBe(MODES[mode as 'atlas']);
    for (const bad of [undefined, '', 'Atlas', 'toString', '__proto__'])
      expect(() => modeRules(bad), String(bad)).toThrow(/data-mode/);
  });

  it('opens a panel only on the atlas, keeps the corridor in the URL on the atlas and in embeds', () => {
    const which = (rule: keyof (typeof MODES)['atlas']) =>
      Object.entries(MODES)
        .filter(([, rules]) => rules[rule])
        .map(([mode]) => mode);
    expect(which('panel')).toEqual(['atlas']);
    expect(which('keepsCorridorInUrl')).toEqual(['atlas', 'embed']);
    expect(which('pageIsCorridor')).toEqual(['corridor']);
    expect(which('leavesUrlAlone')).toEqual(['present']);
  });
});
