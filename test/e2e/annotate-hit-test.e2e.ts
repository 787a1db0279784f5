/**
 * The MentionIndex's hit-testing (entrypoints/content/hit-test.ts), seen through the hover
 * card that uses it: a mark in the light DOM and a mark inside a web component's open shadow
 * root (which CSS.highlights.highlightsFromPoint only finds when told about the root) both
 * open the card of their entity.
 */
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { chromiumSuite } from './support/suite';
import { CARD_TIMEOUT, pointAt, pointAway } from './card-support';
import { waitSettled } from './annotate-helpers';

const suite = chromiumSuite();
let page: Page;

beforeAll(async () => {
  page = await suite.browser.newPage();
  await page.goto(`${suite.server.origin}/fixtures/shadow.html`);
  await waitSettled(page);
});

/** The box of the mark of `entity` reading `text`, in a shadow tree or not. */
function boxOf(entity: string, text: string, inShadow: boolean) {
  return page.evaluate(
    ([name, want, shadow]) => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      for (const range of registry.get(name as string) ?? []) {
        const isShadow = range.startContainer.getRootNode() instanceof ShadowRoot;
        if (range.toString() !== want || isShadow !== shadow) continue;
        const r = range.getClientRects()[0]!;
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }
      throw new Error(`no mark "${want as string}"`);
    },
    [`gl-${entity}`, text, inShadow] as const,
  );
}

test('a mark in the light DOM opens its card', async () => {
  await pointAt(page, await boxOf('wendy-sherman', 'Wendy Sherman', false));
  await page.getByRole('dialog', { name: 'Wendy Sherman' }).waitFor({ timeout: CARD_TIMEOUT });
  await pointAway(page);
  await page.getByRole('dialog').waitFor({ state: 'detached', timeout: CARD_TIMEOUT });
});

test('a mark inside an open shadow root opens its card', async () => {
  await pointAt(page, await boxOf('sergei-ryabkov', 'Sergei Ryabkov', true));
  const dialog = page.getByRole('dialog', { name: 'Sergei Ryabkov' });
  await dialog.waitFor({ timeout: CARD_TIMEOUT });
  expect(await dialog.count()).toBe(1);
});
