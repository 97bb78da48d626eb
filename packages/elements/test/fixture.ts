// Shared helpers for element tests in Chromium: mount, find controls by field path, run axe.

import { compile, type JsonSchema } from '@casegrid/schema';
import type { UiSchema } from '@casegrid/schema/form';
import axe from 'axe-core';
import '../src/define.js';
import { type CaseForm, fieldId } from '../src/index.js';

/** Mounts a `<cg-case-form>` with the given properties and waits for it (and its validator). */
export async function mountForm(
  properties: Partial<
    Pick<CaseForm, 'locale' | 'readonly' | 'disabled' | 'orgUnits' | 'now' | 'noSubmit'>
  > & {
    schema: JsonSchema;
    uiSchema?: UiSchema;
    value?: unknown;
  },
  container: HTMLElement = document.body,
): Promise<CaseForm> {
  const form = document.createElement('cg-case-form');
  // Precompiled-style validator: tests in this file care about the form, not about loading ajv.
  form.validator = compile(properties.schema, { allErrors: true });
  Object.assign(form, properties);
  container.append(form);
  await form.updateComplete;
  return form;
}

/** The control of the field at a value path (the element carrying the field's id). */
export function control<T extends HTMLElement = HTMLInputElement>(form: CaseForm, path: string): T {
  const element = form.shadowRoot?.querySelector<T>(`#${fieldId(path)}`);
  if (element == null) throw new Error(`no control for ${path}`);
  return element;
}

/** Every element of the form's shadow root matching `selector`. */
export function all<T extends Element = HTMLElement>(form: CaseForm, selector: string): T[] {
  return [...(form.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/** The text of the error shown under the field at `path`, or `undefined`. */
export function errorOf(form: CaseForm, path: string): string | undefined {
  return form.shadowRoot?.querySelector(`#${fieldId(path)}-error`)?.textContent?.trim();
}

/** axe-core violations on the form (its shadow root included), as `rule: targets` lines. */
export async function axeViolations(root: Element): Promise<string[]> {
  const results = await axe.run(root, { resultTypes: ['violations'] });
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** Removes every mounted element between tests. */
export function cleanup(): void {
  document.body.replaceChildren();
}
