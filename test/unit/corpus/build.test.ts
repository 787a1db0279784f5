/**
 * The corpus build on the real seeds: known facts come out right, a new seed needs no code,
 * and a broken citation fails the build at its file and line.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildCorpus } from '../../../lib/corpus/build';
import { readSeedFiles } from '../../../lib/corpus/seed-files';
import { SeedError } from '../../../lib/corpus/parse-seeds';

const SEEDS = resolve(import.meta.dirname, '../../../seeds');
const corpus = buildCorpus(readSeedFiles(SEEDS));
const entity = (id: string) => {
  const e = corpus.entities.find((x) => x.id === id);
  if (!e) throw new Error(`no entity ${id}`);
  return e;
};
const textOf = (article: string, start: number, end: number) =>
  corpus.articles.find((a) => a.id === article)!.text.slice(start, end);

describe('the real corpus', () => {
  test('Ryabkov is mentioned in exactly four articles, not in 001', () => {
    const articles = entity('sergei-ryabkov').articles.map((a) => a.article);
    expect(articles).toHaveLength(4);
    expect(articles).not.toContain('001_9bb72a10769e0753');
  });

  test('the Icelandic forms Genf and Genfar index Geneva', () => {
    const forms = corpus.mentions
      .filter((m) => m.entity === 'geneva')
      .map((m) => textOf(m.article, m.start, m.end));
    expect(forms).toContain('Genf');
    expect(forms).toContain('Genfar');
  });

  test('quotes by Ryabkov are found in at least three articles', () => {
    const articles = new Set(
      corpus.quotes.filter((q) => q.speaker === 'sergei-ryabkov').map((q) => q.article),
    );
    expect(articles.size).toBeGreaterThanOrEqual(3);
  });

  test('every entity is mentioned at least once', () => {
    const silent = corpus.entities.filter((e) => e.mentionCount === 0).map((e) => e.id);
    expect(silent).toEqual([]);
  });

  test('mentions cover exactly a name as written and lie in their sentence', () => {
    for (const m of corpus.mentions) {
      const a = corpus.articles.find((x) => x.id === m.article)!;
      const s = a.sentences[m.sentence]!;
      expect(m.start).toBeGreaterThanOrEqual(s.start);
      expect(m.end).toBeLessThanOrEqual(s.end);
      expect(a.text.slice(m.start, m.end)).toMatch(/^[\p{L}]/u);
    }
  });

  test('boilerplate is gone from the cleaned text', () => {
    for (const a of corpus.articles) {
      expect(a.text).not.toMatch(
        /Comments are closed|Leave a Reply|Latest Posts|administrator|Related Articles/,
      );
    }
  });

  test("seed 001's weekdays are flagged against the 2022 calendar", () => {
    const claims = corpus.articles.find((a) => a.id === '001_9bb72a10769e0753')!.weekdayClaims;
    expect(
      claims.some((c) => c.stated === 'föstudaginn' && c.date === '2022-01-22' && !c.matches),
    ).toBe(true);
  });

  test('citations are located in the cleaned text when they lie in it', () => {
    const role = entity('wendy-sherman').facts[0]!.cites[0]!;
    const article = corpus.articles.find((a) => a.id === role.article)!;
    expect(role.sentence).toBeDefined();
    const s = article.sentences[role.sentence!]!;
    expect(article.text.slice(s.start, s.end)).toContain(role.evidence);
  });

  test('the summary counts what the bundle holds', () => {
    expect(corpus.summary).toEqual({
      articles: corpus.articles.length,
      entities: corpus.entities.length,
      mentions: corpus.mentions.length,
      quotes: corpus.quotes.length,
      events: corpus.events.length,
      disagreements: corpus.disagreements.length,
    });
    expect(corpus.summary.articles).toBe(5);
  });
});

describe('a sixth article', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gl-seeds-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('gets cross-references with no code change', () => {
    cpSync(SEEDS, dir, { recursive: true });
    const fixtures = resolve(import.meta.dirname, '../../fixtures/corpus');
    for (const ext of ['txt', 'json']) {
      cpSync(
        join(fixtures, `005_00000000000000aa.${ext}`),
        join(dir, `articles/005_00000000000000aa.${ext}`),
      );
    }
    const grown = buildCorpus(readSeedFiles(dir));
    expect(grown.articles).toHaveLength(6);
    const ryabkov = grown.entities.find((e) => e.id === 'sergei-ryabkov')!;
    expect(ryabkov.articles.map((a) => a.article)).toContain('005_00000000000000aa');
    const sherman = grown.entities.find((e) => e.id === 'wendy-sherman')!;
    expect(sherman.articles.map((a) => a.article)).toContain('005_00000000000000aa');
    expect(grown.articles[5]!.text).not.toContain('Comments are closed.');
    expect(
      grown.quotes.some(
        (q) => q.article === '005_00000000000000aa' && q.speaker === 'sergei-ryabkov',
      ),
    ).toBe(true);
  });
});

describe('broken seeds fail the build', () => {
  test('a citation that is not verbatim names the file, line and path', () => {
    const files = readSeedFiles(SEEDS);
    const sherman = files.entities.find((f) => f.path === 'entities/wendy-sherman.json')!;
    const evidence = JSON.parse(sherman.text).facts[0].cites[0].evidence as string;
    const broken = sherman.text.replace(
      JSON.stringify(evidence),
      JSON.stringify(evidence + ' (paraphrased)'),
    );
    sherman.text = broken;
    let error: unknown;
    try {
      buildCorpus(files);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SeedError);
    const e = error as SeedError;
    expect(e.file).toBe('entities/wendy-sherman.json');
    expect(e.path).toBe('facts[0].cites[0].evidence');
    const line = broken.split('\n').findIndex((l) => l.includes('(paraphrased)')) + 1;
    expect(e.line).toBe(line);
  });

  test('a neighbour that is no entity names its file and line', () => {
    const files = readSeedFiles(SEEDS);
    const sherman = files.entities.find((f) => f.path === 'entities/wendy-sherman.json')!;
    expect(sherman.text).toContain('"sergei-ryabkov"');
    sherman.text = sherman.text.replace('"sergei-ryabkov"', '"sergei-riabkov"');
    expect(() => buildCorpus(files)).toThrow(
      /entities\/wendy-sherman\.json:\d+: disambiguation\.nearbyOneOf\[\d+\]: unknown entity "sergei-riabkov"/,
    );
  });

  test('a guarded alias with no counter-evidence, or also ambiguous, names its file and line', () => {
    const files = readSeedFiles(SEEDS);
    const ukraine = files.entities.find((f) => f.path === 'entities/ukraine.json')!;
    ukraine.text = ukraine.text.replace(
      '"text": "Ukraine"',
      '"text": "Ukraine",\n      "guarded": true',
    );
    expect(() => buildCorpus(files)).toThrow(
      /entities\/ukraine\.json:\d+: aliases\[0\]\.guarded: a guarded alias needs counter-evidence/,
    );
    const moscow = readSeedFiles(SEEDS);
    const file = moscow.entities.find((f) => f.path === 'entities/moscow.json')!;
    file.text = file.text.replace('"guarded": true', '"guarded": true,\n      "ambiguous": true');
    expect(() => buildCorpus(moscow)).toThrow(
      /entities\/moscow\.json:\d+: aliases\[0\]\.guarded: an alias is ambiguous or guarded, not both/,
    );
  });

  test('an unknown entity in an event is reported', () => {
    const files = readSeedFiles(SEEDS);
    files.events.text = files.events.text.replace('"wendy-sherman"', '"wendy-shermann"');
    expect(() => buildCorpus(files)).toThrow(
      /events\.json:\d+: \[\d+\]\.participants\[\d+\]: unknown entity "wendy-shermann"/,
    );
  });

  test('seed article files are read verbatim', () => {
    const files = readSeedFiles(SEEDS);
    expect(files.articles[0]!.text.text).toBe(
      readFileSync(join(SEEDS, 'articles/000_1434eb43875de79f.txt'), 'utf8'),
    );
  });
});
