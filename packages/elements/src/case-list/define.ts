import { CgCaseList } from './case-list.js';

if (!customElements.get('cg-case-list')) customElements.define('cg-case-list', CgCaseList);

declare global {
  interface HTMLElementTagNameMap {
    'cg-case-list': CgCaseList;
  }
}

export { CgCaseList };
