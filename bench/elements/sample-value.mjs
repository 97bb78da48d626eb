// A value for a kit schema (case data or an action's input), made from the schema itself: the
// keywords the kit's schemas use (type, enum, required, properties, minLength/maxLength,
// minimum/maximum, minItems/maxItems, uniqueItems, minProperties, format date / phone-cn).
// The engine validates every value with the case type's own validator, so a value this makes
// wrong is a refused action in the bench's count, never a silent one.

const words = [
  '村民反映',
  '现场查看',
  '已电话联系',
  '情况属实',
  '继续跟进',
  '已协调解决',
  '当事人同意',
  '入户走访',
  '家中情况稳定',
  '按时服药',
  '已告知政策',
  '邻里关系缓和',
  '下周复查',
  '材料已齐全',
];

/** A zh-CN text between `min` and `max` characters (at least 2 where the schema allows). */
function text(random, min = 0, max = 40) {
  const low = Math.max(min, Math.min(2, max));
  const high = Math.max(low, Math.min(max, 40));
  const length = random.int(low, high);
  let result = '';
  while (result.length < length) result += random.pick(words) + '，';
  return result.slice(0, length).replace(/，$/, '。');
}

const dateOf = (now) => new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);

function stringValue(schema, random, now) {
  if (schema.format === 'date') return dateOf(now);
  if (schema.format === 'phone-cn')
    return `1${random.int(3, 9)}${random.int(0, 999_999_999)}`.padEnd(11, '0');
  return text(random, schema.minLength ?? 0, schema.maxLength ?? 40);
}

function arrayValue(schema, random, now) {
  const items = schema.items ?? {};
  const count = random.int(schema.minItems ?? 0, Math.min(schema.maxItems ?? 3, 3));
  if (items.enum) return random.sample(items.enum, Math.max(count, schema.minItems ?? 0));
  const result = [];
  for (let index = 0; index < count; index += 1) result.push(sampleValue(items, random, { now }));
  return result;
}

// Links to register records, patterns and ID-card numbers are left to the driver's overrides:
// a made-up value would point nowhere or fail its check.
const skipped = (schema) =>
  schema['x-record'] !== undefined ||
  schema.pattern !== undefined ||
  schema.format === 'id-card-cn';

function objectValue(schema, random, { now, optional }) {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const value = {};
  for (const [name, property] of Object.entries(properties)) {
    const wanted = required.has(name) || (!skipped(property) && random.chance(optional));
    if (wanted) value[name] = sampleValue(property, random, { now });
  }
  for (const [name, property] of Object.entries(properties)) {
    if (Object.keys(value).length >= (schema.minProperties ?? 0)) break;
    if (!(name in value) && !skipped(property))
      value[name] = sampleValue(property, random, { now });
  }
  return value;
}

/**
 * A value for `schema`. `optional` is the chance of filling each optional property (0 for case
 * data: the drivers name the optional data they want in `overrides`); `now` gives dates.
 * `overrides` (top level) win over what the schema would give.
 *
 * @example
 * ```js
 * sampleValue(visit.input, random, { now: clock.now(), overrides: { notes: '家中稳定' } });
 * ```
 */
export function sampleValue(schema, random, { now = 0, optional = 0.5, overrides } = {}) {
  if (schema === undefined) return overrides;
  let value;
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (schema.enum) value = random.pick(schema.enum);
  else if (type === 'object' || schema.properties)
    value = objectValue(schema, random, { now, optional });
  else if (type === 'array') value = arrayValue(schema, random, now);
  else if (type === 'integer' || type === 'number') {
    const min = schema.minimum ?? 0;
    value = random.int(min, Math.min(schema.maximum ?? min + 100, min + 20_000));
  } else if (type === 'boolean') value = random.chance(0.5);
  else value = stringValue(schema, random, now);
  return overrides === undefined ? value : { ...value, ...overrides };
}
