import { CgDashboard } from './dashboard.js';

if (!customElements.get('cg-dashboard')) customElements.define('cg-dashboard', CgDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'cg-dashboard': CgDashboard;
  }
}

export { CgDashboard };
