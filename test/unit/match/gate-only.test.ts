import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { buildCorpus } from '../../../lib/corpus/build';
import { readSeedFiles } from '../../../lib/corpus/seed-files';
import { compileMatcher, findMentions, mightTrigger } from '../../../lib/match';
import { gateOnly } from '../../../lib/match/gate-only';

const full = buildCorpus(readSeedFiles(resolve(import.meta.dirname, '../../../seeds'))).matcher;
const gate = gateOnly(full);

test('the gate-only data opens and closes exactly like the full matcher', () => {
  const a = compileMatcher(full);
  const b = compileMatcher(gate);
  for (const text of [
    'Deputy Secretary Wendy Sherman met Sergei Ryabkov in Geneva.',
    'Viðræður í Genf um Atlantshafsbandalagið.',
    'Переговоры в Женеве, Рябков.',
    'A Sherman tank rolled through Geneva, Illinois.',
    'The weather in Paris was fine, said Mr Biden.',
    '',
  ]) {
    expect(mightTrigger(text, b), text).toBe(mightTrigger(text, a));
  }
});

test('it carries every entity with its type but no aliases or rules, and is under half the size', () => {
  expect(gate.entities.map((e) => [e.id, e.type])).toEqual(
    full.entities.map((e) => [e.id, e.type]),
  );
  expect(gate.entities.every((e) => e.aliases.length === 0 && !e.disambiguation)).toBe(true);
  expect(JSON.stringify(gate).length).toBeLessThan(JSON.stringify(full).length / 2);
  expect(findMentions(['Wendy Sherman in Geneva'], compileMatcher(gate)).mentions).toEqual([]);
});
