/**
 * Seeds are hand-edited, so they are kept canonical (Dark Reader's config tests): each file
 * parses with its schema and re-formats to itself, byte for byte.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSeedJson, sortSeedList } from '../../../lib/corpus/format-seeds';
import { parseJson } from '../../../lib/corpus/parse-seeds';
import { loadSeeds, SEEDS_DIR } from './seeds-load';

const seeds = loadSeeds();
const { files } = seeds;
const allFiles = [
  ...files.articles.map((a) => a.meta),
  ...files.entities,
  files.paradigms,
  files.boilerplate,
  files.events,
  files.disagreements,
];

describe('formatSeedJson', () => {
  it('orders keys as the schemas declare them, whatever order they were written in', () => {
    const shuffled = {
      cites: [{ evidence: 'x', article: '000_1434eb43875de79f' }],
      participants: [],
      title: { is: 'b', en: 'a' },
      date: '2022-01-10',
      id: 'e',
    };
    expect(Object.keys(JSON.parse(formatSeedJson(shuffled)))).toEqual([
      'id',
      'title',
      'date',
      'participants',
      'cites',
    ]);
    expect(formatSeedJson(shuffled)).toContain('"article": "000_1434eb43875de79f",\n');
    expect(formatSeedJson(shuffled)).toContain('"en": "a",\n');
  });

  it('sorts keys the schemas do not name (paradigm ids) and ends with one newline', () => {
    const text = formatSeedJson({ 'ru-b': [''], 'is-a': ['', 's'] });
    expect(text).toBe('{\n  "is-a": [\n    "",\n    "s"\n  ],\n  "ru-b": [\n    ""\n  ]\n}\n');
  });

  it('sorts lists by date, then id', () => {
    const sorted = sortSeedList([
      { id: 'b', date: '2022-01-10' },
      { id: 'a', date: '2022-01-10' },
      { id: 'c', date: '2021-06-01' },
    ]);
    expect(sorted.map((e) => e.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('seed files', () => {
  it.each(allFiles.map((f) => [f.path, f] as const))('%s is canonical', (_path, file) => {
    const value = parseJson(file);
    expect(file.text).toBe(formatSeedJson(value));
  });

  it('entity files are named after their ids', () => {
    expect(files.entities.map((f) => basename(f.path))).toEqual(
      seeds.entities.map((e) => `${e.id}.json`),
    );
  });

  it('events are sorted by date then id, disagreements by id', () => {
    expect(seeds.events.map((e) => e.id)).toEqual(sortSeedList(seeds.events).map((e) => e.id));
    expect(seeds.disagreements.map((d) => d.id)).toEqual(
      sortSeedList(seeds.disagreements).map((d) => d.id),
    );
  });
});

describe('npm run format:seeds', () => {
  const cli = resolve(import.meta.dirname, '../../../lib/corpus/format-seeds-cli.ts');
  const run = (...args: string[]) => {
    try {
      return {
        code: 0,
        out: execFileSync('npx', ['tsx', cli, ...args], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        }),
      };
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      return { code: e.status, out: e.stdout + e.stderr };
    }
  };

  it('reports a non-canonical file with --check, rewrites it without, and rejects bad seeds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    try {
      cpSync(SEEDS_DIR, dir, { recursive: true });
      const path = join(dir, 'entities/geneva.json');
      const value = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
      const { id, ...rest } = value;
      writeFileSync(path, JSON.stringify({ ...rest, id }));

      const check = run('--check', dir);
      expect(check.code).toBe(1);
      expect(check.out).toContain('entities/geneva.json');

      expect(run(dir).code).toBe(0);
      expect(readFileSync(path, 'utf8')).toBe(
        readFileSync(join(SEEDS_DIR, 'entities/geneva.json'), 'utf8'),
      );
      expect(run('--check', dir)).toEqual({ code: 0, out: 'seeds are canonical\n' });

      writeFileSync(path, JSON.stringify({ ...value, type: 'city' }));
      const bad = run(dir);
      expect(bad.code).toBe(1);
      expect(bad.out).toContain('entities/geneva.json');
      expect(bad.out).toContain('type');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
