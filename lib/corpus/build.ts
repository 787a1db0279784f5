import type { SeedFiles } from './seed-files';
import type { CorpusBundle } from './bundle';

export function buildCorpus(files: SeedFiles): CorpusBundle {
  return {
    articles: [], entities: [], mentions: [], quotes: [], events: [], disagreements: [],
    matcher: { aliases: [], entities: [] },
    summary: { articles: files.articles.length, entities: 0, mentions: 0, quotes: 0, events: 0, disagreements: 0 },
  };
}
