/**
 * Opens one of the pane's views in the e2e tests: its tab when it is shown, else through the
 * navigation's "…" menu (the tabs that do not fit the pane's width are there, issue 17 item 4).
 */
import type { Page } from 'playwright-core';

/** Waits for the navigation to lay itself out (Fluent's Overflow measures after a frame). */
async function settled(page: Page): Promise<void> {
  await page.getByRole('tablist').first().waitFor();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
}

export async function openView(page: Page, name: string): Promise<void> {
  await settled(page);
  const tab = page.getByRole('tablist').first().getByRole('tab', { name, exact: true });
  if (await tab.isVisible()) return tab.click();
  await page.getByTestId('nav-more').click();
  await page.getByRole('menuitem', { name, exact: true }).click();
  await tab.waitFor();
}
