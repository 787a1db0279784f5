/**
 * Launches Debian's Chromium with the built extension (.output/chrome-mv3) loaded.
 * Never downloads a browser: the executable is /usr/bin/chromium (or $CHROMIUM_PATH).
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './server';
import { collectMarks } from './marks';

/**
 * Headless Chromium as root on a machine whose only network is loopback: without the
 * background-networking flags it keeps trying (and failing) to reach Google's services.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const CHROME_BUILD = join(REPO_ROOT, '.output/chrome-mv3');
const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  background: Worker;
  /** Errors thrown by pages opened in this browser (uncaught exceptions). */
  pageErrors: Error[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse a profile (for tests of persistence across restarts). */
  userDataDir?: string;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  locale?: string;
  /**
   * Whether the content script records its User Timing entries (`diagnostics` in storage,
   * entrypoints/content/marks.ts), which most suites wait on. Default true; a real user's
   * browser never has it.
   */
  diagnostics?: boolean;
}

/**
 * Sets `diagnostics` (lib/browser/matcher-store.ts, DIAGNOSTICS_KEY) in the extension's
 * storage from its service worker, so its content script records the User Timing entries
 * that tests and the bench read (entrypoints/content/marks.ts).
 */
export function enableDiagnostics(worker: Worker): Promise<void> {
  return worker.evaluate(() => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { set(items: object): Promise<void> } } };
    };
    return chrome.storage.local.set({ diagnostics: true });
  });
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
    throw new Error(`No Chrome build at ${CHROME_BUILD}: run "npm run build" first.`);
  }
  const ownDir = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'gl-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: EXECUTABLE,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: options.locale ?? 'en-US',
    args: [
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      ...CHROMIUM_FLAGS,
    ],
  });
  const background =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(background.url()).host;
  if (options.diagnostics ?? true) await enableDiagnostics(background);
  const pageErrors: Error[] = [];
  context.on('page', (page) => page.on('pageerror', (e) => pageErrors.push(e)));
  return {
    context,
    extensionId,
    background,
    pageErrors,
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      if (ownDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Reads the extension's marks back from the page (support/marks.ts). */
export function readMarks(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(collectMarks);
}
