// The in-page half of `npm run bench:forms`: bundled by forms.bench.mjs with the precompiled
// validators, served under `script-src 'self'`, driven through `window.formsBench`.
// Every timing is performance.now() in the page; the driver only collects the numbers.

import { forms } from 'bench:forms';
import { validators as validators50 } from 'bench:validators-50';
import { validators as validators200 } from 'bench:validators-200';
import { fieldId } from '@casegrid/elements';
import { CaseForm } from '@casegrid/elements/case-form';
import { formModel, localizeErrors, submittedValue } from '@casegrid/schema/form';

// A bare `import '@casegrid/elements/case-form'` is dropped by bundlers that honour
// `sideEffects` while the tag is defined in a shared chunk the list misses: define it here too.
if (!customElements.get('cg-case-form')) customElements.define('cg-case-form', CaseForm);

const validators = { ...validators50, ...validators200 };
const violations = [];
document.addEventListener('securitypolicyviolation', (event) =>
  violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
);

const nextFrame = () =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

function formOf(size) {
  const { schema, ui, value } = forms[size];
  return { schema, ui, value, validator: validators[schema.$id] };
}

/**
 * Creates, fills and attaches a fresh element; resolves once it rendered and laid out, with the
 * milliseconds that took. The value is copied before the clock starts (a page hands its own).
 */
async function render(size) {
  const { schema, ui, value, validator } = formOf(size);
  const copy = structuredClone(value);
  const start = performance.now();
  const el = document.createElement('cg-case-form');
  el.locale = 'zh-CN';
  el.schema = schema;
  el.uiSchema = ui;
  el.value = copy;
  el.validator = validator;
  document.body.append(el);
  await el.updateComplete;
  el.getBoundingClientRect();
  return { el, time: performance.now() - start };
}

/** `warmups + runs` fresh elements; the very first one is also returned as the cold figure. */
async function firstRender(size, { warmups, runs }) {
  const times = [];
  let cold;
  let el;
  for (let run = 0; run < warmups + runs; run += 1) {
    document.body.replaceChildren();
    await nextFrame();
    const rendered = await render(size);
    el = rendered.el;
    cold ??= rendered.time;
    if (run >= warmups) times.push(rendered.time);
  }
  const fields = el.shadowRoot.querySelectorAll('[part~="field"]').length;
  return { times, cold, fields, valid: el.validate() };
}

/** Types one character (or deletes one) the way an input event from a keystroke arrives. */
function keystroke(input, next) {
  input.value = next;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/**
 * Times keystroke → validated: set the value, fire `input`, await the update, read the field's
 * error state (and, in a second figure, force layout too). `step(i)` gives the next text and the
 * `aria-invalid` the field must show after it.
 */
async function keystrokes(size, path, { warmups, runs, start, step }) {
  document.body.replaceChildren();
  const { el } = await render(size);
  // Shows every error from now on, as after a first submit.
  el.validate();
  await el.updateComplete;
  const id = fieldId(path);
  const input = el.shadowRoot.getElementById(id);
  if (input === null) throw new Error(`no control #${id} for ${path}`);
  keystroke(input, start);
  await el.updateComplete;
  const times = [];
  const withLayout = [];
  let shown = 0;
  let flips = 0;
  let before = input.getAttribute('aria-invalid');
  for (let run = 0; run < warmups + runs; run += 1) {
    await nextFrame();
    const { text, invalid } = step(input.value, run);
    const begin = performance.now();
    keystroke(input, text);
    await el.updateComplete;
    const state = input.getAttribute('aria-invalid');
    const message = el.shadowRoot.getElementById(`${id}-error`)?.textContent ?? '';
    const validated = performance.now();
    el.getBoundingClientRect();
    const laidOut = performance.now();
    if (run < warmups) continue;
    times.push(validated - begin);
    withLayout.push(laidOut - begin);
    // The visible error must follow the value: aria-invalid and the message under the field.
    if (state === String(invalid) && (message !== '') === invalid) shown += 1;
    if (state !== before) flips += 1;
    before = state;
  }
  return { times, withLayout, shown, flips };
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

/** Median milliseconds of one call, timed in batches (one call can be shorter than a clock step). */
function timeEach(batches, batch, call) {
  const times = [];
  for (let run = 0; run < batches; run += 1) {
    const start = performance.now();
    for (let index = 0; index < batch; index += 1) call(run * batch + index);
    times.push((performance.now() - start) / batch);
  }
  return median(times);
}

/**
 * Where one keystroke's time goes outside the element: the form model, the submitted value,
 * the precompiled validator, localizing its errors. Drafts alternate the phone field between
 * invalid and valid, as the phone keystrokes do.
 */
function profile(size, batches) {
  const { schema, ui, value, validator } = formOf(size);
  const batch = 10;
  const drafts = [0, 1].map((odd) => ({
    ...structuredClone(value),
    f16: odd === 0 ? '1380013800' : '13800138000',
  }));
  const options = (index) => ({ locale: 'zh-CN', value: drafts[index % 2] });
  const models = drafts.map((_, index) => formModel(schema, ui, options(index)));
  const data = models.map((model) => submittedValue(model));
  validator(data[0]);
  const errors = validator.errors;
  const issues = localizeErrors(errors, { locale: 'zh-CN' }).length;
  return {
    formModel: timeEach(batches, batch, (index) => formModel(schema, ui, options(index))),
    submittedValue: timeEach(batches, batch, (index) => submittedValue(models[index % 2])),
    validator: timeEach(batches, batch, (index) => validator(data[index % 2])),
    localizeErrors: timeEach(batches, batch, () => localizeErrors(errors, { locale: 'zh-CN' })),
    issues,
  };
}

window.formsBench = {
  ready: true,
  isolated: () => crossOriginIsolated,
  violations,
  firstRender,
  /** A text field that stays valid: each keystroke appends a character. */
  textKeystrokes: (size, counts) =>
    keystrokes(size, '/f0', {
      ...counts,
      start: '值 0',
      step: (current) => ({ text: `${current}x`, invalid: false }),
    }),
  /** A phone field that flips validity: type its 11th digit, then delete it again. */
  phoneKeystrokes: (size, counts) =>
    keystrokes(size, '/f16', {
      ...counts,
      start: '1380013800',
      step: (current) =>
        current.length === 10
          ? { text: `${current}0`, invalid: false }
          : { text: current.slice(0, -1), invalid: true },
    }),
  profile,
  /** Scripts the page fetched: proves the run-time compiler's chunk stayed unloaded. */
  scripts: () => performance.getEntriesByType('resource').map((entry) => entry.name),
};
