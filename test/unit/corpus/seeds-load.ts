/** The seeds of this repository, parsed with their schemas (shared by the seeds-* tests). */
import { resolve } from 'node:path';
import { parseSeed } from '../../../lib/corpus/parse-seeds';
import {
  ArticleMetaSchema,
  BoilerplateSchema,
  DisagreementsFileSchema,
  EntitySeedSchema,
  EventsFileSchema,
  ParadigmsSchema,
} from '../../../lib/corpus/schema';
import { readSeedFiles } from '../../../lib/corpus/seed-files';

export const SEEDS_DIR = resolve(import.meta.dirname, '../../../seeds');

export function loadSeeds(dir = SEEDS_DIR) {
  const files = readSeedFiles(dir);
  return {
    files,
    articles: files.articles.map((a) => ({
      raw: a.text.text,
      meta: parseSeed(a.meta, ArticleMetaSchema),
    })),
    entities: files.entities.map((e) => parseSeed(e, EntitySeedSchema)),
    paradigms: parseSeed(files.paradigms, ParadigmsSchema),
    boilerplate: parseSeed(files.boilerplate, BoilerplateSchema),
    events: parseSeed(files.events, EventsFileSchema),
    disagreements: parseSeed(files.disagreements, DisagreementsFileSchema),
  };
}
