import type { ValidationIssue } from '@casegrid/schema/form';

const init = { bubbles: true, composed: true } as const;

/**
 * Fired on every change a person makes; `detail` is the form's value.
 *
 * @example
 * ```ts
 * form.addEventListener('cg-input', (event) => draft.save(event.detail));
 * ```
 */
export class CgInputEvent extends CustomEvent<unknown> {
  constructor(value: unknown) {
    super('cg-input', { ...init, detail: value });
  }
}

/**
 * Fired when the form is submitted and valid; `detail` is the value to send.
 *
 * @example
 * ```ts
 * form.addEventListener('cg-submit', (event) => engine.perform(caseId, 'report', { actor, input: event.detail }));
 * ```
 */
export class CgSubmitEvent extends CustomEvent<unknown> {
  constructor(value: unknown) {
    super('cg-submit', { ...init, detail: value });
  }
}

/**
 * Fired when a submit finds problems; `detail` lists them, localized, with JSON pointers.
 *
 * @example
 * ```ts
 * form.addEventListener('cg-invalid', (event) => console.warn(event.detail.map((i) => i.message)));
 * ```
 */
export class CgInvalidEvent extends CustomEvent<readonly ValidationIssue[]> {
  constructor(issues: readonly ValidationIssue[]) {
    super('cg-invalid', { ...init, detail: issues });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cg-input': CgInputEvent;
    'cg-submit': CgSubmitEvent;
    'cg-invalid': CgInvalidEvent;
  }
}
