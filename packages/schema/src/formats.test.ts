import { describe, expect, test } from 'vitest';
import { isIdCardCn, isPhoneCn } from './formats.js';
import { idCardCheckCharacter, idCardSample } from './testing/id-card-sample.js';

describe('phone-cn', () => {
  test.each(['13800138000', '19912345678', '15000000000'])(
    'accepts the mobile number %s',
    (value) => {
      expect(isPhoneCn(value)).toBe(true);
    },
  );

  test.each([
    ['12800138000', 'a second digit below 3'],
    ['1380013800', '10 digits'],
    ['138001380000', '12 digits'],
    ['+8613800138000', 'a country code'],
    ['138 0013 8000', 'spaces'],
    ['23800138000', 'a first digit other than 1'],
  ])('rejects %s (%s)', (value) => {
    expect(isPhoneCn(value)).toBe(false);
  });
});

describe('id-card-cn', () => {
  test('accepts the published sample 11010519491231002X', () => {
    expect(idCardCheckCharacter('11010519491231002')).toBe('X');
    expect(isIdCardCn('11010519491231002X')).toBe(true);
  });

  test.each([
    idCardSample('440308', '19900101', '123'),
    idCardSample('310104', '20000229', '456'),
    idCardSample('510107', '19780815', '001'),
  ])('accepts %s, whose check character is computed independently', (value) => {
    expect(isIdCardCn(value)).toBe(true);
  });

  test('rejects a number whose check character is wrong', () => {
    expect(isIdCardCn('110105194912310021')).toBe(false);
  });

  test('rejects a lower-case x check character', () => {
    expect(isIdCardCn('11010519491231002x')).toBe(false);
  });

  test.each([
    ['a 31 February', idCardSample('440308', '19900231', '123')],
    ['29 February in a common year', idCardSample('440308', '19010229', '123')],
    ['month 13', idCardSample('440308', '19901301', '123')],
    ['a birth year before 1900', idCardSample('440308', '18991231', '123')],
    ['a birth date after 2099', idCardSample('440308', '21000101', '123')],
  ])('rejects a valid checksum with %s', (_, value) => {
    expect(isIdCardCn(value)).toBe(false);
  });

  test.each(['1101051949123100', '11010519491231002XX', 'A1010519491231002X'])(
    'rejects the malformed %s',
    (value) => {
      expect(isIdCardCn(value)).toBe(false);
    },
  );
});
