import { CgTimeline } from './timeline.js';

if (!customElements.get('cg-timeline')) customElements.define('cg-timeline', CgTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'cg-timeline': CgTimeline;
  }
}

export { CgTimeline };
