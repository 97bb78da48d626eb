import { CgCaseDetail } from './case-detail.js';

if (!customElements.get('cg-case-detail')) customElements.define('cg-case-detail', CgCaseDetail);

declare global {
  interface HTMLElementTagNameMap {
    'cg-case-detail': CgCaseDetail;
  }
}

export { CgCaseDetail };
