/**
 * Reads seeds/ from disk (Node only: used by the Vite plugin and tests, never shipped).
 * Layout: articles/<id>.txt (verbatim) + articles/<id>.json (metadata), entities/<id>.json,
 * paradigms.json, boilerplate.json, events.json, disagreements.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SeedFile {
  /** Path relative to the seeds directory, for error messages. */
  path: string;
  text: string;
}

export interface SeedFiles {
  articles: { text: SeedFile; meta: SeedFile }[];
  entities: SeedFile[];
  paradigms: SeedFile;
  boilerplate: SeedFile;
  events: SeedFile;
  disagreements: SeedFile;
}

function read(dir: string, path: string): SeedFile {
  return { path, text: readFileSync(join(dir, path), 'utf8') };
}

export function readSeedFiles(dir: string): SeedFiles {
  const articleIds = readdirSync(join(dir, 'articles'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -'.txt'.length))
    .sort();
  return {
    articles: articleIds.map((id) => ({
      text: read(dir, `articles/${id}.txt`),
      meta: read(dir, `articles/${id}.json`),
    })),
    entities: readdirSync(join(dir, 'entities'))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => read(dir, `entities/${f}`)),
    paradigms: read(dir, 'paradigms.json'),
    boilerplate: read(dir, 'boilerplate.json'),
    events: read(dir, 'events.json'),
    disagreements: read(dir, 'disagreements.json'),
  };
}
