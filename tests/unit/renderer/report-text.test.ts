import { describe, expect, it } from 'vitest';
import { insertText } from '../../../src-renderer/screens/report/insert-text';
import {
  EMPTY_SECTIONS,
  readField,
  sameSections,
  withField,
} from '../../../src-renderer/screens/report/sections';

describe('a saved phrase goes where the pathologist was writing', () => {
  it('lands at the cursor, with a space on each side where it would touch a word', () => {
    const text = 'Se observaparénquima normal.';
    const at = 'Se observa'.length;
    const result = insertText(text, at, at, 'infiltrado linfocitario');
    expect(result.value).toBe('Se observa infiltrado linfocitario parénquima normal.');
    expect(result.value.slice(0, result.cursor)).toBe('Se observa infiltrado linfocitario');
  });

  it('replaces the selected words', () => {
    const text = 'Diagnóstico: pendiente.';
    const start = text.indexOf('pendiente');
    const result = insertText(text, start, start + 'pendiente'.length, 'Carcinoma simple');
    expect(result.value).toBe('Diagnóstico: Carcinoma simple.');
  });

  it('adds no space before a full stop or at the start of an empty field', () => {
    expect(insertText('', 0, 0, '  Sin atipias  ').value).toBe('Sin atipias');
    expect(insertText('Margen libre.', 12, 12, 'de lesión').value).toBe('Margen libre de lesión.');
  });

  it('a cursor beyond the text (the text shortened meanwhile) appends at the end', () => {
    expect(insertText('Piel', 40, 50, 'normal').value).toBe('Piel normal');
  });
});

describe('what counts as the same report text', () => {
  const typed = {
    ...EMPTY_SECTIONS,
    diagnosis: 'Carcinoma simple ',
    microscopicItems: [{ code: 'HP 26/001-C1', text: 'Proliferación\u200b epitelial' }],
  };

  it('text saved without the spaces or invisible characters the services strip is the same', () => {
    const saved = {
      ...EMPTY_SECTIONS,
      diagnosis: 'Carcinoma simple',
      microscopicItems: [{ code: 'HP 26/001-C1', text: 'Proliferación epitelial' }],
    };
    expect(sameSections(typed, saved)).toBe(true);
  });

  it('a different word in one cassette, or a cassette more, is not', () => {
    expect(sameSections(typed, withField(typed, 'item:HP 26/001-C1', 'Necrosis'))).toBe(false);
    const more = {
      ...typed,
      microscopicItems: [...typed.microscopicItems, { code: 'HP 26/001-C2', text: '' }],
    };
    expect(sameSections(typed, more)).toBe(false);
  });

  it('a cassette description is read and written by its code, leaving the others', () => {
    const two = {
      ...EMPTY_SECTIONS,
      microscopicItems: [
        { code: 'HP 26/001-C1', text: 'uno' },
        { code: 'HP 26/001-C2', text: 'dos' },
      ],
    };
    const changed = withField(two, 'item:HP 26/001-C2', 'otro');
    expect(readField(changed, 'item:HP 26/001-C2')).toBe('otro');
    expect(readField(changed, 'item:HP 26/001-C1')).toBe('uno');
    expect(readField(withField(two, 'diagnosis', 'Lipoma'), 'diagnosis')).toBe('Lipoma');
  });
});
