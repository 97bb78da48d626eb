import type { CaseEvent } from '@casegrid/core';
import { isCaseGridError } from '@casegrid/schema/form';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { formatInstant, relativeTime } from '../internal/case-text.js';
import { fieldRows } from '../internal/field-values.js';
import { themeStyles } from '../internal/theme.styles.js';
import { WorkbenchElement } from '../internal/workbench-element.js';
import { eventSentence } from './event-sentence.js';
import { timelineText } from './timeline.messages.js';
import { timelineStyles } from './timeline.styles.js';

/**
 * Which end of the history comes first.
 *
 * @example
 * ```ts
 * const order: TimelineOrder = 'newest-first';
 * ```
 */
export type TimelineOrder = 'oldest-first' | 'newest-first';

type Loading =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly events: readonly CaseEvent[] }
  | { readonly kind: 'failed'; readonly error: unknown };

/**
 * The history of a case as sentences a person reads, in zh-CN or en: who reported it where,
 * who took which action and what state it moved to, escalations, passed deadlines, child
 * cases opened and closed, assignments, migrations. Each step shows what was entered for it
 * (labelled from the action's input schema) and when it happened, relative and absolute.
 *
 * Give it `events` (e.g. `engine.history(caseId)`), or a `caseId` and an engine (its own or a
 * `<cg-provider>`'s): it then loads the history itself and follows changes.
 *
 * @summary The history of a case, one sentence per event.
 *
 * @csspart list - The `<ol>` of events.
 * @csspart event - One event (`<li>`).
 * @csspart sentence - The sentence saying what happened and how long ago.
 * @csspart time - The absolute time (`<time>`), in China Standard Time.
 * @csspart input - What was entered for the step (`<dl>`).
 * @csspart status - Loading, empty and error messages.
 *
 * @cssproperty --cg-font-family - Font.
 * @cssproperty --cg-font-size - Base font size.
 * @cssproperty --cg-color-text - Text colour.
 * @cssproperty --cg-color-muted - Times, labels and system events.
 * @cssproperty --cg-color-primary - The marker of an event taken by a person.
 * @cssproperty --cg-color-group-border - The line joining the events.
 * @cssproperty --cg-space - Base spacing.
 *
 * @example
 * ```html
 * <cg-provider>
 *   <cg-timeline case-id="c-42" order="newest-first"></cg-timeline>
 * </cg-provider>
 * ```
 */
export class CgTimeline extends WorkbenchElement {
  static override styles = [themeStyles, timelineStyles];

  static override properties = {
    ...WorkbenchElement.properties,
    events: { attribute: false },
    caseId: { attribute: 'case-id' },
    order: { reflect: true },
    // `attribute: false` as well: the manifest analyzer would list internal state as attributes.
    loading: { state: true, attribute: false },
  };

  /** The events to show, oldest first (as `engine.history` returns them). Wins over `caseId`. */
  declare events: readonly CaseEvent[] | undefined;
  /** A case whose history the element loads itself when `events` is not given. */
  declare caseId: string | undefined;
  /** `oldest-first` (default) or `newest-first`. */
  declare order: TimelineOrder;
  declare private loading: Loading;

  #loadToken = 0;
  #loadQueued = false;

  constructor() {
    super();
    this.order = 'oldest-first';
    this.loading = { kind: 'idle' };
  }

  protected override sourcesChanged(): void {
    this.#queueLoad();
  }

  protected override casesChanged(ids: ReadonlySet<string>): void {
    if (this.events === undefined && this.caseId !== undefined && ids.has(this.caseId)) {
      void this.#load();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('caseId')) this.loading = { kind: 'idle' };
    if (changed.has('caseId') || changed.has('events')) this.#queueLoad();
  }

  // The first update both connects (sources) and sets the case id: load once.
  #queueLoad(): void {
    if (this.#loadQueued) return;
    this.#loadQueued = true;
    queueMicrotask(() => {
      this.#loadQueued = false;
      void this.#load();
    });
  }

  async #load(): Promise<void> {
    const token = ++this.#loadToken;
    const { engine } = this.current;
    const caseId = this.caseId;
    if (this.events !== undefined || caseId === undefined || engine === undefined) {
      this.loading = { kind: 'idle' };
      return;
    }
    if (this.loading.kind !== 'ready') this.loading = { kind: 'loading' };
    try {
      const events = await engine.history(caseId);
      if (token === this.#loadToken) this.loading = { kind: 'ready', events };
    } catch (error) {
      if (token === this.#loadToken) this.loading = { kind: 'failed', error };
    }
  }

  #status(text: string): TemplateResult {
    return html`<p part="status" class="status" role="status">${text}</p>`;
  }

  override render() {
    const { locale, engine } = this.current;
    const t = (key: Parameters<typeof timelineText>[1], params?: Record<string, string>) =>
      timelineText(locale, key, params);
    let events = this.events;
    if (events === undefined) {
      const loading = this.loading;
      if (loading.kind === 'ready') events = loading.events;
      else if (this.caseId === undefined) return nothing;
      else if (engine === undefined) return this.#status(t('noEngine'));
      else if (loading.kind === 'failed') {
        const error = loading.error;
        return isCaseGridError(error, 'not-found')
          ? this.#status(t('notFound', { id: this.caseId }))
          : this.#status(t('failed', { message: String((error as Error)?.message ?? error) }));
      } else return this.#status(t('loading'));
    }
    if (events.length === 0) return this.#status(t('empty'));
    const newestFirst = this.order === 'newest-first';
    const shown = newestFirst ? [...events].reverse() : events;
    return html`<ol part="list" class="list" lang=${locale} aria-label=${t('listLabel')} ?reversed=${newestFirst}>
      ${shown.map((event) => this.#event(event))}
    </ol>`;
  }

  #event(event: CaseEvent): TemplateResult {
    const { locale, engine, clock } = this.current;
    // core's systemActorId, written out: this package imports only types from @casegrid/core.
    const system = event.actor.id === 'system';
    return html`<li part="event" class=${system ? 'event system' : 'event'} data-type=${event.type}>
      <p part="sentence" class="sentence">
        ${eventSentence(event, engine, locale)} · ${relativeTime(event.at, clock(), locale)}
      </p>
      <time part="time" class="time" datetime=${event.at}>${formatInstant(event.at, locale)}</time>
      ${this.#input(event)}
    </li>`;
  }

  #input(event: CaseEvent): TemplateResult | typeof nothing {
    const { locale, engine, forms } = this.current;
    if (event.action === undefined || event.input === undefined) return nothing;
    const type = engine?.caseTypes.get(event.typeId, event.typeVersion);
    const rows = fieldRows(type?.definition.actions[event.action]?.input, event.input, {
      locale,
      uiSchema: forms?.[event.typeId]?.actions?.[event.action],
      org: engine?.org,
    });
    if (rows.length === 0) return nothing;
    return html`<dl part="input" class="input">
      ${rows.map((row) => html`<dt>${row.label}</dt><dd>${row.text}</dd>`)}
    </dl>`;
  }
}
