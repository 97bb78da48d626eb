import { describe, expect, it } from 'vitest';
import { orderNames } from './form-model.js';
import { choiceLabel, enumLabel, schemaText } from './form-text.js';

describe('form text', () => {
  const category = {
    enum: ['land', 'debt'],
    'x-i18n': { en: { title: 'Category', enum: { land: 'Land' } } },
    title: '类别',
  };

  it('reads a title in the locale, falling back to the schema’s own', () => {
    expect(schemaText(category, 'title', 'en')).toBe('Category');
    expect(schemaText(category, 'title', 'zh-CN')).toBe('类别');
    expect(schemaText(undefined, 'title', 'en')).toBeUndefined();
  });

  it('labels a value from x-i18n enum labels or oneOf titles, and says when there is none', () => {
    expect(choiceLabel(category, 'land', 'en')).toBe('Land');
    expect(choiceLabel(category, 'debt', 'en')).toBeUndefined();
    expect(enumLabel(category, 'debt', 'en')).toBe('debt');
    const rating = {
      oneOf: [{ const: 3, title: '满意', 'x-i18n': { en: { title: 'Satisfied' } } }],
    };
    expect(choiceLabel(rating, 3, 'en')).toBe('Satisfied');
    expect(choiceLabel(rating, 3, 'zh-CN')).toBe('满意');
    expect(choiceLabel(rating, 4, 'zh-CN')).toBeUndefined();
  });

  it('orders names as a UI schema’s order says, * standing for the rest', () => {
    expect(orderNames(['a', 'b', 'c', 'd'], ['c', '*', 'a'])).toEqual(['c', 'b', 'd', 'a']);
    expect(orderNames(['a', 'b', 'c'], ['c', 'x'])).toEqual(['c', 'a', 'b']);
    expect(orderNames(['a', 'b'], undefined)).toEqual(['a', 'b']);
  });
});
