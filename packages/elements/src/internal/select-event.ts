const init = { bubbles: true, composed: true } as const;

/**
 * Fired when a person picks a case: a row of `<cg-case-list>` or `<cg-inbox>`, or a linked
 * record or child case in `<cg-case-detail>`. `detail.caseId` is the case picked.
 *
 * @example
 * ```ts
 * list.addEventListener('cg-select', (event) => { detail.caseId = event.detail.caseId; });
 * ```
 */
export class CgSelectEvent extends CustomEvent<{ readonly caseId: string }> {
  constructor(caseId: string) {
    super('cg-select', { ...init, detail: { caseId } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cg-select': CgSelectEvent;
  }
}
