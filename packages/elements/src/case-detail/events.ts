import type { CaseView } from '@casegrid/core';

const init = { bubbles: true, composed: true } as const;

/**
 * What `cg-performed` tells: the case, the action taken and the case after it.
 *
 * @example
 * ```ts
 * const detail: PerformedDetail = { caseId: view.id, action: 'accept', view };
 * ```
 */
export interface PerformedDetail {
  readonly caseId: string;
  readonly action: string;
  readonly view: CaseView;
}

/**
 * What `cg-action-error` tells: the case, the action tried and why the engine refused it.
 *
 * @example
 * ```ts
 * const { error } = event.detail as ActionErrorDetail;
 * if (isCaseGridError(error, 'conflict')) reload();
 * ```
 */
export interface ActionErrorDetail {
  readonly caseId: string;
  readonly action: string;
  /** Usually a `CaseGridError` (`code`, `issues`). */
  readonly error: unknown;
}

/**
 * Fired by `<cg-case-detail>` after the engine performed an action a person chose.
 *
 * @example
 * ```ts
 * detail.addEventListener('cg-performed', (event) => toast(`${event.detail.action}: ${event.detail.view.state}`));
 * ```
 */
export class CgPerformedEvent extends CustomEvent<PerformedDetail> {
  constructor(detail: PerformedDetail) {
    super('cg-performed', { ...init, detail });
  }
}

/**
 * Fired by `<cg-case-detail>` when the engine refused an action (the error is also shown in
 * place).
 *
 * @example
 * ```ts
 * detail.addEventListener('cg-action-error', (event) => log.warn(event.detail.action, event.detail.error));
 * ```
 */
export class CgActionErrorEvent extends CustomEvent<ActionErrorDetail> {
  constructor(detail: ActionErrorDetail) {
    super('cg-action-error', { ...init, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cg-performed': CgPerformedEvent;
    'cg-action-error': CgActionErrorEvent;
  }
}
