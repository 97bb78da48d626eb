/**
 * Whether `value` is a mainland China mobile number: 11 digits starting with 1[3-9], no spaces or
 * country code (normalise input in the UI; stored data stays canonical).
 *
 * @example
 * ```ts
 * isPhoneCn('13800138000'); // true
 * isPhoneCn('12800138000'); // false
 * ```
 */
export function isPhoneCn(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(value);
}

const idCardWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idCardCheckChars = '10X98765432';

/**
 * Whether `value` is an 18-character resident ID number (GB 11643-1999): 17 digits, then the
 * ISO 7064 MOD 11-2 check character (`0`-`9` or upper-case `X`), with a real birth date
 * (YYYYMMDD at positions 7-14) between 1900-01-01 and 2099-12-31. The bound is fixed, not
 * "today": validation must give the same answer on every device and server, whatever its
 * clock. Lower-case `x` is rejected so that stored numbers compare equal; upper-case the input
 * in the UI.
 *
 * @example
 * ```ts
 * isIdCardCn('11010519491231002X'); // true
 * isIdCardCn('110105194912310021'); // false: wrong check character
 * ```
 */
export function isIdCardCn(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  let sum = 0;
  for (let index = 0; index < 17; index++) {
    sum += Number(value[index]) * idCardWeights[index]!;
  }
  if (idCardCheckChars[sum % 11] !== value[17]) return false;
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 02-30 over into March; a round trip catches dates that do not exist.
  const exists =
    birth.getUTCFullYear() === year &&
    birth.getUTCMonth() === month - 1 &&
    birth.getUTCDate() === day;
  return exists && year >= 1900 && year <= 2099;
}

/**
 * The formats casegrid adds to ajv-formats, by name. Kept free of ajv so that precompiled
 * validators can bundle them.
 *
 * @example
 * ```ts
 * customFormats['phone-cn']('13800138000'); // true
 * ```
 */
export const customFormats = {
  'phone-cn': isPhoneCn,
  'id-card-cn': isIdCardCn,
} as const satisfies Record<string, (value: string) => boolean>;
