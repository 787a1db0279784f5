import { expect, test } from 'vitest';
import { buildCardModel } from '../../../lib/cards/card-model';
import {
  cardLayout,
  COLLAPSED_ITEMS,
  COLLAPSED_SECTIONS,
  itemCount,
} from '../../../components/card/card-layout';
import { bundle } from './fixture-bundle';

const ryabkov = buildCardModel(bundle, 'sergei-ryabkov', 'en')!;
const total = ryabkov.sections.reduce((n, s) => n + itemCount(ryabkov, s), 0);

test('collapsed: the first sections, a few items each; More counts everything else', () => {
  const { shown, hidden } = cardLayout(ryabkov, false);
  expect(shown.map((s) => s.section)).toEqual(ryabkov.sections.slice(0, COLLAPSED_SECTIONS));
  for (const { section, items } of shown) {
    expect(items).toBe(Math.min(itemCount(ryabkov, section), COLLAPSED_ITEMS[section]));
  }
  expect(hidden + shown.reduce((n, s) => n + s.items, 0)).toBe(total);
  expect(hidden).toBeGreaterThan(0);
});

test('expanded: every section, every item, nothing left for More', () => {
  const { shown, hidden } = cardLayout(ryabkov, true);
  expect(shown.map((s) => s.section)).toEqual(ryabkov.sections);
  expect(shown.reduce((n, s) => n + s.items, 0)).toBe(total);
  expect(hidden).toBe(0);
});

test('a small card shows whole: no More button', () => {
  const sherman = buildCardModel(bundle, 'wendy-sherman', 'en')!;
  expect(cardLayout(sherman, false).hidden).toBe(0);
});
