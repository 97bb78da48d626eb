// Drives the county portal in Chromium the way a visitor does: by labels, roles and the elements'
// documented parts. Playwright's CSS and role locators pierce open shadow roots.
import type { Locator, Page } from 'playwright';

/** The portal in English, as one person at a time. */
export function portalPage(page: Page) {
  const detail = page.locator('cg-case-detail');
  const dialog = page.locator('#report-dialog');

  return {
    page,
    detail,

    /** Opens the portal, in English. */
    async open(url: string): Promise<void> {
      await page.goto(url);
      // The portal's controls are enabled once it has loaded the county: selectOption waits.
      await page.locator('#locale').selectOption('en');
    },

    /** Switches the person (the role switcher), and waits until the portal is theirs. */
    async signInAs(personId: string): Promise<void> {
      await page.locator('#person').selectOption(personId);
      await page.waitForFunction(
        (id) =>
          (document.querySelector('cg-provider') as { actor?: { id: string } }).actor?.id === id,
        personId,
      );
    },

    /** "Report a case": picks the kind, fills the form through `fill`, submits. */
    async report(typeId: string, fill: (form: Locator) => Promise<void>): Promise<void> {
      await page.getByRole('button', { name: 'Report a case' }).click();
      await dialog.getByLabel('Kind of case').selectOption(typeId);
      const form = dialog.locator('cg-case-form');
      await fill(form);
      await form.getByRole('button', { name: 'Report', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
    },

    /**
     * Finds a case in "All cases" by words of its summary and opens it beside the list. The
     * person's device may still be pulling: the list fills as the sync goes on.
     */
    async openCase(words: string): Promise<void> {
      await page.getByRole('tab', { name: 'All cases' }).click();
      const list = page.locator('#all-panel cg-case-list');
      await list.getByLabel('Search').fill(words);
      const exactly = new RegExp(`^\\s*${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
      const summary = page.locator('[part~="summary"]').filter({ hasText: exactly });
      await list.locator('[part~="row"]').filter({ has: summary }).first().click();
      await detail.locator('[part~="title"]').filter({ hasText: exactly }).waitFor();
    },

    /** Takes an action in the open case: its button, then its form (or the confirmation). */
    async perform(action: string, fill?: (form: Locator) => Promise<void>): Promise<void> {
      await detail.locator(`button[data-action="${action}"]`).click();
      const panel = detail.locator('[part~="panel"]');
      if (fill) {
        const form = panel.locator('cg-case-form');
        await fill(form);
        await form.locator('[part~="submit"]').click();
      } else {
        await panel.locator('[part~="confirm"]').click();
      }
      // The panel closes once the engine performed the action (a refusal keeps it open).
      await panel.waitFor({ state: 'detached' });
    },

    /** Shows the dashboard view. */
    async showDashboard(): Promise<Locator> {
      await page.getByRole('button', { name: 'Dashboard' }).click();
      return page.locator('cg-dashboard');
    },
  };
}
