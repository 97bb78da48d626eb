// The only script of /__csp/index.html, which csp-plugin.ts serves under `script-src 'self'`.
// It checks that eval is refused here, runs <cg-case-form> with precompiled validators and then
// without any, and posts what it saw to the parent frame (csp.test.ts).
import type { JsonSchema, Validator } from '@casegrid/schema/form';
import '../../src/define.js';
import { type CaseForm, fieldId } from '../../src/index.js';

/** A step of the page; each violation is put down to the step during which it arrived. */
export type CspStep = 'load' | 'eval probe' | 'precompiled' | 'run time' | 'done';

/** One `securitypolicyviolation` event seen by the page. */
export interface CspViolation {
  readonly step: CspStep;
  readonly directive: string;
  /** `eval`, `inline`, or the URL of a blocked script. */
  readonly blocked: string;
  readonly source: string;
}

/** What the page posts to its parent when done. */
export interface CspPageResult {
  readonly kind: 'cg-csp-result';
  /** `new Function('return 1')()`: the name of the error it threw, or `returned 1`. */
  readonly evalProbe: string;
  readonly violations: readonly CspViolation[];
  readonly precompiled: {
    readonly phoneError: string | undefined;
    readonly validWithBadPhone: boolean;
    readonly submitted: readonly unknown[];
  };
  readonly runTime: {
    readonly fields: number;
    readonly submitted: readonly unknown[];
    readonly invalidEvents: number;
    readonly validate: boolean;
    readonly validationMessage: string;
    readonly alert: string | undefined;
  };
  /** Set when the page itself threw. */
  readonly failure?: string;
}

// Vitest rewrites every `import()` it serves into a call on its runner, which this page (outside
// the test runner) does not have; load modules directly.
(globalThis as { __vitest_browser_runner__?: unknown }).__vitest_browser_runner__ ??= {
  wrapDynamicImport: (load: () => Promise<unknown>) => load(),
};

const validatorsUrl = '/__csp/validators.js';

let step: CspStep = 'load';
const violations: CspViolation[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push({
    step,
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    source: `${event.sourceFile}:${event.lineNumber}`,
  });
});

/** Violation events are queued as tasks: let them arrive before the next step starts. */
const settle = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

function mount(schema: JsonSchema, validator: Validator | undefined, value?: unknown): CaseForm {
  const form = document.createElement('cg-case-form');
  if (validator !== undefined) form.validator = validator;
  form.schema = schema;
  if (value !== undefined) form.value = value;
  document.body.append(form);
  return form;
}

function control(form: CaseForm, path: string): HTMLInputElement {
  const element = form.shadowRoot?.querySelector<HTMLInputElement>(`#${fieldId(path)}`);
  if (element == null) throw new Error(`no control for ${path}`);
  return element;
}

/** Types as a person would, as far as the form can tell: input events, then leaving the field. */
function type(input: HTMLInputElement, text: string): void {
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text }));
  input.dispatchEvent(new FocusEvent('blur'));
}

function submit(form: CaseForm): void {
  form.shadowRoot?.querySelector<HTMLButtonElement>('[part~="submit"]')?.click();
}

function collect(form: CaseForm, type: 'cg-submit' | 'cg-invalid'): unknown[] {
  const seen: unknown[] = [];
  form.addEventListener(type, (event) => seen.push(event.detail));
  return seen;
}

async function run(): Promise<Omit<CspPageResult, 'kind' | 'violations'>> {
  await settle();
  step = 'eval probe';
  let evalProbe: string;
  try {
    evalProbe = `returned ${new Function('return 1')()}`;
  } catch (error) {
    evalProbe = error instanceof Error ? error.name : String(error);
  }
  await settle();

  step = 'precompiled';
  // compileStandalone's output, served by csp-plugin.ts (with the schemas it was compiled from).
  const { validators, schemas } = (await import(/* @vite-ignore */ validatorsUrl)) as {
    validators: Record<string, Validator>;
    schemas: Record<string, JsonSchema>;
  };
  const form = mount(schemas.report!, validators.report);
  const submitted = collect(form, 'cg-submit');
  await form.updateComplete;
  type(control(form, '/phone'), '123');
  await form.updateComplete;
  const phoneError = form.shadowRoot
    ?.querySelector(`#${fieldId('/phone')}-error`)
    ?.textContent?.trim();
  const validWithBadPhone = form.checkValidity();
  type(control(form, '/summary'), '邻里纠纷');
  type(control(form, '/phone'), '13912345678');
  await form.updateComplete;
  submit(form);
  await settle();
  form.remove();

  step = 'run time';
  const runTimeForm = mount(schemas.report!, undefined, {
    summary: '邻里纠纷',
    phone: '13912345678',
  });
  const runTimeSubmitted = collect(runTimeForm, 'cg-submit');
  const invalid = collect(runTimeForm, 'cg-invalid');
  await runTimeForm.updateComplete;
  await settle(300);
  submit(runTimeForm);
  await runTimeForm.updateComplete;
  const validate = runTimeForm.validate();
  await runTimeForm.updateComplete;
  await settle();
  const runTime = {
    fields: runTimeForm.shadowRoot?.querySelectorAll('input').length ?? 0,
    submitted: runTimeSubmitted,
    invalidEvents: invalid.length,
    validate,
    validationMessage: runTimeForm.validationMessage,
    alert: runTimeForm.shadowRoot?.querySelector('[role="alert"]')?.textContent?.trim(),
  };
  // Without a schema the form stops asking for a validator (and retrying the compiler).
  runTimeForm.schema = undefined;
  step = 'done';
  return { evalProbe, precompiled: { phoneError, validWithBadPhone, submitted }, runTime };
}

const empty: Omit<CspPageResult, 'kind' | 'violations' | 'failure'> = {
  evalProbe: '',
  precompiled: { phoneError: undefined, validWithBadPhone: true, submitted: [] },
  runTime: {
    fields: 0,
    submitted: [],
    invalidEvents: 0,
    validate: true,
    validationMessage: '',
    alert: undefined,
  },
};

run().then(
  (seen) => parent.postMessage({ kind: 'cg-csp-result', ...seen, violations }, location.origin),
  (error: unknown) =>
    parent.postMessage(
      {
        kind: 'cg-csp-result',
        ...empty,
        violations,
        failure: error instanceof Error ? (error.stack ?? error.message) : String(error),
      },
      location.origin,
    ),
);
