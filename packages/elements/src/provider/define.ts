import { CgProvider } from './provider.js';

if (!customElements.get('cg-provider')) customElements.define('cg-provider', CgProvider);

declare global {
  interface HTMLElementTagNameMap {
    'cg-provider': CgProvider;
  }
}

export { CgProvider };
