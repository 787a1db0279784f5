/**
 * `npm run format:seeds [-- --check] [seeds dir]`: validates every seed JSON file with its
 * schema, then rewrites it canonically (or, with --check, lists files that are not).
 * Validation comes first so a broken hand edit is reported, never silently reformatted.
 */
import { writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type * as v from 'valibot';
import { formatSeedJson, sortSeedList } from './format-seeds';
import { parseSeed, SeedError } from './parse-seeds';
import {
  ArticleMetaSchema,
  BoilerplateSchema,
  DisagreementsFileSchema,
  EntitySeedSchema,
  EventsFileSchema,
  ParadigmsSchema,
} from './schema';
import { readSeedFiles, type SeedFile } from './seed-files';

function canonical(file: SeedFile, schema: v.GenericSchema): string {
  const value: unknown = parseSeed(file, schema);
  return formatSeedJson(Array.isArray(value) ? sortSeedList(value) : value);
}

function main(args: string[]): number {
  const check = args.includes('--check');
  const dir = resolve(
    args.find((a) => !a.startsWith('--')) ?? join(import.meta.dirname, '../../seeds'),
  );
  const files = readSeedFiles(dir);
  const jobs: [SeedFile, v.GenericSchema][] = [
    ...files.articles.map((a): [SeedFile, v.GenericSchema] => [a.meta, ArticleMetaSchema]),
    ...files.entities.map((e): [SeedFile, v.GenericSchema] => [e, EntitySeedSchema]),
    [files.paradigms, ParadigmsSchema],
    [files.boilerplate, BoilerplateSchema],
    [files.events, EventsFileSchema],
    [files.disagreements, DisagreementsFileSchema],
  ];
  const changed: string[] = [];
  for (const [file, schema] of jobs) {
    const text = canonical(file, schema);
    if (schema === EntitySeedSchema) {
      const id = (JSON.parse(text) as { id: string }).id;
      if (basename(file.path) !== `${id}.json`) {
        throw new SeedError(file.path, 1, 'id', `file must be named ${id}.json`);
      }
    }
    if (text === file.text) continue;
    changed.push(file.path);
    if (!check) writeFileSync(join(dir, file.path), text);
  }
  const verb = check ? 'not canonical' : 'rewritten';
  console.log(changed.length ? `${verb}: ${changed.join(', ')}` : 'seeds are canonical');
  return check && changed.length ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
