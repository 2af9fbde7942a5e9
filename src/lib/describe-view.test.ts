import { describe, expect, it } from 'vitest';
import { describeView, summarizeView, viewWords, type ViewWords } from './describe-view.ts';
import { useTranslations } from '../i18n/index.ts';
import { LANGUAGES } from './languages.ts';

const en: ViewWords = {
  lists: {
    corridors: 'Corridors: {list}.',
    places: 'Places: {list}.',
    actors: 'Actors: {list}.',
    flows: 'Flows: {list}.',
  },
  counts: {
    corridors: '{n} corridor|{n} corridors',
    places: '{n} place|{n} places',
    actors: '{n} actor|{n} actors',
    flows: '{n} flow|{n} flows',
  },
  summary: 'Map view, zoom {zoom}: {counts}.',
  empty: 'Nothing the atlas records is in this view.',
};
const contents = {
  corridors: ['Tamaulipas'],
  places: ['Reynosa', 'Matamoros', 'Reynosa'],
  actors: ['Northeast Cartel'],
  flows: ['Central America to Reynosa'],
};

describe('the map in words', () => {
  it('names every corridor, place, actor and flow in view, once each, in a language-correct list', () => {
    expect(describeView(contents, en, 'en-US')).toBe(
      'Corridors: Tamaulipas. Places: Reynosa and Matamoros. Actors: Northeast Cartel. Flows: Central America to Reynosa.',
    );
    expect(describeView({ ...contents, places: ['Reynosa', 'Matamoros', 'Nuevo Laredo'] }, en, 'es-MX')).toContain(
      'Reynosa, Matamoros y Nuevo Laredo',
    );
  });

  it('leaves out kinds with nothing in view, and says so when nothing is', () => {
    expect(describeView({ corridors: [], places: ['Altar'], actors: [], flows: [] }, en, 'en-US')).toBe(
      'Places: Altar.',
    );
    expect(describeView({ corridors: [], places: [], actors: [], flows: [] }, en, 'en-US')).toBe(en.empty);
  });

  it('summarises the view with counts in the right number', () => {
    expect(summarizeView(contents, 6.6, en, 'en-US')).toBe(
      'Map view, zoom 7: 1 corridor, 2 places, 1 actor, and 1 flow.',
    );
    expect(summarizeView({ corridors: [], places: [], actors: [], flows: [] }, 3, en, 'en-US')).toBe(
      'Map view, zoom 3: Nothing the atlas records is in this view.',
    );
  });

  it('has its words in every language', () => {
    for (const { code, locale } of LANGUAGES) {
      const words = viewWords(useTranslations(code));
      const text = summarizeView(contents, 5, words, locale);
      expect(text).not.toMatch(/[{}|]/);
      expect(describeView(contents, words, locale)).toContain('Reynosa');
    }
  });
});
