import type { Random } from './random.js';
import { givenNames, surnames, texts } from './texts.js';

type Schema = { readonly [key: string]: unknown };

/**
 * What {@link sampleValue} asks of the county while it fills a form: records to link, people
 * and units to name, and the date of the moment the form is filled.
 *
 * @example
 * ```ts
 * const context: SampleContext = { random, typeId: 'dispute', now, record: () => undefined, person: () => 'wang-fang', unit: () => 'dept-water' };
 * ```
 */
export interface SampleContext {
  readonly random: Random;
  /** The case type the value is for (text pools are chosen by it). */
  readonly typeId: string;
  /** Milliseconds since the epoch: dates are filled with this day (China Standard Time). */
  readonly now: number;
  /** The id of a register record of this type to link (`x-record`), if any. */
  record(registerType: string): string | undefined;
  /** The id of a person to name in a field such as `responsible` or `assignee`. */
  person(field: string): string | undefined;
  /** The id of a unit to name in a field such as `lead` or `coHandlers`. */
  unit(field: string): string | undefined;
}

const personFields = new Set(['responsible', 'assignee', 'handler', 'visitor', 'owner', 'worker']);
const unitFields = new Set([
  'lead',
  'unit',
  'department',
  'coHandlers',
  'units',
  'departments',
  'dispatchTo',
]);
const nameFields = new Set(['name', 'fullName', 'head', 'headName', 'contact', 'contactName']);
const cst = 8 * 3_600_000;

/**
 * A plausible value for a JSON Schema: required properties always, optional ones often; text
 * from the county's pools by field name; links to register records, people and units where the
 * field asks for them. The engine still checks it: a value it refuses is simply not used.
 *
 * @example
 * ```ts
 * sampleValue({ type: 'object', required: ['summary'], properties: { summary: { type: 'string' } } }, context);
 * // { summary: '两户村民因宅基地边界发生争执' }
 * ```
 */
export function sampleValue(schema: unknown, context: SampleContext, field = ''): unknown {
  if (typeof schema !== 'object' || schema === null) return undefined;
  const s = schema as Schema;
  const { random } = context;
  if ('const' in s) return s.const;
  if (Array.isArray(s.enum)) return random.pick(s.enum);
  const record = s['x-record'];
  if (typeof record === 'string') {
    const item = (s.type === 'array' ? s.items : s) as Schema;
    const id = context.record(record);
    if (s.type === 'array') return id === undefined ? [] : [id];
    return item && id;
  }
  const choices = (s.oneOf ?? s.anyOf) as unknown[] | undefined;
  if (Array.isArray(choices) && choices.length > 0) return sampleValue(choices[0], context, field);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'object':
      return sampleObject(s, context);
    case 'array':
      return sampleArray(s, context, field);
    case 'boolean':
      // Conditions in the kit ask for agreement ("partiesAgree", "passed"): mostly yes; a
      // visit that finds something wrong is rare.
      return field === 'concern' ? random.chance(0.1) : true;
    case 'integer':
    case 'number':
      return sampleNumber(s, context, field);
    case 'string':
      return sampleString(s, context, field);
    default:
      return s.properties ? sampleObject(s, context) : undefined;
  }
}

function sampleObject(s: Schema, context: SampleContext): Record<string, unknown> {
  const properties = (s.properties ?? {}) as Record<string, unknown>;
  const required = new Set((s.required ?? []) as string[]);
  const value: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(properties)) {
    if (!required.has(key) && !context.random.chance(0.5)) continue;
    // Fields a person fills later (an agreement, a satisfaction score) stay empty at first.
    if (!required.has(key) && isLaterField(key)) continue;
    // A pattern (a credit code) is more than a sample can promise to match.
    if (!required.has(key) && typeof (property as Schema).pattern === 'string') continue;
    const sampled = sampleValue(property, context, key);
    if (sampled !== undefined) value[key] = sampled;
  }
  return value;
}

const laterFields = new Set([
  'agreement',
  'followUp',
  'satisfaction',
  'remediation',
  'inspection',
  'report',
  'result',
  'lead',
  'lastVisit',
  'lastVisitNotes',
  'lastCheck',
]);
const isLaterField = (key: string) => laterFields.has(key);

function sampleArray(s: Schema, context: SampleContext, field: string): unknown[] {
  const items = s.items as Schema | undefined;
  const min = typeof s.minItems === 'number' ? s.minItems : 0;
  const max = Math.min(typeof s.maxItems === 'number' ? s.maxItems : 3, Math.max(min, 2));
  const count = context.random.int(min, max);
  const values: unknown[] = [];
  for (let i = 0; i < count; i += 1) {
    const value = sampleValue(items, context, field);
    if (value !== undefined && !values.includes(value)) values.push(value);
  }
  return values;
}

function sampleNumber(s: Schema, context: SampleContext, field: string): number {
  const min = typeof s.minimum === 'number' ? s.minimum : 0;
  const max = typeof s.maximum === 'number' ? s.maximum : Math.max(min + 10, 100);
  // Most people are content with how their case was handled; some are not.
  if (field === 'satisfaction')
    return context.random.pick([5, 5, 4, 4, 4, 3, 2].filter((n) => n >= min && n <= max));
  const value = min + context.random.next() * (max - min);
  return s.type === 'integer' ? Math.round(value) : Math.round(value * 100) / 100;
}

function sampleString(s: Schema, context: SampleContext, field: string): string | undefined {
  const { random } = context;
  if (s.format === 'date') return localDate(context.now);
  if (s.format === 'date-time') return new Date(context.now).toISOString();
  if (s.format === 'phone-cn')
    return `13${random.int(0, 9)}${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
  if (s.format === 'id-card-cn') return idCard(random);
  if (personFields.has(field)) return context.person(field);
  if (unitFields.has(field) || s['x-widget'] === 'org-unit') return context.unit(field);
  const pool = texts[`${context.typeId}.${field}`];
  if (!pool && nameFields.has(field)) {
    const name = `${random.pick(surnames)}${random.pick(givenNames)}`;
    return context.typeId === 'household' ? `${name}户` : name;
  }
  return fitText(random.pick(pool ?? texts[field] ?? texts.notes!), s);
}

function fitText(picked: string, s: Schema): string {
  let text = picked;
  const minLength = typeof s.minLength === 'number' ? s.minLength : 0;
  const maxLength = typeof s.maxLength === 'number' ? s.maxLength : 2000;
  while (text.length < minLength) text += '。';
  return text.slice(0, maxLength);
}

/** `YYYY-MM-DD` in China Standard Time. */
function localDate(at: number): string {
  return new Date(at + cst).toISOString().slice(0, 10);
}

/** A well-formed (fictional) resident ID number: region, birth date, sequence, check digit. */
function idCard(random: Random): string {
  const year = random.int(1945, 2005);
  const month = String(random.int(1, 12)).padStart(2, '0');
  const dayOfMonth = String(random.int(1, 28)).padStart(2, '0');
  const body = `511099${year}${month}${dayOfMonth}${String(random.int(0, 999)).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * weights[i]!, 0);
  return body + '10X98765432'[sum % 11];
}
