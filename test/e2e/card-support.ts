/**
 * Helpers of the hover-card specs (issue 4): point at a mark as a reader would, find the open
 * card through the accessibility tree (Playwright's role queries pierce open shadow roots),
 * and the card model the corpus says the card must show.
 */
import type { Locator, Page } from 'playwright-core';
import type { ExtensionBrowser } from './support/chromium';
import type { TestServer } from './support/server';
import { waitSettled } from './annotate-helpers';
import { buildCorpus } from '../../lib/corpus/build';
import { readSeedFiles } from '../../lib/corpus/seed-files';
import { buildCardModel, type CardModel } from '../../lib/cards/card-model';
import type { CorpusBundle } from '../../lib/corpus/bundle';
import type { Settings } from '../../lib/settings/schema';
import { REPO_ROOT } from './support/server';
import { join } from 'node:path';

/**
 * How long a card may take to appear: the first one loads the card UI, and these machines
 * run several suites on two shared cores.
 */
export const CARD_TIMEOUT = 10_000;

let corpus: CorpusBundle | undefined;

/** The model the background must answer with, computed here from the same seeds. */
export function expectedCard(entity: string, lang: 'en' | 'is'): CardModel {
  corpus ??= buildCorpus(readSeedFiles(join(REPO_ROOT, 'seeds')));
  const model = buildCardModel(corpus, entity, lang);
  if (!model) throw new Error(`no entity ${entity} in the corpus`);
  return model;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Client rects of every mark of an entity, in document order (first line box of each). */
export function markBoxes(page: Page, entity: string): Promise<Box[]> {
  return page.evaluate((name) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
    return [...(registry.get(name) ?? [])].flatMap((r) => {
      const rect = (r as Range).getClientRects()[0];
      return rect ? [{ x: rect.x, y: rect.y, width: rect.width, height: rect.height }] : [];
    });
  }, `gl-${entity}`);
}

/** Moves the mouse onto the middle of a box, in two steps as a real pointer would arrive. */
export async function pointAt(page: Page, box: Box): Promise<void> {
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x - 4, y);
  await page.mouse.move(x, y);
}

export async function hoverMark(page: Page, entity: string, nth = 0): Promise<void> {
  const box = (await markBoxes(page, entity))[nth];
  if (!box) throw new Error(`no mark ${nth} of ${entity} on ${page.url()}`);
  await pointAt(page, box);
}

/** Moves the pointer to an empty corner of the page (no name there). */
export async function pointAway(page: Page): Promise<void> {
  await page.mouse.move(1, 1);
}

export const cardDialog = (page: Page): Locator => page.getByRole('dialog');

/** The element focused inside the card's shadow root, described for assertions. */
export function focusedInCard(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const active = document.querySelector('geneva-lens')?.shadowRoot?.activeElement;
    if (!active) return null;
    const role = active.getAttribute('role');
    return role ? `${active.localName}[role=${role}]` : active.localName;
  });
}

/** Opens a fixture page and waits for the content script to settle. */
export async function openFixture(
  browser: ExtensionBrowser,
  server: TestServer,
  fixture: string,
  viewport?: { width: number; height: number },
): Promise<Page> {
  const page = await browser.newPage();
  if (viewport) await page.setViewportSize(viewport);
  await page.goto(`${server.origin}/fixtures/${fixture}`);
  await waitSettled(page);
  return page;
}

interface ChromeApi {
  tabs: {
    query(query: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
}

/** Sends a message to the page's tab from the background, as the command handler does. */
export async function sendToActiveTab(
  browser: ExtensionBrowser,
  page: Page,
  message: unknown,
): Promise<unknown> {
  await page.bringToFront();
  return browser.background.evaluate(async (m) => {
    const { tabs } = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    return tabs.sendMessage(tab!.id!, m);
  }, message);
}

/** Changes stored settings as the options page would (the content script watches them). */
export async function patchSettings(
  browser: ExtensionBrowser,
  patch: Partial<Settings>,
): Promise<void> {
  await browser.background.evaluate(async (p) => {
    const { storage } = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const { settings } = await storage.local.get('settings');
    await storage.local.set({ settings: { ...(settings as object), ...p } });
  }, patch);
}

export const setUiLanguage = (browser: ExtensionBrowser, uiLanguage: Settings['uiLanguage']) =>
  patchSettings(browser, { uiLanguage });
