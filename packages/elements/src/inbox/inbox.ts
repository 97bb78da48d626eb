import { html } from 'lit';
import { WorkbenchElement } from '../internal/workbench-element.js';

/**
 * Placeholder: being built.
 *
 * @summary Placeholder.
 */
export class CgInbox extends WorkbenchElement {
  override render() {
    return html``;
  }
}
