import type { CaseEngine, CaseEvent, Locale } from '@casegrid/core';
import {
  actionTitle,
  localText,
  personName,
  placeTitle,
  stateTitle,
  typeTitle,
} from '../internal/case-text.js';
import { timelineText } from './timeline.messages.js';

const separator = ' · ';

/**
 * One event of a case's history as a sentence a person reads, in zh-CN or en: who did what,
 * the state change, the unit it went to, who it was assigned to.
 *
 * @example
 * ```ts
 * eventSentence(acceptEvent, engine, 'en'); // '李四 took “Accept” · Reported → Mediating · assigned to 李四'
 * eventSentence(escalation, engine, 'zh-CN'); // '系统因超期将其上交至东镇'
 * ```
 */
export function eventSentence(
  event: CaseEvent,
  engine: CaseEngine | undefined,
  locale: Locale,
): string {
  const org = engine?.org;
  const t = (key: Parameters<typeof timelineText>[1], params?: Record<string, string | number>) =>
    timelineText(locale, key, params);
  const actor = personName(org, event.actor.id, locale);
  const unit = (id: string) => placeTitle(org, id, locale);
  const state = (name: string) => stateTitle(engine, event, name, locale);
  const parts: string[] = [];

  switch (event.type) {
    case 'opened':
      parts.push(
        t(event.parentId === undefined ? 'opened' : 'openedChild', {
          actor,
          unit: unit(event.unit ?? event.handlingUnit ?? ''),
        }),
      );
      break;
    case 'performed':
    case 'escalated': {
      const action = event.action;
      if (action === undefined && event.type === 'escalated') {
        parts.push(t('escalatedByDeadline', { actor, unit: unit(event.handlingUnit ?? '') }));
        break;
      }
      let sentence =
        action === undefined
          ? t('movedOn', { actor })
          : t('performed', { actor, action: actionTitle(engine, event, action, locale) });
      if (event.reason === 'deadline') sentence += t('byDeadline');
      parts.push(sentence);
      if (event.from !== undefined && event.to !== undefined && event.from !== event.to) {
        parts.push(t('transition', { from: state(event.from), to: state(event.to) }));
      }
      if (event.handlingUnit !== undefined) {
        parts.push(t('escalatedTo', { unit: unit(event.handlingUnit) }));
      }
      break;
    }
    case 'deadline-passed':
      parts.push(t('deadlinePassed', { state: state(event.from ?? event.to ?? '') }));
      break;
    case 'child-opened':
      parts.push(
        t('childOpened', {
          type: typeTitle(engine, event.child?.typeId ?? '', locale),
          unit: unit(event.child?.unit ?? ''),
        }),
      );
      break;
    case 'child-closed': {
      const child = event.child;
      const childState = child?.state ?? '';
      const childType = child ? engine?.caseTypes.latest(child.typeId) : undefined;
      parts.push(
        t('childClosed', {
          type: typeTitle(engine, child?.typeId ?? '', locale),
          unit: unit(child?.unit ?? ''),
          state: localText(childType?.state(childState)?.title, locale, childState),
        }),
      );
      break;
    }
    case 'migrated':
      parts.push(t('migrated', { actor, version: event.typeVersion }));
      // A state renamed by the migration's state map.
      if (event.from !== undefined && event.to !== undefined && event.from !== event.to) {
        parts.push(t('transition', { from: event.from, to: state(event.to) }));
      }
      break;
  }
  if (event.alertUnit !== undefined) parts.push(t('alerted', { unit: unit(event.alertUnit) }));
  // A new case records "nobody" explicitly; only an assignment there is news.
  const unassignedAtOpening = event.type === 'opened' && event.assignee === null;
  if (event.assignee !== undefined && !unassignedAtOpening) {
    parts.push(
      event.assignee === null
        ? t('unassigned')
        : t('assigned', { person: personName(org, event.assignee, locale) }),
    );
  }
  return parts.join(separator);
}
