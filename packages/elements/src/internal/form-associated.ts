import type { LitElement } from 'lit';

// biome-ignore lint/suspicious/noExplicitAny: the mixin pattern needs an any-constructor
type Constructor<T> = new (...args: any[]) => T;

/** What a form-associated element offers, as native form controls do. */
export interface FormAssociatedElement {
  readonly internals: ElementInternals;
  /** The `<form>` the element belongs to, or `null`. */
  readonly form: HTMLFormElement | null;
  /** The name under which the value is submitted with the form. */
  name: string;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
}

/**
 * Makes a Lit element a form-associated custom element (ElementInternals): it belongs to the
 * enclosing `<form>`, submits a value under its `name`, and takes part in the form's validity
 * and reset. The element sets its value and validity through `internals`.
 *
 * @example
 * ```ts
 * class MyField extends FormAssociated(LitElement) {
 *   override formResetCallback() { this.clear(); }
 * }
 * ```
 */
export function FormAssociated<Base extends Constructor<LitElement>>(base: Base) {
  class FormAssociatedMixin extends base implements FormAssociatedElement {
    static formAssociated = true;
    readonly internals: ElementInternals = this.attachInternals();

    get form(): HTMLFormElement | null {
      return this.internals.form;
    }

    get name(): string {
      return this.getAttribute('name') ?? '';
    }

    set name(name: string) {
      this.setAttribute('name', name);
    }

    get validity(): ValidityState {
      return this.internals.validity;
    }

    get validationMessage(): string {
      return this.internals.validationMessage;
    }

    get willValidate(): boolean {
      return this.internals.willValidate;
    }

    checkValidity(): boolean {
      return this.internals.checkValidity();
    }

    reportValidity(): boolean {
      return this.internals.reportValidity();
    }
  }
  return FormAssociatedMixin as Constructor<FormAssociatedElement> & Base;
}
