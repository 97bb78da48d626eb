import type { CaseEvent, CaseView } from '@casegrid/core';
import { isCaseGridError } from '@casegrid/schema/form';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import type { CaseForm } from '../case-form/case-form.js';
import { actionTitle } from '../internal/case-text.js';
import { emit } from '../internal/emit.js';
import { CgSelectEvent } from '../internal/select-event.js';
import { buttonStyles, themeStyles } from '../internal/theme.styles.js';
import { WorkbenchElement } from '../internal/workbench-element.js';
import { type ActionContext, caseActions, type OpenAction } from './action-panel.js';
import { detailText } from './case-detail.messages.js';
import { caseDetailStyles } from './case-detail.styles.js';
import {
  caseData,
  caseHeader,
  childCases,
  linkedRecords,
  type SectionContext,
} from './case-sections.js';
import { CgActionErrorEvent, CgPerformedEvent } from './events.js';
import { loadRelated, type RelatedCases, relatedIds } from './related-cases.js';

interface Loaded {
  readonly view: CaseView;
  readonly history: readonly CaseEvent[];
  readonly available: readonly string[];
  readonly related: RelatedCases;
}

type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly loaded: Loaded }
  | { readonly kind: 'failed'; readonly error: unknown };

/**
 * One case, for the person handling it: what it is and where it stands (type, state, handling
 * unit, assignee, deadline and time left, escalations), its data, the register records it links
 * to, its parent and child cases, its history (`<cg-timeline>`), and the actions the actor may
 * take now. An action with input opens its form in place; one without asks for confirmation.
 * The engine's refusal is shown in place and what was typed is kept. It reloads when the case,
 * a linked record or a child case changes, here or elsewhere.
 *
 * @summary One case: header, data, links, history and the actions the actor may take.
 *
 * @event cg-performed - The engine performed an action; `detail` is `{ caseId, action, view }`.
 * @event cg-action-error - The engine refused an action; `detail` is `{ caseId, action, error }`.
 * @event cg-select - A person picked the parent, a linked record or a child case; `detail.caseId`.
 *
 * @csspart header - The header: type, summary, parent and facts.
 * @csspart title - The case's one-line summary (`<h2>`).
 * @csspart type - The case type's title.
 * @csspart closed - The "closed" badge.
 * @csspart parent - The line linking to the parent case.
 * @csspart facts - The facts list; also state, unit, assignee, deadline, escalations for each value.
 * @csspart data - The case data section.
 * @csspart links - The linked records section.
 * @csspart link - A linked record (or the parent) button.
 * @csspart children - The child cases section.
 * @csspart child - A child case button.
 * @csspart actions - The actions section.
 * @csspart action - An action button (`chosen` while its panel is open).
 * @csspart panel - The open action's panel: its form or its confirmation.
 * @csspart error - The engine's refusal, shown in the panel.
 * @csspart button - Every button of the element (also confirm, cancel).
 * @csspart history - The history section; the timeline's own parts (event, sentence, time, input) are exported.
 * @csspart status - Loading, not-found and sign-in messages.
 *
 * @cssproperty --cg-font-family - Font.
 * @cssproperty --cg-font-size - Base font size.
 * @cssproperty --cg-color-text - Text colour.
 * @cssproperty --cg-color-muted - Labels and secondary text.
 * @cssproperty --cg-color-primary - Buttons and links.
 * @cssproperty --cg-color-danger - Overdue and errors.
 * @cssproperty --cg-color-surface - Button background.
 * @cssproperty --cg-color-group-border - Section borders.
 * @cssproperty --cg-color-summary - Background of the error box.
 * @cssproperty --cg-color-focus - The focus ring.
 * @cssproperty --cg-radius - Corner radius.
 * @cssproperty --cg-space - Base spacing.
 *
 * @example
 * ```html
 * <cg-provider>
 *   <cg-case-detail case-id="c-42"></cg-case-detail>
 * </cg-provider>
 * <script type="module">
 *   document.querySelector('cg-case-detail').addEventListener('cg-select', (event) => {
 *     event.currentTarget.caseId = event.detail.caseId;
 *   });
 * </script>
 * ```
 */
export class CgCaseDetail extends WorkbenchElement {
  static override styles = [themeStyles, buttonStyles, caseDetailStyles];

  static override properties = {
    ...WorkbenchElement.properties,
    caseId: { attribute: 'case-id' },
    // `attribute: false` as well: the manifest analyzer would list internal state as attributes.
    status: { state: true, attribute: false },
    open: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** The id of the case shown. */
  declare caseId: string | undefined;
  declare private status: Status;
  declare private open: OpenAction | undefined;
  declare private announcement: string;

  #loadToken = 0;
  #loadQueued = false;
  // The case's seq as last shown or produced here: a newer one came from someone else.
  #knownSeq = -1;
  #sources: readonly unknown[] = [];

  constructor() {
    super();
    this.status = { kind: 'idle' };
    this.announcement = '';
  }

  protected override sourcesChanged(): void {
    const { engine, store, actor } = this.current;
    const sources = [engine, store, actor];
    // A change of language only re-renders: the panel keeps what was typed.
    if (sources.every((source, index) => source === this.#sources[index])) return;
    this.#sources = sources;
    this.open = undefined;
    this.#queueLoad();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Changes made while away were not heard: load again.
    this.#sources = [];
  }

  protected override casesChanged(ids: ReadonlySet<string>): void {
    const caseId = this.caseId;
    if (caseId === undefined) return;
    const status = this.status;
    const watched =
      status.kind === 'ready' ? new Set([caseId, ...relatedIds(status.loaded.related)]) : [caseId];
    if ([...watched].some((id) => ids.has(id))) void this.#load(true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('caseId')) {
      this.open = undefined;
      this.#knownSeq = -1;
      this.status = { kind: 'idle' };
      this.#queueLoad();
    }
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

  async #load(fromElsewhere = false): Promise<void> {
    const token = ++this.#loadToken;
    const { engine, actor } = this.current;
    const caseId = this.caseId;
    if (engine === undefined || actor === undefined || caseId === undefined) {
      this.status = { kind: 'idle' };
      return;
    }
    if (this.status.kind !== 'ready') this.status = { kind: 'loading' };
    try {
      const [view, history, available] = await Promise.all([
        engine.get(caseId),
        engine.history(caseId),
        engine.available(caseId, actor),
      ]);
      const related = await loadRelated(engine, view);
      if (token !== this.#loadToken) return;
      if (fromElsewhere && this.#knownSeq >= 0 && view.seq > this.#knownSeq) {
        this.announcement = detailText(this.current.locale, 'updated');
      }
      this.#knownSeq = Math.max(this.#knownSeq, view.seq);
      this.status = { kind: 'ready', loaded: { view, history, available, related } };
    } catch (error) {
      if (token === this.#loadToken) this.status = { kind: 'failed', error };
    }
  }

  async #choose(name: string): Promise<void> {
    if (this.open?.busy) return;
    if (this.open?.name === name) return this.#close();
    this.open = { name, busy: false, error: undefined };
    await this.updateComplete;
    const form = this.renderRoot.querySelector<CaseForm>('cg-case-form');
    if (form === null) {
      this.renderRoot.querySelector<HTMLElement>('[part~="confirm"]')?.focus();
      return;
    }
    await form.updateComplete;
    form.shadowRoot?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
  }

  async #close(): Promise<void> {
    const name = this.open?.name;
    this.open = undefined;
    await this.updateComplete;
    this.#focusActions(name);
  }

  /** Focus back on the action's button, or on the actions heading once it is gone. */
  #focusActions(name: string | undefined): void {
    const button =
      name === undefined
        ? null
        : this.renderRoot.querySelector<HTMLElement>(`[data-action="${CSS.escape(name)}"]`);
    (button ?? this.renderRoot.querySelector<HTMLElement>('#actions-title'))?.focus();
  }

  async #perform(name: string, input: unknown): Promise<void> {
    const { engine, actor, locale } = this.current;
    const caseId = this.caseId;
    const status = this.status;
    if (engine === undefined || actor === undefined || caseId === undefined) return;
    if (this.open?.busy || status.kind !== 'ready') return;
    const title = actionTitle(engine, status.loaded.view, name, locale);
    this.open = { name, busy: true, error: undefined };
    this.announcement = detailText(locale, 'performing', { action: title });
    try {
      const view = await engine.perform(caseId, name, { actor, input });
      this.#knownSeq = view.seq;
      this.open = undefined;
      this.announcement = detailText(locale, 'performed', { action: title });
      emit(this, new CgPerformedEvent({ caseId, action: name, view }));
      await this.#load();
      await this.updateComplete;
      this.#focusActions(name);
    } catch (error) {
      this.open = { name, busy: false, error };
      // The error box is an alert: it speaks for itself.
      this.announcement = '';
      emit(this, new CgActionErrorEvent({ caseId, action: name, error }));
      if (isCaseGridError(error, 'conflict')) void this.#load();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#action-error')?.focus();
    }
  }

  #message(text: string, busy = false): TemplateResult {
    return html`<p part="status" class="status" role="status" aria-busy=${busy ? 'true' : 'false'}>
      ${text}
    </p>`;
  }

  #body(): TemplateResult {
    const { engine, actor, locale } = this.current;
    const t = (key: Parameters<typeof detailText>[1], params?: Record<string, string>) =>
      detailText(locale, key, params);
    if (engine === undefined) return this.#message(t('noEngine'));
    if (this.caseId === undefined) return this.#message(t('noCase'));
    if (actor === undefined) return this.#message(t('noActor'));
    const status = this.status;
    if (status.kind === 'failed') {
      const { error } = status;
      return isCaseGridError(error, 'not-found')
        ? this.#message(t('notFound', { id: this.caseId }))
        : this.#message(
            t('loadFailed', { message: error instanceof Error ? error.message : String(error) }),
          );
    }
    if (status.kind !== 'ready') return this.#message(t('loading'), true);
    return this.#case(status.loaded);
  }

  #case({ view, history, available, related }: Loaded): TemplateResult {
    const { engine, locale, forms, clock } = this.current;
    const sections: SectionContext = {
      engine,
      locale,
      forms,
      now: clock(),
      select: (caseId) => emit(this, new CgSelectEvent(caseId)),
    };
    const actions: ActionContext = {
      engine,
      locale,
      forms,
      choose: (name) => void this.#choose(name),
      close: () => void this.#close(),
      perform: (name, input) => void this.#perform(name, input),
    };
    return html`<article part="base" class="detail" aria-labelledby="case-title">
      ${caseHeader(view, related, sections)}
      ${caseActions(view, available, this.open, actions)}
      ${caseData(view, sections)}
      ${linkedRecords(view, related, sections)}
      ${childCases(related, sections)}
      <section part="history" class="section" aria-labelledby="history-title">
        <h3 id="history-title">${detailText(locale, 'history')}</h3>
        <cg-timeline
          exportparts="event, sentence, time, input"
          .events=${history}
          .engine=${engine}
          .locale=${locale}
          .clock=${clock}
          .forms=${forms}
        ></cg-timeline>
      </section>
    </article>`;
  }

  override render() {
    // The live region stays in place across states: a region added with its text is not read.
    return html`<div class="root" lang=${this.current.locale}>
      ${this.#body()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}
