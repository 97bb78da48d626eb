// <cg-case-detail> shows its history with <cg-timeline> and action input with <cg-case-form>:
// registering it registers them.
import '../case-form/define.js';
import '../timeline/define.js';
import { CgCaseDetail } from './case-detail.js';

if (!customElements.get('cg-case-detail')) customElements.define('cg-case-detail', CgCaseDetail);

declare global {
  interface HTMLElementTagNameMap {
    'cg-case-detail': CgCaseDetail;
  }
}

export { CgCaseDetail };
