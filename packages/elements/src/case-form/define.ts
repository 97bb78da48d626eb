import { CaseForm } from './case-form.js';

if (!customElements.get('cg-case-form')) customElements.define('cg-case-form', CaseForm);

declare global {
  interface HTMLElementTagNameMap {
    'cg-case-form': CaseForm;
  }
}

export { CaseForm };
