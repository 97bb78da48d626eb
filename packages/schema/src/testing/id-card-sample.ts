/**
 * Test helper: builds resident ID numbers with a GB 11643 check character computed independently
 * of `isIdCardCn` (weights as 2^(17−i) mod 11 instead of a table; check value (12 − sum) mod 11).
 *
 * @example
 * ```ts
 * idCardSample('110105', '19491231', '002'); // '11010519491231002X'
 * ```
 */
export function idCardSample(region: string, birth: string, sequence: string): string {
  const first17 = region + birth + sequence;
  return first17 + idCardCheckCharacter(first17);
}

/**
 * Test helper: the GB 11643 check character of the first 17 digits.
 *
 * @example
 * ```ts
 * idCardCheckCharacter('11010519491231002'); // 'X'
 * ```
 */
export function idCardCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const value = (12 - (sum % 11)) % 11;
  return value === 10 ? 'X' : String(value);
}
