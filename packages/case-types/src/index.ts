/**
 * @casegrid/case-types — the person-to-person+ (人盯人+) kit.
 *
 * @packageDocumentation
 */
export const kitVersion = 1;
