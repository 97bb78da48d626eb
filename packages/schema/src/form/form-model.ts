import { appendPointer } from '../json-pointer.js';
import type { JsonSchema, Locale } from '../types.js';
import { checkUiSchema } from './check-ui-schema.js';
import { type Expression, evaluate } from './expression.js';
import type {
  FieldType,
  FormArray,
  FormField,
  FormGroup,
  FormModel,
  FormNode,
  FormOption,
  FormSection,
} from './form-model-types.js';
import { enumLabel, localize, schemaText } from './form-text.js';
import { getAt, omitPaths, setAt } from './form-value.js';
import { deref, holds, isRecord, resolveObject, type SchemaObject } from './resolve-schema.js';
import { checkUiPaths } from './ui-paths.js';
import type { FormCondition, UiField, UiSchema } from './ui-schema.js';

/**
 * Options of {@link formModel}.
 *
 * @example
 * ```ts
 * const options: FormModelOptions = { locale: 'en', value: { reason: 'other' } };
 * ```
 */
export interface FormModelOptions {
  /** Labels and help in this language (default `zh-CN`). */
  locale?: Locale;
  /** The current value: conditions, rows and calculations follow it. */
  value?: unknown;
  /** "Today" for date expressions (default: now). */
  now?: Date;
  /** Shows every field read-only. */
  readOnly?: boolean;
}

/** Conditions, calculations and rows can depend on calculated values: settle within a few passes. */
const maxCalculationPasses = 4;

const noUi: UiField = Object.freeze({});

/** A span wider than any grid: the node takes the whole row (CSS clamps it to the columns). */
const fullRow = 12;

/** Where a node sits: its value path, UI path, key, and what its parent passes down. */
interface Place {
  readonly path: string;
  readonly uiPath: string;
  readonly key: string;
  readonly required: boolean;
  readonly readOnly: boolean;
  readonly ui: UiField;
}

function truthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

function typeOf(value: unknown): FieldType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'boolean' || typeof value === 'string' || typeof value === 'object') {
    return typeof value as FieldType;
  }
  return 'string';
}

interface Calculation {
  readonly path: string;
  readonly expression: Expression;
  readonly scope: unknown;
}

/** One pass over schema, UI schema and value. */
class Builder {
  readonly fields: FormField[] = [];
  readonly hidden: string[] = [];
  readonly calculations: Calculation[] = [];

  constructor(
    private readonly schema: JsonSchema,
    private readonly ui: UiSchema,
    private readonly locale: Locale,
    readonly value: unknown,
    private readonly now: Date | undefined,
    private readonly readOnly: boolean,
  ) {}

  root(): FormGroup {
    const schema = deref(this.schema, this.schema);
    return this.group(schema, {
      path: '',
      uiPath: '',
      key: '',
      required: false,
      readOnly: this.readOnly,
      ui: this.ui,
    });
  }

  private uiFor(uiPath: string): UiField {
    if (uiPath === '') return this.ui;
    const fields = this.ui.fields;
    return fields !== undefined && Object.hasOwn(fields, uiPath)
      ? (fields[uiPath] as UiField)
      : noUi;
  }

  private test(condition: FormCondition | undefined, scope: unknown, where: string): boolean {
    if (condition === undefined) return false;
    if (condition.logic !== undefined) {
      return truthy(evaluate(condition.logic, scope, { now: this.now, root: this.value }));
    }
    return holds(condition.schema, scope, where);
  }

  private node(
    raw: unknown,
    path: string,
    uiPath: string,
    key: string,
    required: boolean,
    parentReadOnly: boolean,
    scope: unknown,
  ): FormNode | undefined {
    const ui = this.uiFor(uiPath);
    if (this.test(ui.hiddenWhen, scope, `/fields/${uiPath}/hiddenWhen`)) {
      if (getAt(this.value, path) !== undefined) this.hidden.push(path);
      return undefined;
    }
    const schema = deref(raw, this.schema);
    const calculated = ui.calculate !== undefined;
    if (calculated) {
      this.calculations.push({ path, expression: ui.calculate as Expression, scope });
    }
    const readOnly =
      parentReadOnly ||
      calculated ||
      schema.readOnly === true ||
      ui.readOnly === true ||
      this.test(ui.readOnlyWhen, scope, `/fields/${uiPath}/readOnlyWhen`);
    const widget =
      ui.widget ?? (typeof schema['x-widget'] === 'string' ? schema['x-widget'] : undefined);
    const type = inferType(schema);
    const itemChoices =
      type === 'array'
        ? choicesOf(deref(schema.items, this.schema), this.locale, this.schema)
        : undefined;
    if (widget === undefined || widget === 'group' || widget === 'rows') {
      if (type === 'object' && widget !== 'rows') {
        return this.group(schema, { path, uiPath, key, required, readOnly, ui });
      }
      if (type === 'array' && itemChoices === undefined) {
        return this.list(schema, { path, uiPath, key, required, readOnly, ui });
      }
    }
    const options = itemChoices ?? choicesOf(schema, this.locale, this.schema);
    const multiple = type === 'array';
    const field: FormField = {
      kind: 'field',
      path,
      key,
      uiPath,
      label: this.label(ui, schema, key),
      help: localize(ui.help, this.locale) ?? schemaText(schema, 'description', this.locale),
      required,
      readOnly,
      span: ui.span ?? 1,
      schema,
      ui,
      widget: widget ?? defaultWidget(schema, type, options, multiple),
      type,
      format: typeof schema.format === 'string' ? schema.format : undefined,
      options,
      multiple,
      placeholder: localize(ui.placeholder, this.locale),
      default: schema.default,
      calculated,
      value: getAt(this.value, path),
    };
    this.fields.push(field);
    return field;
  }

  private label(ui: UiField, schema: SchemaObject, key: string): string {
    return localize(ui.label, this.locale) ?? schemaText(schema, 'title', this.locale) ?? key;
  }

  /** What every node has, from where it sits and its (resolved) schema. */
  private common(place: Place, schema: SchemaObject) {
    const { ui } = place;
    return {
      path: place.path,
      key: place.key,
      uiPath: place.uiPath,
      label: this.label(ui, schema, place.key),
      help: localize(ui.help, this.locale) ?? schemaText(schema, 'description', this.locale),
      required: place.required,
      readOnly: place.readOnly,
      // Groups and lists take the whole row unless told otherwise (CSS clamps to the columns).
      span: ui.span ?? fullRow,
      schema,
      ui,
    };
  }

  private group(schema: SchemaObject, place: Place): FormGroup {
    const { path, uiPath, readOnly, ui } = place;
    const value = getAt(this.value, path);
    const resolved = resolveObject(schema, value, this.schema, path === '' ? '' : `#${path}`);
    for (const name of resolved.inactive) {
      const at = appendPointer(path, name);
      if (getAt(this.value, at) !== undefined) this.hidden.push(at);
    }
    const build = (name: string) => {
      const sub = resolved.properties.get(name);
      if (sub === undefined) return undefined;
      return this.node(
        sub,
        appendPointer(path, name),
        childUiPath(uiPath, name),
        name,
        resolved.required.has(name),
        readOnly,
        value,
      );
    };
    const order = orderNames([...resolved.properties.keys()], ui.order);
    const children: FormNode[] = [];
    const inSection = new Set<string>();
    (ui.sections ?? []).forEach((section, index) => {
      for (const name of section.fields) inSection.add(name);
      const id = section.id ?? String(index + 1);
      if (this.test(section.hiddenWhen, value, `/fields/${uiPath}/sections/${index}/hiddenWhen`)) {
        for (const name of section.fields) {
          const at = appendPointer(path, name);
          if (getAt(this.value, at) !== undefined) this.hidden.push(at);
        }
        return;
      }
      const sectionChildren = section.fields.flatMap((name) => build(name) ?? []);
      const node: FormSection = {
        kind: 'section',
        path: `${path}#${id}`,
        id,
        label: localize(section.title, this.locale),
        help: localize(section.help, this.locale),
        columns: section.columns ?? ui.columns ?? 1,
        span: fullRow,
        children: sectionChildren,
      };
      children.push(node);
    });
    for (const name of order) {
      const node = inSection.has(name) ? undefined : build(name);
      if (node !== undefined) children.push(node);
    }
    return {
      kind: 'group',
      ...this.common(place, resolved.schema),
      columns: ui.columns ?? 1,
      children,
    };
  }

  private list(schema: SchemaObject, place: Place): FormArray {
    const { path, uiPath, readOnly, ui } = place;
    const value = getAt(this.value, path);
    const rows = Array.isArray(value) ? value : [];
    const items = schema.items ?? {};
    const minItems = typeof schema.minItems === 'number' ? schema.minItems : 0;
    const maxItems =
      typeof schema.maxItems === 'number' ? schema.maxItems : Number.POSITIVE_INFINITY;
    return {
      kind: 'array',
      ...this.common(place, schema),
      rows: rows.flatMap((row, index) => {
        const rowPath = appendPointer(path, index);
        // `members[]` addresses each row itself; `members/name` the fields inside the rows.
        const node = this.node(items, rowPath, `${uiPath}[]`, String(index), true, readOnly, row);
        return node === undefined ? [] : [node];
      }),
      canAdd: !readOnly && rows.length < maxItems,
      canRemove: !readOnly && rows.length > minItems,
      canReorder: !readOnly && ui.reorderable !== false,
      minItems,
      maxItems,
      newRow: defaultsOf(items, this.schema),
    };
  }
}

/** The UI path of property `name` of the object at `uiPath` (a row's `[]` is left out). */
function childUiPath(uiPath: string, name: string): string {
  const object = uiPath.endsWith('[]') ? uiPath.slice(0, -2) : uiPath;
  return object === '' ? name : `${object}/${name}`;
}

function inferType(schema: SchemaObject): FieldType {
  const declared = Array.isArray(schema.type)
    ? schema.type.find((type) => type !== 'null')
    : schema.type;
  if (typeof declared === 'string') return declared as FieldType;
  if ('const' in schema) return typeOf(schema.const);
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return typeOf(schema.enum[0]);
  const members = schema.oneOf ?? schema.anyOf;
  if (Array.isArray(members) && isRecord(members[0]) && 'const' in members[0]) {
    return typeOf(members[0].const);
  }
  if (isRecord(schema.properties)) return 'object';
  if (schema.items !== undefined) return 'array';
  return 'string';
}

function choicesOf(schema: SchemaObject, locale: Locale, root: unknown): FormOption[] | undefined {
  if (Array.isArray(schema.enum)) {
    return schema.enum.map((value) => ({ value, label: enumLabel(schema, value, locale) }));
  }
  const members = schema.oneOf ?? schema.anyOf;
  if (!Array.isArray(members) || members.length === 0) return undefined;
  const resolved = members.map((member) => deref(member, root));
  if (!resolved.every((member) => 'const' in member)) return undefined;
  return resolved.map((member) => ({
    value: member.const,
    label: schemaText(member, 'title', locale) ?? enumLabel(schema, member.const, locale),
  }));
}

const formatWidgets: Readonly<Record<string, string>> = {
  date: 'date',
  'date-time': 'date-time',
  'phone-cn': 'phone',
  'id-card-cn': 'id-card',
};

function defaultWidget(
  schema: SchemaObject,
  type: FieldType,
  options: readonly FormOption[] | undefined,
  multiple: boolean,
): string {
  if (multiple) return options === undefined ? 'text' : 'checkboxes';
  if (options !== undefined) return options.length <= 4 ? 'radio' : 'select';
  if (type === 'boolean') return 'switch';
  if (type === 'number' || type === 'integer') return 'number';
  if (type === 'object') return 'group';
  const format = typeof schema.format === 'string' ? schema.format : '';
  if (Object.hasOwn(formatWidgets, format)) return formatWidgets[format] as string;
  if (typeof schema.maxLength === 'number' && schema.maxLength > 200) return 'textarea';
  return 'text';
}

/**
 * Names in the order a UI schema's `order` gives: the names it lists first, `'*'` standing for
 * the rest in their own order (at the end when there is no `'*'`); names it lists that are not
 * there are left out.
 *
 * @example
 * ```ts
 * orderNames(['a', 'b', 'c', 'd'], ['c', '*', 'a']); // ['c', 'b', 'd', 'a']
 * ```
 */
export function orderNames(
  names: readonly string[],
  order: readonly string[] | undefined,
): string[] {
  if (order === undefined) return [...names];
  const known = new Set(names);
  const named = order.filter((name) => name !== '*' && known.has(name));
  const rest = names.filter((name) => !named.includes(name));
  const star = order.indexOf('*');
  if (star === -1) return [...named, ...rest];
  const before = order.slice(0, star).filter((name) => known.has(name));
  const after = order.slice(star + 1).filter((name) => known.has(name));
  return [...before, ...rest, ...after];
}

/**
 * The value a new, empty instance of `schema` starts with: its `default`, or an object of its
 * properties' defaults; `undefined` when there is none.
 */
export function defaultsOf(schema: unknown, root: unknown): unknown {
  const resolved = deref(schema, root);
  if (resolved.default !== undefined) return structuredClone(resolved.default);
  if (inferType(resolved) !== 'object') return undefined;
  return withDefaults(resolved, {}, root);
}

/**
 * A copy of `value` where every missing property with a `default` in the schema has it (also in
 * nested objects, rows and the branch of a condition that applies). Present values are kept.
 *
 * @example
 * ```ts
 * withDefaults({ type: 'object', properties: { level: { type: 'string', default: 'village' } } }, {});
 * // { level: 'village' }
 * ```
 */
export function withDefaults(schema: JsonSchema, value: unknown, root: unknown = schema): unknown {
  return fillDefaults(schema, value, root, true);
}

/** A list with `minItems` starts with that many new rows, so there is something to fill in. */
function startingRows(schema: SchemaObject, root: unknown): unknown[] | undefined {
  const count = typeof schema.minItems === 'number' ? Math.min(schema.minItems, 100) : 0;
  const row = count > 0 && schema.items !== undefined ? defaultsOf(schema.items, root) : undefined;
  if (row === undefined) return undefined;
  return Array.from({ length: count }, () => structuredClone(row));
}

function fillDefaults(schema: unknown, value: unknown, root: unknown, top: boolean): unknown {
  const resolved = deref(schema, root);
  if (value === undefined) {
    if (resolved.default !== undefined) return structuredClone(resolved.default);
    if (inferType(resolved) === 'array') return startingRows(resolved, root);
    if (inferType(resolved) !== 'object') return undefined;
  }
  if (Array.isArray(value) && resolved.items !== undefined) {
    const items = resolved.items;
    let changed = false;
    const rows = value.map((row) => {
      const next = fillDefaults(items, row, root, false);
      changed ||= next !== row;
      return next;
    });
    return changed ? rows : value;
  }
  if (value !== undefined && !isRecord(value)) return value;
  const object = value ?? {};
  const { properties } = resolveObject(resolved, object, root, '');
  let result: unknown = object;
  for (const [name, sub] of properties) {
    const current = Object.hasOwn(object, name) ? object[name] : undefined;
    const next = fillDefaults(sub, current, root, false);
    if (next !== current) result = setAt(result, appendPointer('', name), next);
  }
  // An optional object nobody filled stays absent: `{}` would be validated (and submitted).
  if (value === undefined && !top && result === object) return undefined;
  return result;
}

/**
 * Describes a form for a JSON Schema, a UI schema and the current value: fields with labels in
 * the chosen language, help, widget, choices, required and read-only flags; objects as groups,
 * arrays as rows; conditional parts (`if/then/else`, `dependentSchemas`, `hiddenWhen`) shown or
 * hidden for this value; calculated fields computed (without `eval`). Pure and DOM-free: call it
 * again after each change.
 *
 * Throws a `CaseGridError` with code `invalid-form` (with every problem, located by JSON pointer)
 * when the UI schema is malformed or a condition or expression cannot be evaluated.
 *
 * @example
 * ```ts
 * const schema = {
 *   type: 'object',
 *   required: ['reason'],
 *   properties: {
 *     reason: { title: '原因', 'x-i18n': { en: { title: 'Reason' } }, enum: ['land', 'other'] },
 *     otherReason: { type: 'string', title: '其他原因' },
 *   },
 * } as const;
 * const ui = { fields: { otherReason: { hiddenWhen: { schema: { properties: { reason: { not: { const: 'other' } } } } } } } };
 * formModel(schema, ui, { locale: 'en', value: { reason: 'land' } }).fields.map((f) => f.label); // ['Reason']
 * ```
 */
export function formModel(
  schema: JsonSchema,
  ui: UiSchema = {},
  options: FormModelOptions = {},
): FormModel {
  const locale = options.locale ?? 'zh-CN';
  checkUiSchema(ui, { locale });
  checkUiPaths(schema, ui, locale);
  let value = options.value;
  for (let pass = 1; ; pass++) {
    const builder = new Builder(schema, ui, locale, value, options.now, options.readOnly === true);
    const root = builder.root();
    let next = value;
    if (pass < maxCalculationPasses) {
      for (const { path, expression, scope } of builder.calculations) {
        const result = evaluate(expression, scope, { now: options.now, root: value });
        const computed = result === null ? undefined : result;
        if (!sameJson(getAt(next, path), computed)) next = setAt(next, path, computed);
      }
    }
    if (next === value) {
      return { locale, root, value, fields: builder.fields, hidden: builder.hidden };
    }
    value = next;
  }
}

/**
 * The value a form submits: the model's value without the values its conditions hide.
 *
 * @example
 * ```ts
 * submittedValue(formModel(schema, ui, { value: { reason: 'land', otherReason: 'x' } }));
 * // { reason: 'land' } when otherReason shows only for reason "other"
 * ```
 */
export function submittedValue(model: FormModel): unknown {
  return model.hidden.length === 0 ? model.value : omitPaths(model.value, model.hidden);
}
