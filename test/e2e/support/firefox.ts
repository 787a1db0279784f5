/**
 * Launches Debian's Firefox ESR over WebDriver BiDi (puppeteer-core 24) with the built add-on
 * (.output/firefox-mv2) installed. Never downloads a browser: the executable is
 * /usr/bin/firefox-esr (or $FIREFOX_PATH).
 *
 * The add-on's internal UUID is pinned through `extensions.webextensions.uuids`, so its pages
 * have a known moz-extension:// origin (DESIGN.md, Toolchain notes: Firefox).
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_PAGES, REPO_ROOT } from './server';
import { collectMarks } from './marks';

export const FIREFOX_BUILD = join(REPO_ROOT, '.output/firefox-mv2');
const EXECUTABLE = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_UUID = '6e5c1a52-2f0b-4c3e-9d1a-9b0f3c6a7e21';

export interface FirefoxWithAddon {
  browser: Browser;
  addonId: string;
  /** moz-extension://<pinned uuid>: the origin of the add-on's own pages. */
  extensionOrigin: string;
  /** Errors of every page opened through newPage(): uncaught ones and CSP violations. */
  pageErrors: Error[];
  newPage(): Promise<Page>;
  /**
   * Opens an add-on page (popup.html, options.html…). Firefox does not report the load of a
   * moz-extension:// navigation to BiDi as a finished goto, so it is not awaited: the page is
   * returned once its document has loaded.
   */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

function addonIdOf(build: string): string {
  const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${build}/manifest.json has no gecko add-on id`);
  return id;
}

export async function launchFirefoxWithAddon(): Promise<FirefoxWithAddon> {
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_BUILD}: run "npm run build" first.`);
  }
  const addonId = addonIdOf(FIREFOX_BUILD);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: EXECUTABLE,
    protocol: 'webDriverBiDi',
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    // Extension pages are chrome-privileged documents; BiDi reaches them only with this flag.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: ADDON_UUID }),
      'intl.accept_languages': 'en-US',
      'ui.prefersReducedMotion': 1,
    },
  });
  try {
    const installed = await browser.installExtension(FIREFOX_BUILD);
    if (installed !== addonId) throw new Error(`Installed ${installed}, expected ${addonId}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const pageErrors: Error[] = [];
  const newPage = async () => {
    const page = await browser.newPage();
    page.on('pageerror', (e) => pageErrors.push(e instanceof Error ? e : new Error(String(e))));
    return page;
  };
  const extensionOrigin = `moz-extension://${ADDON_UUID}`;
  const firefox: FirefoxWithAddon = {
    browser,
    addonId,
    extensionOrigin,
    pageErrors,
    newPage,
    async openExtensionPage(path) {
      const url = `${extensionOrigin}/${path}`;
      // Now and then the add-on page does not load at all and its tab stays on about:blank,
      // even when navigated again (seen here about once in two dozen opens): after a while
      // without it, give up on that tab and open the page in a new one.
      let stuck = '';
      for (const waitMs of [8_000, 8_000, 12_000]) {
        const page = await newPage();
        void page.goto(url).catch(() => undefined);
        if (await loadedWithin(page, extensionOrigin, waitMs)) return page;
        stuck = page.url();
        await page.close().catch(() => undefined);
      }
      throw new Error(`${url} did not load in Firefox, in three tabs (last at ${stuck})`);
    },
    close: () => browser.close(),
  };
  // The content script records its User Timing entries, which the suites wait on, only with
  // `diagnostics` in storage (entrypoints/content/marks.ts): set from one of the add-on's pages.
  try {
    const options = await firefox.openExtensionPage('options.html');
    await options.evaluate(() =>
      (
        globalThis as unknown as {
          browser: { storage: { local: { set(items: object): Promise<void> } } };
        }
      ).browser.storage.local.set({ diagnostics: true }),
    );
    await options.close();
  } catch (error) {
    await browser.close();
    throw error;
  }
  return firefox;
}

/** Whether the page is a loaded document of `origin` within `timeoutMs`. */
async function loadedWithin(page: Page, origin: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await page.waitForFunction(
        (o) => location.origin === o && document.readyState === 'complete',
        { timeout: Math.max(1, deadline - Date.now()), polling: 100 },
        origin,
      );
      return true;
    } catch (error) {
      // A poll that lands while about:blank gives way to the add-on page can fail inside
      // Firefox's BiDi agent ("unknown error … got null") instead of being retried: poll
      // again until the deadline.
      if (Date.now() >= deadline || (error as Error).name === 'TimeoutError') return false;
    }
  }
}

/** Reads the add-on's marks back from the page (support/marks.ts). */
export function readMarks(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(collectMarks);
}

/** The content script's mark when its queued work is done (entrypoints/content/marks.ts). */
const SETTLED = 'geneva-lens:settled';

/**
 * The page's marks once the content script has settled: it annotates off the load path (an
 * idle callback), then records a `geneva-lens:settled` mark, which Firefox shows to the
 * page's own scripts too. Two reads a moment apart must agree, in case a rescan follows.
 */
export async function settledMarks(
  page: Page,
  timeoutMs = 10_000,
): Promise<Record<string, string[]>> {
  await page.waitForFunction(
    (name) => performance.getEntriesByName(name).length > 0,
    {
      timeout: timeoutMs,
      polling: 50,
    },
    SETTLED,
  );
  let last = JSON.stringify(await readMarks(page));
  for (;;) {
    await new Promise((ok) => setTimeout(ok, 150));
    const marks = await readMarks(page);
    const now = JSON.stringify(marks);
    if (now === last) return marks;
    last = now;
  }
}

/** A fixture page and its sidecar `<page>.expected.json`: entity id → mention texts. */
export interface FixtureExpectation {
  page: string;
  marks: Record<string, string[]>;
}

/** Every fixture page that states its expected marks, sorted by name. */
export function fixtureExpectations(): FixtureExpectation[] {
  return readdirSync(FIXTURE_PAGES)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => ({
      page: f.replace(/\.expected\.json$/, '.html'),
      marks: JSON.parse(readFileSync(join(FIXTURE_PAGES, f), 'utf8')) as Record<string, string[]>,
    }));
}

/**
 * Mention texts per entity as a reader sees them: whitespace runs collapsed (a name broken
 * across source lines is one mention) and each list sorted, since Highlight sets keep
 * painting order, not document order.
 */
export function sortedMarks(marks: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(marks)
      .filter(([, texts]) => texts.length > 0)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, texts]) => [id, texts.map((t) => t.replace(/\s+/g, ' ')).sort()]),
  );
}
