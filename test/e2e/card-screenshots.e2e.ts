/**
 * Screenshots of the hover card in light and dark mode for the README (issue 4), taken from
 * the built extension on a fixture page: `SCREENSHOTS=1 npx vitest run --config
 * vitest.e2e.config.ts test/e2e/card-screenshots.e2e.ts`. Skipped otherwise.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { REPO_ROOT, startServer, type TestServer } from './support/server';
import { waitSettled } from './annotate-helpers';
import { CARD_TIMEOUT, cardDialog, hoverMark, markBoxes } from './card-support';

const OUT = join(REPO_ROOT, '.github/screenshots');
const PAD = 24;

describe.skipIf(process.env.SCREENSHOTS !== '1')('card screenshots', () => {
  let server: TestServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchWithExtension({ viewport: { width: 900, height: 960 } });
    mkdirSync(OUT, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test.each(['light', 'dark'] as const)('%s', async (scheme) => {
    const page = await browser.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${server.origin}/fixtures/en-talks.html`);
    await waitSettled(page);
    // The fixture has no styles of its own: give it a reading column (and a dark page in dark
    // mode) so the card is seen as it would be on a news site.
    await page.addStyleTag({
      content: `body { max-width: 640px; margin: 32px auto; font: 18px/1.6 Georgia, serif; }
        @media (prefers-color-scheme: dark) { html { background: #121212; color: #ddd; } }`,
    });
    await hoverMark(page, 'sergei-ryabkov');
    const dialog = cardDialog(page);
    await dialog.waitFor({ timeout: CARD_TIMEOUT });
    await page.waitForTimeout(300);
    const card = (await dialog.boundingBox())!;
    const mark = (await markBoxes(page, 'sergei-ryabkov'))[0]!;
    const x = Math.max(0, Math.min(card.x, mark.x) - PAD);
    const y = Math.max(0, Math.min(card.y, mark.y) - PAD * 3);
    const right = Math.max(card.x + card.width, mark.x + mark.width) + PAD * 6;
    const bottom = card.y + card.height + PAD;
    await page.screenshot({
      path: join(OUT, `card-${scheme}.png`),
      clip: { x, y, width: Math.min(900, right) - x, height: Math.min(960, bottom) - y },
    });
    expect(browser.pageErrors).toEqual([]);
    await page.close();
  });
});
