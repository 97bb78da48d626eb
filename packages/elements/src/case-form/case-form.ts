import {
  addRow,
  type FormArray,
  type FormField,
  type FormGroup,
  type FormModel,
  type FormNode,
  type FormSection,
  formModel,
  isCaseGridError,
  type JsonSchema,
  type Locale,
  localizeErrors,
  moveRow,
  removeRow,
  setAt,
  submittedValue,
  type UiSchema,
  type ValidationIssue,
  type Validator,
  withDefaults,
} from '@casegrid/schema/form';
import {
  type CSSResult,
  html,
  LitElement,
  nothing,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
// styleMap sets properties through the CSSOM, which a `style-src` CSP without 'unsafe-inline'
// allows; a style attribute it would block.
import { styleMap } from 'lit/directives/style-map.js';
import { emit } from '../internal/emit.js';
import { FormAssociated } from '../internal/form-associated.js';
import { type MessageKey, message } from '../internal/messages.js';
import { buttonStyles, themeStyles } from '../internal/theme.styles.js';
import { getWidget } from '../widgets/registry.js';
import type { OrgUnitOption, WidgetContext } from '../widgets/widget.js';
import { caseFormStyles } from './case-form.styles.js';
import { CgInputEvent, CgInvalidEvent, CgSubmitEvent } from './events.js';
import { rowButtons } from './row-buttons.js';

/** A DOM id for a value path: unique within the form, valid in CSS selectors. */
export function fieldId(path: string): string {
  return `f${path.replace(/[^A-Za-z0-9_-]/g, (char) => `_${char.charCodeAt(0).toString(16)}`)}`;
}

/** Loads the run-time compiler only for forms given no precompiled validator. */
async function compileAtRunTime(schema: JsonSchema): Promise<Validator> {
  const { compile } = await import('@casegrid/schema');
  return compile(schema, { allErrors: true });
}

/**
 * A form for a JSON Schema: every widget a case step needs, conditional fields, repeatable rows,
 * calculated fields, validation messages in zh-CN or en, and a summary of problems on submit.
 * It is form-associated: inside a native `<form>` it submits its value (JSON) under its `name`,
 * blocks submission while invalid, and resets with the form.
 *
 * @summary A JSON Schema form for one step of a case.
 *
 * @event cg-input - Every change a person makes; `detail` is the value.
 * @event cg-submit - A valid submit; `detail` is the value to send.
 * @event cg-invalid - A submit that found problems; `detail` is the list of issues.
 *
 * @csspart form - The form wrapper.
 * @csspart summary - The list of problems shown after a failed submit.
 * @csspart field - One field: label, control, help and error.
 * @csspart label - A field's label.
 * @csspart control - Every input, select and textarea (also: input, select, textarea, switch, checkbox, radio).
 * @csspart choices - The list of radio buttons or checkboxes of one field.
 * @csspart choice - One radio button or checkbox with its label; one level of the org-unit picker.
 * @csspart org-unit - The org-unit picker.
 * @csspart location - The location field.
 * @csspart help - A field's help text.
 * @csspart error - A field's error message.
 * @csspart group - A nested object's fieldset.
 * @csspart section - A section's fieldset.
 * @csspart rows - A list of rows.
 * @csspart row - One row.
 * @csspart button - Every button.
 * @csspart submit - The submit button.
 *
 * @cssproperty --cg-font-family - Font of the form.
 * @cssproperty --cg-font-size - Base font size (16px keeps phones from zooming in).
 * @cssproperty --cg-color-text - Text colour.
 * @cssproperty --cg-color-muted - Help text colour.
 * @cssproperty --cg-color-primary - Buttons and focus.
 * @cssproperty --cg-color-danger - Errors.
 * @cssproperty --cg-color-border - Control borders.
 * @cssproperty --cg-color-surface - Control background.
 * @cssproperty --cg-radius - Corner radius.
 * @cssproperty --cg-space - Base spacing.
 * @cssproperty --cg-color-group-border - Borders of groups, sections and lists.
 * @cssproperty --cg-color-readonly - Background of read-only controls.
 * @cssproperty --cg-color-focus - The focus ring.
 * @cssproperty --cg-color-summary - Background of the problem summary.
 *
 * @example
 * ```html
 * <cg-case-form locale="en"></cg-case-form>
 * <script type="module">
 *   import '@casegrid/elements/define';
 *   const form = document.querySelector('cg-case-form');
 *   form.schema = { type: 'object', required: ['summary'], properties: { summary: { type: 'string', title: 'Summary' } } };
 *   form.addEventListener('cg-submit', (event) => console.log(event.detail));
 * </script>
 * ```
 */
export class CaseForm extends FormAssociated(LitElement) {
  static override styles = [themeStyles, buttonStyles, caseFormStyles];

  static override properties = {
    schema: { attribute: false },
    uiSchema: { attribute: false },
    validator: { attribute: false },
    orgUnits: { attribute: false },
    locale: { reflect: true },
    readonly: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    noSubmit: { type: Boolean, attribute: 'no-submit' },
    submitLabel: { attribute: 'submit-label' },
    now: { attribute: false },
    draft: { state: true, attribute: false },
  };

  /** The JSON Schema of the value (draft 2020-12). */
  declare schema: JsonSchema | undefined;
  /** Layout, widgets, conditions and calculations; see `UiSchema`. */
  declare uiSchema: UiSchema | undefined;
  /**
   * A precompiled validator for `schema` (from `compileStandalone`). Without one, the form loads
   * the run-time compiler, which a page under `script-src 'self'` (no `'unsafe-eval'`) refuses.
   */
  declare validator: Validator | undefined;
  /** The org tree for `org-unit` fields (`org.units` from `@casegrid/core` fits). */
  declare orgUnits: readonly OrgUnitOption[];
  /** `zh-CN` (default) or `en`. */
  declare locale: Locale;
  /** Shows the value without allowing changes. */
  declare readonly: boolean;
  /** Disables every control (a disabled form submits nothing). */
  declare disabled: boolean;
  /** Hides the form's own submit button (e.g. inside a native form that has one). */
  declare noSubmit: boolean;
  /** The submit button's text (default: 提交 / Submit). */
  declare submitLabel: string | undefined;
  /** "Today" for date calculations (default: the current time). */
  declare now: Date | undefined;
  /**
   * Everything typed, including values that conditions hide now.
   * @internal
   */
  declare private draft: unknown;

  #initial: unknown;
  #needsDefaults = true;
  #defaultsFor: JsonSchema | undefined;
  #model: FormModel | undefined;
  #modelKey: readonly unknown[] = [];
  #modelError: unknown;
  #touched = new Set<string>();
  #submitted = false;
  #formDisabled = false;
  #ownerForm: HTMLFormElement | null = null;
  #compiled: { schema: JsonSchema; validator: Validator } | undefined;
  #loading: Promise<void> | undefined;
  #compileFailed: JsonSchema | undefined;
  #validatorError: unknown;
  #announcement = '';
  #widgetStyles = new Set<CSSResult | CSSStyleSheet>();
  #issuesKey: readonly unknown[] = [];
  #issues: readonly ValidationIssue[] = [];

  constructor() {
    super();
    this.orgUnits = [];
    this.locale = 'zh-CN';
    this.readonly = false;
    this.disabled = false;
    this.noSubmit = false;
    this.addEventListener('invalid', () => this.#showProblems());
  }

  /** The form's value: what it would submit now (values hidden by conditions left out). */
  get value(): unknown {
    const model = this.#currentModel();
    return model === undefined ? this.draft : submittedValue(model);
  }

  set value(value: unknown) {
    this.#initial = value;
    this.draft = value;
    this.#needsDefaults = true;
  }

  /** Every problem of the current value, localized (empty when valid or not yet checkable). */
  get issues(): readonly ValidationIssue[] {
    return this.#currentIssues();
  }

  /**
   * Checks the value, shows every problem under its field and in the summary, and returns
   * whether it is valid. `false` also while the run-time validator is still loading.
   */
  validate(): boolean {
    this.#submitted = true;
    this.requestUpdate();
    return this.#validator() !== undefined && this.#currentIssues().length === 0;
  }

  /** Back to the last value set from outside (with defaults); errors hidden again. */
  reset(): void {
    this.draft = this.#initial;
    this.#needsDefaults = true;
    this.#touched = new Set();
    this.#submitted = false;
    emit(this, new CgInputEvent(this.value));
  }

  /** Moves focus to the first field with a problem; returns whether there was one. */
  focusFirstInvalid(): boolean {
    const issues = this.#currentIssues();
    if (issues.length === 0) return false;
    const model = this.#currentModel();
    const target = model === undefined ? undefined : firstInvalidNode(model, issues);
    if (target === undefined) return false;
    this.#touched.add(target);
    const control = this.renderRoot.querySelector<HTMLElement>(`#${fieldId(target)}`);
    control?.focus();
    this.requestUpdate();
    return control !== null;
  }

  /**
   * Submits as the submit button does: `cg-submit` when valid, `cg-invalid` otherwise; nothing
   * when the form is read-only or disabled.
   */
  requestSubmit(): void {
    // A read-only or disabled form shows a value; it does not send one.
    if (this.readonly || this.#isDisabled()) return;
    if (this.validate()) {
      // Inside a native form, the form's submit event fires cg-submit (see formAssociatedCallback).
      if (this.form === null) emit(this, new CgSubmitEvent(this.value));
      else this.form.requestSubmit();
    } else {
      this.#showProblems();
    }
  }

  /** Resolves once rendered and, without a precompiled validator, once the compiler loaded. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.#loading !== undefined) {
      await this.#loading;
      return super.getUpdateComplete();
    }
    return done;
  }

  formResetCallback(): void {
    this.reset();
  }

  formDisabledCallback(disabled: boolean): void {
    this.#formDisabled = disabled;
    this.requestUpdate();
  }

  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.#ownerForm?.removeEventListener('submit', this.#onOwnerSubmit);
    this.#ownerForm = form;
    form?.addEventListener('submit', this.#onOwnerSubmit);
  }

  /** The owner form submits only when every control is valid: this form's value is final. */
  #onOwnerSubmit = () => emit(this, new CgSubmitEvent(this.value));

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    try {
      this.value = JSON.parse(state);
    } catch {
      // A state this form did not write: keep the current value.
    }
  }

  #currentModel(): FormModel | undefined {
    const schema = this.schema;
    if (schema === undefined) return undefined;
    if (this.#needsDefaults || this.#defaultsFor !== schema) {
      this.#needsDefaults = false;
      this.#defaultsFor = schema;
      try {
        this.draft = withDefaults(schema, this.draft);
      } catch (error) {
        this.#modelError = error;
        return undefined;
      }
    }
    const key = [schema, this.uiSchema, this.locale, this.readonly, this.draft, this.now];
    if (sameItems(key, this.#modelKey)) return this.#model;
    this.#modelKey = key;
    try {
      this.#model = formModel(schema, this.uiSchema, {
        locale: this.locale,
        value: this.draft,
        readOnly: this.readonly,
        now: this.now,
      });
      this.#modelError = undefined;
      // Calculated fields are part of what was typed: keep them in the draft.
      if (this.#model.value !== this.draft) {
        this.draft = this.#model.value;
        this.#modelKey = [schema, this.uiSchema, this.locale, this.readonly, this.draft, this.now];
      }
    } catch (error) {
      this.#model = undefined;
      this.#modelError = error;
    }
    return this.#model;
  }

  #validator(): Validator | undefined {
    const schema = this.schema;
    if (schema === undefined) return undefined;
    if (this.validator !== undefined) return this.validator;
    if (this.#compiled?.schema === schema) return this.#compiled.validator;
    if (this.#loading === undefined && this.#compileFailed !== schema) {
      this.#loading = compileAtRunTime(schema)
        .then((validator) => {
          this.#compiled = { schema, validator };
        })
        .catch((error: unknown) => {
          // E.g. EvalError under a CSP without 'unsafe-eval': say so, and do not retry forever.
          this.#compileFailed = schema;
          this.#validatorError = error;
          console.error(
            '<cg-case-form> cannot compile its schema; pass a precompiled `validator`.',
            error,
          );
        })
        .finally(() => {
          this.#loading = undefined;
          this.#issuesKey = [];
          this.requestUpdate();
        });
    }
    return undefined;
  }

  #currentIssues(): readonly ValidationIssue[] {
    const model = this.#currentModel();
    const validator = this.#validator();
    if (model === undefined || validator === undefined) return [];
    const key = [model, validator];
    if (sameItems(key, this.#issuesKey)) return this.#issues;
    this.#issuesKey = key;
    this.#issues = validator(submittedValue(model))
      ? []
      : // An `if` error only says "the then-branch failed"; the branch's own errors say what.
        localizeErrors(validator.errors, { locale: this.locale }).filter(
          (issue) => issue.keyword !== 'if',
        );
    return this.#issues;
  }

  #showProblems(): void {
    this.#submitted = true;
    this.requestUpdate();
    const issues = this.#currentIssues();
    emit(this, new CgInvalidEvent(issues));
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLElement>('[part~="summary"]')?.focus();
    });
  }

  #set(path: string, next: unknown): void {
    this.draft = setAt(this.draft, path, next);
    emit(this, new CgInputEvent(this.value));
  }

  #touch(path: string): void {
    if (this.#touched.has(path)) return;
    this.#touched.add(path);
    // Announce the error that appears on leaving a field: its text sits under a field the
    // screen reader has already left.
    const model = this.#currentModel();
    const shown =
      model === undefined ? [] : (issuesByNode(model, this.#currentIssues()).get(path) ?? []);
    this.#announcement = shown.map((issue) => issue.message).join(' ');
    this.requestUpdate();
  }

  #text = (key: MessageKey, params?: Readonly<Record<string, string | number>>) =>
    message(this.locale, key, params);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('schema') && changed.get('schema') !== undefined) this.#compiled = undefined;
    // Settle the model here: filling defaults and calculated fields sets `draft`, which in
    // willUpdate joins this update instead of scheduling another one from render.
    this.#currentModel();
  }

  protected override updated(): void {
    this.#adoptWidgetStyles();
    const issues = this.#currentIssues();
    const ready = this.#validator() !== undefined;
    this.internals.setFormValue(this.disabled ? null : JSON.stringify(this.value ?? null));
    if (!ready) {
      const failed = this.#compileFailed !== undefined && this.#compileFailed === this.schema;
      this.internals.setValidity(
        { customError: true },
        this.#text(failed ? 'formError' : 'loading'),
      );
    } else if (issues.length > 0) {
      const model = this.#currentModel();
      const path = model === undefined ? undefined : firstInvalidNode(model, issues);
      const anchor =
        path === undefined
          ? undefined
          : this.renderRoot.querySelector<HTMLElement>(`#${fieldId(path)}`);
      this.internals.setValidity(
        { customError: true },
        issues[0]?.message ?? '',
        anchor ?? undefined,
      );
    } else {
      this.internals.setValidity({});
    }
  }

  protected override render(): TemplateResult {
    const model = this.#currentModel();
    if (model === undefined) {
      const error = this.#modelError;
      return html`<div part="form" class="form">
        ${
          error === undefined
            ? nothing
            : html`<div part="summary" class="summary" role="alert">
              <p class="summary-title">${this.#text('formError')}</p>
              <p>${isCaseGridError(error) || error instanceof Error ? error.message : String(error)}</p>
            </div>`
        }
      </div>`;
    }
    const issues = this.#currentIssues();
    const byNode = issuesByNode(model, issues);
    const showAll = this.#submitted;
    const view: View = {
      byNode,
      shown: (path) => showAll || this.#touched.has(path),
    };
    return html`<div part="form" class="form" lang=${this.locale} @keydown=${this.#onKeydown}>
      ${this.#compileFailed === this.schema ? this.#configurationError(this.#validatorError) : nothing}
      ${showAll && issues.length > 0 ? this.#summary(model, issues) : nothing}
      ${this.#children(model.root, view)}
      <div class="visually-hidden" aria-live="polite">${this.#announcement}</div>
      ${
        this.noSubmit || this.readonly
          ? nothing
          : html`<div class="actions">
            <button
              type="button"
              part="button submit"
              class="primary"
              ?disabled=${this.#isDisabled()}
              @click=${() => this.requestSubmit()}
            >
              ${this.submitLabel ?? this.#text('submit')}
            </button>
          </div>`
      }
    </div>`;
  }

  /** A form that cannot work (bad UI schema, no validator under CSP) says so instead of passing. */
  #configurationError(error: unknown): TemplateResult {
    return html`<div part="summary" class="summary" role="alert">
      <p class="summary-title">${this.#text('formError')}</p>
      <p>${isCaseGridError(error) || error instanceof Error ? error.message : String(error)}</p>
    </div>`;
  }

  /** Adds the styles of the widgets in use to the shadow root, once each. */
  #adoptWidgetStyles(): void {
    const root = this.renderRoot;
    if (this.#widgetStyles.size === 0 || !(root instanceof ShadowRoot)) return;
    const sheets = [...this.#widgetStyles]
      .map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet))
      .filter((sheet): sheet is CSSStyleSheet => sheet !== undefined);
    const missing = sheets.filter((sheet) => !root.adoptedStyleSheets.includes(sheet));
    if (missing.length > 0) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...missing];
  }

  #onKeydown = (event: KeyboardEvent) => {
    const target = event.composedPath()[0];
    if (event.key !== 'Enter' || !(target instanceof HTMLInputElement)) return;
    if (['checkbox', 'radio', 'button'].includes(target.type)) return;
    event.preventDefault();
    this.requestSubmit();
  };

  #isDisabled(): boolean {
    return this.disabled || this.#formDisabled;
  }

  #summary(model: FormModel, issues: readonly ValidationIssue[]): TemplateResult {
    return html`<div part="summary" class="summary" role="alert" tabindex="-1">
      <p class="summary-title">${this.#text('summaryTitle', { n: issues.length })}</p>
      <ul>
        ${issues.map((issue) => {
          const target = nodeOf(model, issue.path);
          return html`<li>
            ${
              target === undefined
                ? issue.message
                : html`<a
                  href=${`#${fieldId(target)}`}
                  @click=${(event: Event) => {
                    event.preventDefault();
                    this.renderRoot.querySelector<HTMLElement>(`#${fieldId(target)}`)?.focus();
                  }}
                  >${issue.message}</a
                >`
            }
          </li>`;
        })}
      </ul>
    </div>`;
  }

  #children(node: FormGroup | FormSection, view: View): TemplateResult {
    return html`<div class="grid" style=${styleMap({ '--cg-columns': String(node.columns) })}>
      ${node.children.map((child) => this.#node(child, view))}
    </div>`;
  }

  #node(node: FormNode, view: View): TemplateResult {
    switch (node.kind) {
      case 'field':
        return this.#field(node, view);
      case 'array':
        return this.#rows(node, view);
      default:
        return this.#fieldset(node, view);
    }
  }

  #errorsOf(path: string, view: View): readonly ValidationIssue[] {
    return view.shown(path) ? (view.byNode.get(path) ?? []) : [];
  }

  #fieldset(node: FormGroup | FormSection, view: View): TemplateResult {
    const id = fieldId(node.path);
    return html`<fieldset
      part=${node.kind}
      class="fieldset"
      style=${styleMap({ '--cg-span': String(node.span) })}
      aria-describedby=${ifDefined(node.help === undefined ? undefined : `${id}-help`)}
    >
      ${node.label === undefined || node.label === '' ? nothing : html`<legend part="label">${node.label}</legend>`}
      ${node.help === undefined ? nothing : html`<p part="help" class="help" id=${`${id}-help`}>${node.help}</p>`}
      ${this.#children(node, view)}
    </fieldset>`;
  }

  #rows(node: FormArray, view: View): TemplateResult {
    const id = fieldId(node.path);
    const errors = this.#errorsOf(node.path, view);
    const disabled = this.#isDisabled();
    const count = node.rows.length;
    return html`<fieldset
      part="rows"
      class="fieldset"
      style=${styleMap({ '--cg-span': String(node.span) })}
      aria-describedby=${ifDefined(errors.length > 0 ? `${id}-error` : undefined)}
    >
      <legend part="label">${node.label}${node.required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing}</legend>
      ${node.help === undefined ? nothing : html`<p part="help" class="help">${node.help}</p>`}
      ${count === 0 ? html`<p class="help">${this.#text('noRows')}</p>` : nothing}
      ${node.rows.map(
        (row, index) => html`<div
          part="row"
          class="row"
          data-path=${row.path}
          role="group"
          aria-label=${`${node.label} · ${this.#text('row', { n: index + 1 })}`}
        >
          ${row.kind === 'field' ? this.#field(row, view, this.#text('row', { n: index + 1 })) : this.#children(row as FormGroup, view)}
          <div class="row-actions">
            ${rowButtons(node, index, {
              disabled,
              text: this.#text,
              move: (from, to) => this.#moveRow(node, from, to),
              remove: (at) => this.#removeRow(node, at),
            })}
          </div>
        </div>`,
      )}
      ${
        node.canAdd
          ? html`<button
            type="button"
            part="button"
            class="secondary"
            id=${id}
            ?disabled=${disabled}
            @click=${() => this.#addRow(node)}
          >
            + ${this.#text('addRow')} ${node.label}
          </button>`
          : nothing
      }
      ${
        errors.length > 0
          ? html`<p part="error" class="error" id=${`${id}-error`}>${errors.map((issue) => issue.message).join(' ')}</p>`
          : nothing
      }
    </fieldset>`;
  }

  #addRow(node: FormArray): void {
    const rowPath = `${node.path}/${node.rows.length}`;
    this.draft = addRow(this.draft, node.path, node.newRow);
    emit(this, new CgInputEvent(this.value));
    void this.updateComplete.then(() => {
      const row = this.renderRoot.querySelector(`[data-path="${CSS.escape(rowPath)}"]`);
      row?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    });
  }

  #removeRow(node: FormArray, index: number): void {
    this.draft = removeRow(this.draft, node.path, index);
    emit(this, new CgInputEvent(this.value));
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`#${fieldId(node.path)}`)?.focus(),
    );
  }

  #moveRow(node: FormArray, from: number, to: number): void {
    this.draft = moveRow(this.draft, node.path, from, to);
    emit(this, new CgInputEvent(this.value));
  }

  #field(field: FormField, view: View, rowLabel?: string): TemplateResult {
    const widget = getWidget(field.widget) ?? unknownWidget(field.widget);
    if (widget?.styles !== undefined) this.#widgetStyles.add(widget.styles);
    const id = fieldId(field.path);
    const errors = this.#errorsOf(field.path, view);
    const describedBy = [
      field.help === undefined ? undefined : `${id}-help`,
      errors.length > 0 ? `${id}-error` : undefined,
    ].filter((part) => part !== undefined);
    const context: WidgetContext = {
      field,
      id,
      describedBy: describedBy.length === 0 ? undefined : describedBy.join(' '),
      invalid: errors.length > 0,
      disabled: this.#isDisabled(),
      readOnly: field.readOnly,
      locale: this.locale,
      value: field.value,
      orgUnits: this.orgUnits ?? [],
      set: (next) => this.#set(field.path, next),
      touch: () => this.#touch(field.path),
      text: this.#text,
    };
    const label = html`${rowLabel ?? field.label}${
      field.required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing
    }`;
    const help =
      field.help === undefined
        ? nothing
        : html`<p part="help" class="help" id=${`${id}-help`}>${field.help}</p>`;
    const error =
      errors.length === 0
        ? nothing
        : html`<p part="error" class="error" id=${`${id}-error`}>${errors.map((issue) => issue.message).join(' ')}</p>`;
    if (widget?.group === true) {
      return html`<fieldset
        part="field"
        class="field fieldset-field"
        style=${styleMap({ '--cg-span': String(field.span) })}
        aria-invalid=${errors.length > 0 ? 'true' : 'false'}
        aria-describedby=${ifDefined(context.describedBy)}
      >
        <legend part="label" class="label">${label}</legend>
        ${widget.render(context)} ${help} ${error}
      </fieldset>`;
    }
    return html`<div part="field" class="field" style=${styleMap({ '--cg-span': String(field.span) })}>
      <label part="label" class="label" for=${id}>${label}</label>
      ${widget?.render(context)} ${help} ${error}
    </div>`;
  }
}

const warned = new Set<string>();

/** A widget name nobody registered: say so once, and show a text box rather than nothing. */
function unknownWidget(name: string) {
  if (!warned.has(name)) {
    warned.add(name);
    console.warn(`<cg-case-form>: no widget named "${name}" is registered; showing a text box.`);
  }
  return getWidget('text');
}

interface View {
  readonly byNode: ReadonlyMap<string, readonly ValidationIssue[]>;
  shown(path: string): boolean;
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/** Paths of the nodes that show errors: fields and lists, in display order. */
function errorTargets(model: FormModel): string[] {
  const paths: string[] = [];
  const visit = (node: FormNode) => {
    if (node.kind === 'field') paths.push(node.path);
    else if (node.kind === 'array') {
      paths.push(node.path);
      node.rows.forEach(visit);
    } else node.children.forEach(visit);
  };
  visit(model.root);
  return paths;
}

const targetsCache = new WeakMap<FormModel, { list: string[]; set: Set<string> }>();

function targetsOf(model: FormModel) {
  let targets = targetsCache.get(model);
  if (targets === undefined) {
    const list = errorTargets(model);
    targets = { list, set: new Set(list) };
    targetsCache.set(model, targets);
  }
  return targets;
}

/** The shown node an issue belongs to: its own path, or the nearest shown ancestor. */
function nodeOf(model: FormModel, path: string): string | undefined {
  const { set } = targetsOf(model);
  for (let at = path; ; at = at.slice(0, at.lastIndexOf('/'))) {
    if (set.has(at)) return at;
    if (at === '') return undefined;
  }
}

// An issue list belongs to one model (see #currentIssues): group it once, for render and blur.
const byNodeCache = new WeakMap<readonly ValidationIssue[], Map<string, ValidationIssue[]>>();

function issuesByNode(model: FormModel, issues: readonly ValidationIssue[]) {
  const cached = byNodeCache.get(issues);
  if (cached !== undefined) return cached;
  const byNode = new Map<string, ValidationIssue[]>();
  byNodeCache.set(issues, byNode);
  for (const issue of issues) {
    const target = nodeOf(model, issue.path);
    if (target === undefined) continue;
    const list = byNode.get(target);
    if (list === undefined) byNode.set(target, [issue]);
    else list.push(issue);
  }
  return byNode;
}

function firstInvalidNode(
  model: FormModel,
  issues: readonly ValidationIssue[],
): string | undefined {
  const invalid = new Set(issues.map((issue) => nodeOf(model, issue.path)));
  return targetsOf(model).list.find((path) => invalid.has(path));
}
