// <cg-case-form> on a plain page: properties in, cg-* events out, a precompiled validator so the
// page runs under `script-src 'self'`. build.mjs bundles this file into dist/main.js.
import '@casegrid/elements/define';
import type { CaseForm } from '@casegrid/elements';
import type { Locale } from '@casegrid/schema/form';
import { org } from './org.js';
import { reportSchema, reportUi } from './report-form.js';
import { validators } from './validators.js';

function element<T extends Element>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (found === null) throw new Error(`index.html has no ${selector}`);
  return found;
}

const output = element<HTMLOutputElement>('#output');
const show = (value: unknown) => {
  output.textContent = JSON.stringify(value, null, 2);
};

// Objects go in as properties (attributes only carry text): the same schema for both forms.
const forms = [...document.querySelectorAll('cg-case-form')];
for (const form of forms) {
  form.schema = reportSchema;
  form.uiSchema = reportUi;
  form.validator = validators.report;
  form.orgUnits = org.units;
}

// 1. On its own: the form's submit button fires cg-submit or cg-invalid.
const report = element<CaseForm>('#report');
const draftKey = 'casegrid-example-draft';
const draft = sessionStorage.getItem(draftKey);
if (draft !== null) report.value = JSON.parse(draft);
report.addEventListener('cg-input', (event) => {
  sessionStorage.setItem(draftKey, JSON.stringify(event.detail));
});
report.addEventListener('cg-submit', (event) => {
  sessionStorage.removeItem(draftKey);
  show(event.detail); // a portal would send it: fetch('/api/reports', { method: 'POST', ... })
});
report.addEventListener('cg-invalid', (event) => {
  show(event.detail.map((issue) => `${issue.path}: ${issue.message}`));
});

// 2. Inside a native <form>: the value travels as JSON in the FormData under the element's name,
// and the browser refuses to submit while the form is invalid.
const native = element<HTMLFormElement>('#native');
native.addEventListener('submit', (event) => {
  event.preventDefault(); // a portal could let the POST go through instead
  const data = new FormData(native);
  show({ report: JSON.parse(String(data.get('report'))), note: data.get('note') });
});

// Switching the language re-renders labels, choices and messages; what was typed stays.
const locale = element<HTMLSelectElement>('#locale');
locale.addEventListener('change', () => {
  const next = locale.value as Locale;
  document.documentElement.lang = next;
  for (const form of forms) form.locale = next;
});
