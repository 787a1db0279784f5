/**
 * Search over the corpus: entities (every name and alias, in every language), articles and
 * sentences, in one MiniSearch index whose terms are the loose keys of lib/search/fold.ts.
 * Ranking: an entity whose name or alias equals the query comes first, then by score, with
 * entities weighted above articles and articles above sentences (issue 5).
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { CorpusBundle } from '../corpus/bundle';
import { searchKey, tokenize } from './fold';

export type SearchHit =
  | { kind: 'entity'; entity: string; score: number; exact: boolean; terms: string[] }
  | { kind: 'article'; article: string; score: number; terms: string[] }
  | { kind: 'sentence'; article: string; sentence: number; score: number; terms: string[] };

interface Doc {
  id: string;
  kind: SearchHit['kind'];
  name: string;
  aliases: string;
  text: string;
}

const KIND_BOOST: Record<SearchHit['kind'], number> = { entity: 4, article: 1.5, sentence: 1 };

export interface CorpusSearch {
  search(query: string, limit?: number): SearchHit[];
}

/** The words of a phrase as one key string: "Wendy R. Sherman" → "vendy r sherman". */
export function phraseKey(text: string): string {
  return tokenize(text).map(searchKey).filter(Boolean).join(' ');
}

export function buildCorpusSearch(corpus: CorpusBundle): CorpusSearch {
  const index = new MiniSearch<Doc>({
    fields: ['name', 'aliases', 'text'],
    storeFields: ['kind'],
    tokenize,
    processTerm: (term) => searchKey(term) || null,
    searchOptions: {
      boost: { name: 3, aliases: 2, text: 1 },
      prefix: (term) => term.length >= 2,
      fuzzy: (term) => (term.length >= 5 ? 1 : false),
      weights: { prefix: 0.5, fuzzy: 0.35 },
      boostDocument: (_id, _term, stored) =>
        KIND_BOOST[(stored?.kind as Doc['kind']) ?? 'sentence'],
    },
  });
  const exactKeys = new Map<string, Set<string>>();
  const docs: Doc[] = [];
  for (const e of corpus.entities) {
    const names = [e.name.en, e.name.is, ...e.aliases];
    for (const n of names) {
      const key = phraseKey(n);
      if (!key) continue;
      if (!exactKeys.has(key)) exactKeys.set(key, new Set());
      exactKeys.get(key)!.add(e.id);
    }
    docs.push({
      id: `e:${e.id}`,
      kind: 'entity',
      name: `${e.name.en} ${e.name.is}`,
      aliases: e.aliases.join(' · '),
      text: '',
    });
  }
  for (const a of corpus.articles) {
    docs.push({
      id: `a:${a.id}`,
      kind: 'article',
      name: a.meta.title.text,
      aliases: '',
      text: a.meta.source.name,
    });
    a.sentences.forEach((s, i) =>
      docs.push({
        id: `s:${a.id}:${i}`,
        kind: 'sentence',
        name: '',
        aliases: '',
        text: a.text.slice(s.start, s.end),
      }),
    );
  }
  index.addAll(docs);

  return {
    search(query, limit = 50) {
      const key = phraseKey(query);
      if (!key) return [];
      let found = index.search(query, { combineWith: 'AND' });
      if (found.length === 0) found = index.search(query, { combineWith: 'OR' });
      const exact = exactKeys.get(key) ?? new Set<string>();
      return found
        .map((r) => toHit(r, exact))
        .sort((x, y) => exactTier(y) - exactTier(x) || y.score - x.score)
        .slice(0, limit);
    },
  };
}

const exactTier = (h: SearchHit): number => (h.kind === 'entity' && h.exact ? 1 : 0);

function toHit(r: SearchResult, exact: Set<string>): SearchHit {
  const id = String(r.id);
  const [kind, a = '', b = ''] = id.split(':');
  const terms = r.terms;
  if (kind === 'e')
    return { kind: 'entity', entity: a, score: r.score, exact: exact.has(a), terms };
  if (kind === 'a') return { kind: 'article', article: a, score: r.score, terms };
  return { kind: 'sentence', article: a, sentence: Number(b), score: r.score, terms };
}
