import { isCaseGridError, type Locale, type SyncClient, type SyncStatus } from '@casegrid/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Subscription } from 'rxjs';
import { formatInstant, relativeTime } from '../internal/case-text.js';
import { emit } from '../internal/emit.js';
import { CgSelectEvent } from '../internal/select-event.js';
import { buttonStyles, themeStyles } from '../internal/theme.styles.js';
import { isLocalStore } from '../internal/workbench.js';
import { WorkbenchElement } from '../internal/workbench-element.js';
import { type RejectedChange, rejectedChanges } from './rejected-changes.js';
import { syncStatusText as t } from './sync-status.messages.js';
import { syncStatusStyles } from './sync-status.styles.js';

// "3 minutes ago" must not stay "just now": the time is drawn again this often.
const tickMs = 30_000;

/**
 * The device's sync state at a glance: online or offline, syncing, how many changes wait and
 * how many the server refused, when the last sync finished and the last error, with a
 * "sync now" button. The badge unfolds into the details and the list of refused changes,
 * each with what it was, when, and why, to re-apply (take it again on the case as it is now)
 * or discard (after a confirmation). Changes of state are announced politely.
 *
 * It reads `sync` (the device's `SyncClient`) and `store` (its `LocalStore`) from its own
 * properties or the nearest `<cg-provider>`.
 *
 * @summary The sync badge: pending and refused changes, sync now, re-apply or discard.
 *
 * @example
 * ```html
 * <cg-provider .engine=${engine} .store=${store} .sync=${client} .actor=${me}>
 *   <cg-sync-status></cg-sync-status>
 * </cg-provider>
 * ```
 *
 * @event cg-select - A person opened the case of a refused change; `detail.caseId` is the case.
 *
 * @csspart badge - The button showing the state and the counts; it unfolds the panel.
 * @csspart sync-button - The "sync now" button.
 * @csspart panel - The details and the refused changes.
 * @csspart facts - The list of facts (connection, activity, counts, last sync, last error).
 * @csspart notice - What the last re-apply or discard came to.
 * @csspart rejected-list - The list of refused changes.
 * @csspart rejected-item - One refused change.
 * @csspart reason - Why the server refused it.
 *
 * @cssproperty --cg-font-family - The font.
 * @cssproperty --cg-font-size - The base text size (default 16px).
 * @cssproperty --cg-color-text - Text.
 * @cssproperty --cg-color-primary - Buttons, "syncing".
 * @cssproperty --cg-color-success - "Online, all sent".
 * @cssproperty --cg-color-warning - "Offline".
 * @cssproperty --cg-color-danger - Refused changes and errors.
 * @cssproperty --cg-color-muted - Secondary text.
 * @cssproperty --cg-color-border - The badge's border.
 * @cssproperty --cg-color-surface - Backgrounds.
 * @cssproperty --cg-color-focus - The focus ring.
 * @cssproperty --cg-radius - Corner radius.
 * @cssproperty --cg-space - Spacing in the panel.
 */
export class CgSyncStatus extends WorkbenchElement {
  static override styles = [themeStyles, buttonStyles, syncStatusStyles];

  #client: SyncClient | undefined;
  #subscription: Subscription | undefined;
  #status: SyncStatus | undefined;
  #changes: readonly RejectedChange[] = [];
  #loads = 0;
  #expanded = false;
  /** The refused change whose discard waits for a confirmation. */
  #confirming: string | undefined;
  /** The refused change being re-applied or discarded. */
  #working: string | undefined;
  #notice = '';
  #announcement = '';
  /** Parts announced since the last render: emissions in one burst are read together. */
  #announcing: string[] = [];
  #ticker: ReturnType<typeof setInterval> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#ticker = setInterval(() => this.requestUpdate(), tickMs);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#ticker);
    this.#watch(undefined);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.isConnected) return;
    const { sync } = this.current;
    if (sync !== this.#client || (sync && !this.#subscription)) this.#watch(sync);
  }

  protected override sourcesChanged(): void {
    void this.#loadRejected();
  }

  protected override casesChanged(): void {
    void this.#loadRejected();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#announcing = [];
  }

  #watch(client: SyncClient | undefined): void {
    this.#subscription?.unsubscribe();
    this.#subscription = undefined;
    this.#client = client;
    this.#status = undefined;
    if (client) {
      this.#subscription = client.status$.subscribe((status) => this.#statusChanged(status));
    }
    this.requestUpdate();
  }

  #statusChanged(next: SyncStatus): void {
    const previous = this.#status;
    this.#status = next;
    if (previous) {
      const parts = announcements(previous, next, this.current.locale);
      if (parts.length > 0) {
        for (const part of parts) if (!this.#announcing.includes(part)) this.#announcing.push(part);
        this.#announcement = this.#announcing.join(' ');
      }
    }
    if (previous?.rejected !== next.rejected) void this.#loadRejected();
    this.requestUpdate();
  }

  async #loadRejected(): Promise<void> {
    const { store, engine, locale } = this.current;
    const load = ++this.#loads;
    const changes = isLocalStore(store) ? await rejectedChanges(store, engine, locale) : [];
    // A later load (a newer burst of changes) wins.
    if (load !== this.#loads) return;
    this.#changes = changes;
    this.requestUpdate();
  }

  #toggle(): void {
    this.#expanded = !this.#expanded;
    this.requestUpdate();
  }

  #onPanelKey(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.#expanded) return;
    this.#expanded = false;
    this.requestUpdate();
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('[part~="badge"]')?.focus(),
    );
  }

  #syncNow(): void {
    // A failed sync shows in the status (and is announced); nothing more to do here.
    this.#client?.sync().catch(() => {});
  }

  async #reapply(change: RejectedChange): Promise<void> {
    const client = this.#client;
    if (!client) return;
    const { locale } = this.current;
    await this.#work(change, async () => {
      const outcome = await client.reapply(change.eventId);
      return outcome.status === 'reapplied'
        ? t(locale, 'reapplied', { what: change.what })
        : t(locale, 'stillRejected', { what: change.what, message: outcome.rejection.message });
    });
  }

  #askDiscard(change: RejectedChange): void {
    this.#confirming = change.eventId;
    this.requestUpdate();
    void this.updateComplete.then(() => this.#focus(`[data-confirm="${change.eventId}"]`));
  }

  #cancelDiscard(change: RejectedChange): void {
    this.#confirming = undefined;
    this.requestUpdate();
    void this.updateComplete.then(() => this.#focus(`[data-discard="${change.eventId}"]`));
  }

  async #discard(change: RejectedChange): Promise<void> {
    const client = this.#client;
    if (!client) return;
    const { locale } = this.current;
    this.#confirming = undefined;
    await this.#work(change, async () => {
      await client.discard(change.eventId);
      return t(locale, 'discarded', { what: change.what });
    });
  }

  /** Runs a re-apply or discard, then shows what it came to and where the list now stands. */
  async #work(change: RejectedChange, run: () => Promise<string>): Promise<void> {
    this.#working = change.eventId;
    this.requestUpdate();
    try {
      this.#notice = await run();
    } catch (error) {
      this.#notice = t(this.current.locale, 'failed', { message: messageOf(error) });
    } finally {
      this.#working = undefined;
    }
    // Said once, by the live region that is always there; shown until the next outcome.
    this.#announcement = this.#notice;
    await this.#loadRejected();
    await this.updateComplete;
    // The item may be gone: focus stays in the panel, on the notice that says what happened.
    if (!this.renderRoot.contains(this.renderRoot.ownerDocument.activeElement)) {
      this.#focus('[part~="notice"]');
    }
  }

  #focus(selector: string): void {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #select(change: RejectedChange): void {
    emit(this, new CgSelectEvent(change.caseId));
  }

  override render(): TemplateResult {
    const { locale, clock } = this.current;
    const status = this.#status;
    const now = clock();
    return html`
      <div class="bar">
        ${this.#badge(status, locale, now)}
        <button
          part="sync-button"
          class="sync-now"
          ?disabled=${!status || status.syncing}
          @click=${this.#syncNow}
        >
          <span class="icon" aria-hidden="true">↻</span>
          <span class="sync-label">${t(locale, 'syncNow')}</span>
        </button>
      </div>
      <div
        id="panel"
        part="panel"
        class="panel"
        role="region"
        aria-label=${t(locale, 'details')}
        ?hidden=${!this.#expanded}
        @keydown=${this.#onPanelKey}
      >
        ${status ? this.#facts(status, locale, now) : nothing}
        ${
          this.#notice
            ? html`<p part="notice" class="notice" tabindex="-1">${this.#notice}</p>`
            : nothing
        }
        ${this.#rejectedList(locale, now)}
      </div>
      <div class="visually-hidden" role="status">${this.#announcement}</div>
    `;
  }

  #badge(status: SyncStatus | undefined, locale: Locale, now: number): TemplateResult {
    // Refused changes need a person; being offline is expected and says so in amber.
    const tone =
      !status || (!status.online && status.rejected === 0)
        ? 'offline'
        : status.rejected > 0 || status.error
          ? 'trouble'
          : status.syncing
            ? 'syncing'
            : '';
    return html`<button
      part="badge"
      class="badge"
      aria-expanded=${this.#expanded ? 'true' : 'false'}
      aria-controls="panel"
      @click=${this.#toggle}
    >
      <span class="visually-hidden">${t(locale, 'label')}:</span>
      <span class="dot ${tone}" aria-hidden="true"></span>
      <span class="state"
        >${
          !status
            ? t(locale, 'notSetUp')
            : status.syncing
              ? t(locale, 'syncing')
              : t(locale, status.online ? 'online' : 'offline')
        }</span
      >
      ${
        status && status.pending > 0
          ? html`<span class="count">${t(locale, 'pendingShort', { n: status.pending })}</span>`
          : nothing
      }
      ${
        status && status.rejected > 0
          ? html`<span class="count refused"
            >${t(locale, 'rejectedShort', { n: status.rejected })}</span
          >`
          : nothing
      }
      ${
        status?.lastSync
          ? html`<span class="wide muted"
            >${t(locale, 'lastSyncShort', { time: relativeTime(status.lastSync, now, locale) })}</span
          >`
          : nothing
      }
    </button>`;
  }

  #facts(status: SyncStatus, locale: Locale, now: number): TemplateResult {
    return html`<dl part="facts">
      <dt>${t(locale, 'connection')}</dt>
      <dd data-fact="online">${t(locale, status.online ? 'online' : 'offline')}</dd>
      <dt>${t(locale, 'activity')}</dt>
      <dd data-fact="syncing">${t(locale, status.syncing ? 'syncing' : 'idle')}</dd>
      <dt>${t(locale, 'pending')}</dt>
      <dd data-fact="pending">${status.pending}</dd>
      <dt>${t(locale, 'rejected')}</dt>
      <dd data-fact="rejected">${status.rejected}</dd>
      <dt>${t(locale, 'lastSync')}</dt>
      <dd data-fact="last-sync">
        ${
          status.lastSync
            ? html`<time datetime=${status.lastSync} title=${formatInstant(status.lastSync, locale)}
              >${relativeTime(status.lastSync, now, locale)}</time
            >`
            : t(locale, 'never')
        }
      </dd>
      ${
        status.error
          ? html`<dt>${t(locale, 'lastError')}</dt>
            <dd data-fact="error" class="error">${status.error.message}</dd>`
          : nothing
      }
    </dl>`;
  }

  #rejectedList(locale: Locale, now: number): TemplateResult {
    if (this.#changes.length === 0) {
      return html`<p class="muted">${t(locale, 'noneRejected')}</p>`;
    }
    return html`<p class="list-title" id="rejected-title">${t(locale, 'rejectedList')}</p>
      <ul part="rejected-list" aria-labelledby="rejected-title">
        ${this.#changes.map((change) => this.#rejectedItem(change, locale, now))}
      </ul>`;
  }

  #rejectedItem(change: RejectedChange, locale: Locale, now: number): TemplateResult {
    const busy = this.#working !== undefined;
    const confirming = this.#confirming === change.eventId;
    return html`<li part="rejected-item" data-event=${change.eventId}>
      <p class="what">${change.what}</p>
      <p>
        ${
          change.caseShown
            ? html`<button
              class="link"
              aria-label=${t(locale, 'openCase', { summary: change.summary })}
              @click=${() => this.#select(change)}
            >
              ${change.summary}
            </button>`
            : change.summary
        }
      </p>
      <p class="muted">
        <time datetime=${change.at} title=${formatInstant(change.at, locale)}
          >${relativeTime(change.at, now, locale)}</time
        >
      </p>
      <p part="reason" class="reason">${t(locale, 'reason', { message: change.rejection.message })}</p>
      <div class="actions">
        <button part="reapply-button" ?disabled=${busy} @click=${() => this.#reapply(change)}>
          ${t(locale, 'reapply')}
        </button>
        <button
          part="discard-button"
          class="danger"
          data-discard=${change.eventId}
          aria-expanded=${confirming ? 'true' : 'false'}
          ?disabled=${busy}
          @click=${() => this.#askDiscard(change)}
        >
          ${t(locale, 'discard')}
        </button>
      </div>
      ${
        confirming
          ? html`<div class="confirm" role="group" aria-labelledby="confirm-${change.eventId}">
            <p id="confirm-${change.eventId}">${t(locale, 'confirmDiscard')}</p>
            <div class="actions">
              <button
                class="primary-danger"
                data-confirm=${change.eventId}
                @click=${() => this.#discard(change)}
              >
                ${t(locale, 'confirm')}
              </button>
              <button @click=${() => this.#cancelDiscard(change)}>${t(locale, 'cancel')}</button>
            </div>
          </div>`
          : nothing
      }
    </li>`;
  }
}

/** What is worth saying aloud about a change of state. */
function announcements(previous: SyncStatus, next: SyncStatus, locale: Locale): string[] {
  const parts: string[] = [];
  // A sync that failed for want of a connection says "offline": that tells what to expect.
  const endedOffline = previous.syncing && !next.syncing && !next.online;
  if ((previous.online || endedOffline) && !next.online) parts.push(t(locale, 'nowOffline'));
  if (!previous.online && next.online) parts.push(t(locale, 'nowOnline'));
  if (previous.syncing && !next.syncing && next.online) {
    parts.push(
      next.error ? t(locale, 'syncFailed', { message: next.error.message }) : t(locale, 'synced'),
    );
  }
  if (next.rejected > previous.rejected) {
    parts.push(t(locale, 'newlyRejected', { n: next.rejected - previous.rejected }));
  }
  return parts;
}

function messageOf(error: unknown): string {
  if (isCaseGridError(error)) return error.issues[0]?.message ?? error.message;
  return error instanceof Error ? error.message : String(error);
}
