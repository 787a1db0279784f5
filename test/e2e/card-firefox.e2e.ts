/**
 * The hover card's own styling in Firefox ESR (issue 4): its constructed stylesheets reach the
 * shadow root from the content script's compartment, on a page whose CSP forbids every style,
 * and the card is placed inside the viewport. (firefox-card.e2e.ts covers open and close.)
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchFirefoxWithAddon, settledMarks, type FirefoxWithAddon } from './support/firefox';
import { startServer, type TestServer } from './support/server';

let server: TestServer;
let firefox: FirefoxWithAddon;

beforeAll(async () => {
  server = await startServer();
  firefox = await launchFirefoxWithAddon();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

async function hoverFirstMark(page: Page, entity: string): Promise<void> {
  const point = await page.evaluate((name) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
    const [first] = registry.get(name) ?? [];
    const rect = first && (first as Range).getClientRects()[0];
    return rect ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
  }, `gl-${entity}`);
  if (!point) throw new Error(`no mark of ${entity}`);
  await page.mouse.move(point.x - 3, point.y);
  await page.mouse.move(point.x, point.y);
}

test('strict CSP page: the card is styled by its constructed stylesheets and in view', async () => {
  const page = await firefox.newPage();
  await page.goto(`${server.origin}/fixtures/strict-csp.html`);
  await settledMarks(page);
  await hoverFirstMark(page, 'sergei-ryabkov');
  await page.waitForFunction(
    () => !!document.querySelector('geneva-lens')?.shadowRoot?.querySelector('[role="dialog"]'),
    { timeout: 5_000, polling: 50 },
  );
  await new Promise((ok) => setTimeout(ok, 200));
  const card = await page.evaluate(() => {
    const dialog = document
      .querySelector('geneva-lens')!
      .shadowRoot!.querySelector('[role="dialog"]') as HTMLElement;
    const style = getComputedStyle(dialog);
    const box = dialog.getBoundingClientRect();
    return {
      radius: style.borderTopLeftRadius,
      position: getComputedStyle(dialog.parentElement!).position,
      inView: box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth,
      sheets: document.querySelector('geneva-lens')!.shadowRoot!.adoptedStyleSheets.length,
    };
  });
  expect(card).toEqual({ radius: '12px', position: 'fixed', inView: true, sheets: 2 });
  await page.close();
});
