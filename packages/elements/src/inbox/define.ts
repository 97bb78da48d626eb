import '../case-list/define.js';
import { CgInbox } from './inbox.js';

if (!customElements.get('cg-inbox')) customElements.define('cg-inbox', CgInbox);

declare global {
  interface HTMLElementTagNameMap {
    'cg-inbox': CgInbox;
  }
}

export { CgInbox };
