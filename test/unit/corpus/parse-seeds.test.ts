import { expect, test } from 'vitest';
import { parseSeed, SeedError } from '../../../lib/corpus/parse-seeds';
import { EntitySeedSchema } from '../../../lib/corpus/schema';

const entity = (aliasLang: string) => `{
  "id": "geneva",
  "type": "place",
  "name": { "en": "Geneva", "is": "Genf" },
  "aliases": [
    { "lang": "en", "text": "Geneva" },
    { "lang": "${aliasLang}", "text": "Genf" }
  ],
  "facts": [{ "text": "Talks were held there.", "cites": [{ "article": "002_ec0cd77a669150c2", "evidence": "Geneva" }] }]
}
`;

function errorOf(fn: () => unknown): SeedError {
  try {
    fn();
  } catch (e) {
    if (e instanceof SeedError) return e;
    throw e;
  }
  throw new Error('expected a SeedError');
}

test('a schema error names the file, the line and the path inside the file', () => {
  const e = errorOf(() =>
    parseSeed({ path: 'entities/geneva.json', text: entity('xx') }, EntitySeedSchema),
  );
  expect(e.file).toBe('entities/geneva.json');
  expect(e.line).toBe(7);
  expect(e.path).toBe('aliases[1].lang');
  expect(e.message).toMatch(/^seeds\/entities\/geneva\.json:7: aliases\[1\]\.lang: /);
});

test('a JSON syntax error names the file and the line', () => {
  const broken = entity('is').replace('"type": "place",', '"type": "place"');
  const e = errorOf(() =>
    parseSeed({ path: 'entities/geneva.json', text: broken }, EntitySeedSchema),
  );
  expect(e.line).toBe(4);
  expect(e.message).toContain('invalid JSON');
});

test('a missing required key points at its object', () => {
  const missing = entity('is').replace('  "type": "place",\n', '');
  const e = errorOf(() =>
    parseSeed({ path: 'entities/geneva.json', text: missing }, EntitySeedSchema),
  );
  expect(e.path).toBe('type');
  expect(e.line).toBe(1);
});

test('a valid file parses', () => {
  expect(parseSeed({ path: 'x.json', text: entity('is') }, EntitySeedSchema).id).toBe('geneva');
});
