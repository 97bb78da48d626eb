import { describe, expect, test } from 'vitest';
import { findBacktrackingRisk } from './regex-safety.js';

describe('findBacktrackingRisk', () => {
  test.each([
    '(a+)+',
    '^(a*)*$',
    '(.*)*',
    '(a?){3}',
    '^(\\d+,)*$',
    '(?:x(?:a+))+',
    '(a+){1,5}',
    '(?<word>\\w+\\s?)+',
  ])('flags %s as a nested quantifier', (pattern) => {
    expect(findBacktrackingRisk(pattern)).toBe('nestedQuantifier');
  });

  test.each(['(a|a)*', '^(a|ab)*$', '(\\d|x)+', '(?:a|)+', '((?:ab|ac)x)+'])(
    'flags %s as ambiguous alternation',
    (pattern) => {
      expect(findBacktrackingRisk(pattern)).toBe('ambiguousAlternation');
    },
  );

  test.each([
    '^1[3-9]\\d{9}$',
    '^[A-Z]{2}-\\d+$',
    '^(\\d{3}-)+$',
    '^(?:foo|bar)+$',
    '^(a+)$',
    '^[(a+)+]$',
    '^\\(a+\\)+$',
    '^\\u{1F600}+$',
    '^\\p{Script=Han}+$',
  ])('accepts %s', (pattern) => {
    expect(findBacktrackingRisk(pattern)).toBeUndefined();
  });
});
