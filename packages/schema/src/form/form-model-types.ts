import type { Locale } from '../types.js';
import type { UiField } from './ui-schema.js';

/** The JSON type a field edits. */
export type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'null';

/**
 * One choice of a select, radio group or checkbox list.
 *
 * @example
 * ```ts
 * const option: FormOption = { value: 'land', label: '土地纠纷' };
 * ```
 */
export interface FormOption {
  readonly value: unknown;
  readonly label: string;
}

/** What every node of a form has. */
interface FormNodeBase {
  /** JSON pointer to the node's value in the form value (`''` for the root). */
  readonly path: string;
  /** The property name, or the row number in a list. */
  readonly key: string;
  /** The key path used in `UiSchema.fields`: property names joined by `/`, rows left out. */
  readonly uiPath: string;
  readonly label: string;
  readonly help?: string;
  readonly required: boolean;
  readonly readOnly: boolean;
  /** Grid columns spanned in the parent group. */
  readonly span: number;
  /** The schema after `$ref`, `allOf` and conditions were resolved against the current value. */
  readonly schema: Readonly<Record<string, unknown>>;
  /** The UI options that apply to this node. */
  readonly ui: UiField;
}

/**
 * A field: one widget editing one value (a string, number, boolean, a set of choices, or a whole
 * object for widgets such as `location`).
 *
 * @example
 * ```ts
 * const field = model.fields.find((f) => f.path === '/summary');
 * field?.widget; // 'textarea'
 * ```
 */
export interface FormField extends FormNodeBase {
  readonly kind: 'field';
  readonly widget: string;
  readonly type: FieldType;
  readonly format?: string;
  /** Choices from `enum`, `oneOf`/`anyOf` of `const`s, or the items of such an array. */
  readonly options?: readonly FormOption[];
  /** Whether the field holds several choices (an array of enum values). */
  readonly multiple: boolean;
  readonly placeholder?: string;
  readonly default?: unknown;
  /** Whether the value is computed by a `calculate` expression. */
  readonly calculated: boolean;
  /** The current value (`undefined` when empty). */
  readonly value: unknown;
}

/**
 * An object shown as a group of fields (the root is one).
 *
 * @example
 * ```ts
 * model.root.children.map((node) => node.label);
 * ```
 */
export interface FormGroup extends FormNodeBase {
  readonly kind: 'group';
  readonly columns: number;
  readonly children: readonly FormNode[];
}

/**
 * A titled part of an object, from `UiField.sections`. Its children belong to the same object.
 *
 * @example
 * ```ts
 * const sections = model.root.children.filter((node) => node.kind === 'section');
 * ```
 */
export interface FormSection {
  readonly kind: 'section';
  /** The object's pointer plus `#` and the section id: unique, not a value path. */
  readonly path: string;
  readonly id: string;
  readonly label?: string;
  readonly help?: string;
  readonly columns: number;
  readonly span: number;
  readonly children: readonly FormNode[];
}

/**
 * A list of rows (an array that is not a set of choices): add, remove and reorder.
 *
 * @example
 * ```ts
 * const members = model.root.children.find((node) => node.kind === 'array');
 * members?.canAdd; // false once maxItems rows exist
 * ```
 */
export interface FormArray extends FormNodeBase {
  readonly kind: 'array';
  readonly rows: readonly FormNode[];
  readonly canAdd: boolean;
  readonly canRemove: boolean;
  readonly canReorder: boolean;
  readonly minItems: number;
  readonly maxItems: number;
  /** The value of a new row (from the item schema's defaults). */
  readonly newRow: unknown;
}

/** Any node of a form. */
export type FormNode = FormField | FormGroup | FormSection | FormArray;

/**
 * A form as data: what to show, in which order, with which labels, for the current value.
 * Framework-free; `<cg-case-form>` renders it, any other renderer can too.
 *
 * @example
 * ```ts
 * const model = formModel(schema, ui, { locale: 'en', value });
 * for (const field of model.fields) console.log(field.path, field.label, field.widget);
 * ```
 */
export interface FormModel {
  readonly locale: Locale;
  readonly root: FormGroup;
  /** The value with calculated fields filled in. */
  readonly value: unknown;
  /** Every visible field (leaf), in display order. */
  readonly fields: readonly FormField[];
  /**
   * Pointers of values the form holds but does not show because a condition hides them
   * (`hiddenWhen`, an `if` branch not taken, a `dependentSchemas` key absent). They are kept so
   * that nothing typed is lost, and left out by `submittedValue`.
   */
  readonly hidden: readonly string[];
}
