/**
 * Cross-references computed from the mention index, never curated: which articles mention an
 * entity (with its best sentences first) and which entities are mentioned beside it.
 */
import type { Article, EntityArticleRef, Mention, RelatedEntity } from './bundle';

export interface EntityXrefs {
  articles: EntityArticleRef[];
  mentionCount: number;
  related: RelatedEntity[];
}

const sentenceKey = (m: Mention) => `${m.article}#${m.sentence}`;

/**
 * The best sentence names the entity in full (the longest mention) and early in the article:
 * a reader meets "Deputy Foreign Minister Sergei Ryabkov" before "Mr Ryabkov".
 */
function rankSentences(mentions: readonly Mention[]): number[] {
  const best = new Map<number, number>();
  for (const m of mentions)
    best.set(m.sentence, Math.max(best.get(m.sentence) ?? 0, m.end - m.start));
  return [...best.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([s]) => s);
}

export function computeXrefs(
  entityIds: readonly string[],
  articles: readonly Article[],
  mentions: readonly Mention[],
): Map<string, EntityXrefs> {
  const bySentence = new Map<string, Set<string>>();
  for (const m of mentions) {
    const key = sentenceKey(m);
    bySentence.set(key, (bySentence.get(key) ?? new Set()).add(m.entity));
  }
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const out = new Map<string, EntityXrefs>();
  for (const id of entityIds) {
    const own = mentions.filter((m) => m.entity === id);
    const byArticle = new Map<string, Mention[]>();
    for (const m of own) byArticle.set(m.article, [...(byArticle.get(m.article) ?? []), m]);
    const refs = [...byArticle.entries()]
      .sort((a, b) => (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0))
      .map(([article, ms]) => ({ article, count: ms.length, sentences: rankSentences(ms) }));
    const shared = new Map<string, number>();
    for (const key of new Set(own.map(sentenceKey))) {
      for (const other of bySentence.get(key) ?? []) {
        if (other !== id) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    const related = [...shared.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([entity, n]) => ({ entity, shared: n }));
    out.set(id, { articles: refs, mentionCount: own.length, related });
  }
  return out;
}
