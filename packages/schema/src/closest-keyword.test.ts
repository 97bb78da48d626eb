import { expect, test } from 'vitest';
import { closestKeyword } from './closest-keyword.js';
import { knownKeywords } from './draft-2020-keywords.js';

test('suggests required for the typo requried', () => {
  expect(closestKeyword('requried', knownKeywords)).toBe('required');
});

test('suggests maxLength for a differently cased maxlength', () => {
  expect(closestKeyword('maxlength', knownKeywords)).toBe('maxLength');
});

test('suggests nothing for a short name two edits away from a keyword', () => {
  expect(closestKeyword('foo', ['not'])).toBeUndefined();
});
