import { CgSyncStatus } from './sync-status.js';

if (!customElements.get('cg-sync-status')) customElements.define('cg-sync-status', CgSyncStatus);

declare global {
  interface HTMLElementTagNameMap {
    'cg-sync-status': CgSyncStatus;
  }
}

export { CgSyncStatus };
