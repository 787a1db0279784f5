/**
 * The five articles are the corpus's ground truth: they must stay byte for byte as received
 * (issue 2). ../shared/seeds beside the repository holds the originals on the build machines.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const ARTICLES = join(ROOT, 'seeds/articles');
const ORIGINALS = resolve(ROOT, '../shared/seeds');

const sha256 = (path: string): string =>
  createHash('sha256').update(readFileSync(path)).digest('hex');
const txtFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();

describe('seed articles', () => {
  it.skipIf(!existsSync(ORIGINALS))(
    `are byte-identical to the originals in ../shared/seeds (skipped: folder absent)`,
    () => {
      const originals = txtFiles(ORIGINALS);
      expect(originals.length).toBe(5);
      expect(txtFiles(ARTICLES)).toEqual(originals);
      for (const name of originals) {
        expect(sha256(join(ARTICLES, name)), name).toBe(sha256(join(ORIGINALS, name)));
      }
    },
  );

  it('each has a metadata file beside it, and only articles have one', () => {
    const ids = txtFiles(ARTICLES).map((f) => f.slice(0, -'.txt'.length));
    const metas = readdirSync(ARTICLES)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -'.json'.length))
      .sort();
    expect(metas).toEqual(ids);
  });
});
