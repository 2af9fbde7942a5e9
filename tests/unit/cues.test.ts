import { describe, expect, it } from 'vitest';
import { ceilingOf, cuesIn } from '../../src/lib/cues.ts';

describe('cuesIn', () => {
  it.each([
    ['Sources told InSight Crime the cartel may tax them.', ['possibility', 'attribution']],
    ['Six alleged members were arrested.', ['allegation']],
    ['The story was impossible to independently verify.', ['unverified']],
    ['That said, the ties remain murky.', []],
    ['May 2023', []],
  ])('English: %s', (text, cues) => expect(cuesIn(text, 'en')).toEqual(cues));

  it.each([
    ['Fuentes dijeron a InSight Crime que el cártel podría cobrarles.', ['possibility', 'attribution']],
    ['Seis presuntos integrantes fueron detenidos.', ['allegation']],
    ['La historia fue imposible de verificar.', ['unverified']],
    ['Según una fuente local, al parecer cobran más.', ['possibility', 'attribution']],
    ['Las víctimas pueden ser explotadas durante años.', []],
  ])('Spanish: %s', (text, cues) => expect(cuesIn(text, 'es')).toEqual(cues));
});

describe('ceilingOf', () => {
  it('caps a claim at its weakest cue', () => {
    expect(ceilingOf([])).toBe('stated');
    expect(ceilingOf(['attribution'])).toBe('reported');
    expect(ceilingOf(['attribution', 'allegation'])).toBe('alleged');
    expect(ceilingOf(['possibility', 'unverified'])).toBe('unverified');
  });
});
