// The county portal page: the casegrid workbench embedded the way an integrator would — register
// the elements, give <cg-provider> the engine, the store, the person and the language, and
// listen to `cg-select`. Everything else here is the portal's own: the role switcher, the
// language switch, the views and the "report a case" dialog.
//
// `import '@casegrid/elements/define'` registers every element at once. This page registers them
// one by one instead, so that the dashboard, one view away, loads only when it is first shown.
import '@casegrid/elements/provider';
import '@casegrid/elements/inbox';
import '@casegrid/elements/case-list';
import '@casegrid/elements/case-detail';
import '@casegrid/elements/case-form';
import '@casegrid/elements/sync-status';
import { createOrg, type Locale } from '@casegrid/core/precompiled';
import type { CgCaseDetail, CgCaseList, CgInbox, CgProvider } from '@casegrid/elements';
import type { DemoPerson } from '../src/county.js';
import type { DemoCounty } from '../src/demo-routes.js';
import { loadKit } from './case-types.js';
import { applyTexts, text } from './messages.js';
import { withOfflineCopy } from './offline-copy.js';
import { reportDialog } from './report-dialog.js';
import { fillRoleSwitcher } from './role-switcher.js';
import { type Session, signIn } from './session.js';

const $ = <T extends Element = HTMLElement>(selector: string) =>
  document.querySelector<T>(selector)!;

const provider = $<CgProvider>('cg-provider');
const personSelect = $<HTMLSelectElement>('#person');
const localeSelect = $<HTMLSelectElement>('#locale');
const status = $<HTMLElement>('#status');
const offlineNote = $<HTMLElement>('#offline');
const detail = $<CgCaseDetail>('cg-case-detail');
const inbox = $<CgInbox>('cg-inbox');
const list = $<CgCaseList>('#all-panel cg-case-list');

const savedLocale = localStorage.getItem('casegrid-demo-locale');
let locale: Locale = savedLocale === 'en' ? 'en' : 'zh-CN';
let session: Session | undefined;
let connection: { unsubscribe(): void } | undefined;
// The page's own words in the chosen language before anything loads.
document.documentElement.lang = locale;
applyTexts(document, locale);
registerServiceWorker();

// The county (demo route) and the kit's case types and forms (validators precompiled when the
// page was built) load side by side.
const [county, { caseTypes, forms }] = await Promise.all([loadCounty(), loadKit(locale)]);
const org = createOrg({ units: county.units, people: county.people });

const report = reportDialog(
  $<HTMLDialogElement>('#report-dialog'),
  () => session && { engine: session.engine, person: session.person, org, forms, locale },
  (caseId) => {
    showCase(caseId);
    status.textContent = text(locale, 'reported');
  },
);

setLocale(locale);
provider.forms = forms;
personSelect.value = localStorage.getItem('casegrid-demo-person') ?? '';
if (personSelect.value === '') personSelect.selectedIndex = 0;
await switchPerson(personSelect.value);

personSelect.addEventListener('change', () => switchPerson(personSelect.value));
localeSelect.addEventListener('change', () => setLocale(localeSelect.value as Locale));
$('#report').addEventListener('click', () => report.open());
$('#show-work').addEventListener('click', () => showView('work'));
$('#show-dashboard').addEventListener('click', () => showView('dashboard'));
$('#back').addEventListener('click', () => document.body.classList.remove('case-open'));
const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
for (const [index, tab] of tabs.entries()) {
  tab.addEventListener('click', () => showTab(tab));
  // Tabs move with the arrow keys (WAI-ARIA tabs pattern).
  tab.addEventListener('keydown', (event) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const next = tabs[(index + step + tabs.length) % tabs.length]!;
    showTab(next);
    next.focus();
  });
}
// The inbox, the list, the detail's links and the sync badge all say which case was picked.
document.addEventListener('cg-select', (event) => showCase(event.detail.caseId));
localeSelect.disabled = false;

/**
 * The service worker (page/sw.ts) keeps the page and its scripts, so that the portal opens
 * without the network. Registered once the page has loaded, so that its downloads do not compete
 * with the page's own; the portal works without it, only not offline.
 */
function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () =>
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((error: unknown) => {
      console.warn('The portal will not open offline: no service worker.', error);
    });
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}

/** The county, or without the network the copy kept at the last visit (the same seeding). */
async function loadCounty(): Promise<DemoCounty> {
  try {
    const { value } = await withOfflineCopy('casegrid-demo-county', async () => {
      const response = await fetch('/demo/county');
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return (await response.json()) as DemoCounty;
    });
    return value;
  } catch (error) {
    status.textContent = text(locale, 'loadFailed');
    throw error;
  }
}

/** Signs another person in: their own device database, engine and sync client. */
async function switchPerson(personId: string): Promise<void> {
  const person = county.people.find((p) => p.id === personId) as DemoPerson | undefined;
  if (!person) return;
  status.textContent = text(locale, 'signingIn');
  personSelect.disabled = true;
  const previous = session;
  try {
    session = await signIn({ person, org, caseTypes, generation: county.generation, locale });
  } catch {
    status.textContent = text(locale, 'signInFailed');
    if (previous) personSelect.value = previous.person.id;
    return;
  } finally {
    personSelect.disabled = false;
  }
  localStorage.setItem('casegrid-demo-person', person.id);
  // Setting the provider's properties is all the elements need: each reloads for the new person.
  Object.assign(provider, {
    engine: session.engine,
    store: session.store,
    sync: session.sync,
    actor: person,
  });
  // The elements have let go of the previous person's store: it can close now.
  previous?.close();
  // While the device cannot reach the server the portal says that it works offline (the badge
  // tells what waits); the sync client knows first, from the browser or from a failed sync.
  connection?.unsubscribe();
  connection = session.sync.status$.subscribe(({ online }) => {
    offlineNote.hidden = online;
  });
  detail.caseId = undefined;
  detail.hidden = true;
  $('#pick').hidden = false;
  document.body.classList.remove('case-open');
  const reportButton = $<HTMLButtonElement>('#report');
  reportButton.hidden = !report.canReport();
  reportButton.disabled = false;
  status.textContent = '';
}

function setLocale(next: Locale): void {
  locale = next;
  localStorage.setItem('casegrid-demo-locale', next);
  localeSelect.value = next;
  document.documentElement.lang = next;
  document.title = text(next, 'title');
  applyTexts(document, next);
  fillRoleSwitcher(personSelect, county.people, org, next);
  provider.locale = next;
}

function showCase(caseId: string): void {
  showView('work');
  detail.caseId = caseId;
  detail.hidden = false;
  inbox.selectedId = caseId;
  list.selectedId = caseId;
  $('#pick').hidden = true;
  // On a phone the detail replaces the list; "back" returns to it.
  document.body.classList.add('case-open');
  $('#case').scrollIntoView({ block: 'start' });
}

function showView(view: 'work' | 'dashboard'): void {
  if (view === 'dashboard') void import('@casegrid/elements/dashboard');
  $('#work').hidden = view !== 'work';
  $('#dashboard').hidden = view !== 'dashboard';
  $('#show-work').setAttribute('aria-pressed', String(view === 'work'));
  $('#show-dashboard').setAttribute('aria-pressed', String(view === 'dashboard'));
}

function showTab(chosen: HTMLButtonElement): void {
  for (const tab of tabs) {
    const selected = tab === chosen;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    $(`#${tab.getAttribute('aria-controls')}`).toggleAttribute('hidden', !selected);
  }
}
