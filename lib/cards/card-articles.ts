/**
 * "In the corpus": every article that mentions the entity, with its best sentence and the
 * name's spans in it, quoted in the article's own language (Icelandic stays Icelandic).
 * Cross-references are computed by the corpus build, never curated; this only presents them.
 */
import type { CorpusBundle, Entity, Span } from '../corpus/bundle';
import type { Lang } from '../corpus/schema';

export interface CardSentence {
  /** Index into the article's sentences: the deep link `#/article/<id>/s/<index>`. */
  index: number;
  text: string;
  /** Where the name stands in `text` (UTF-16 offsets), to emphasise it. */
  emphasis: Span[];
}

export interface CardArticle {
  article: string;
  title: string;
  source: string;
  language: Lang;
  date: string;
  /** Mentions of the entity in this article. */
  count: number;
  /** The best sentence mentioning it, if the build located one. */
  sentence?: CardSentence;
}

export function corpusArticles(bundle: CorpusBundle, entity: Entity): CardArticle[] {
  const articles = new Map(bundle.articles.map((a) => [a.id, a]));
  const cards = entity.articles.flatMap((ref) => {
    const article = articles.get(ref.article);
    if (!article) return [];
    const card: CardArticle = {
      article: article.id,
      title: article.meta.title.text,
      source: article.meta.source.name,
      language: article.language,
      date: article.meta.date.value,
      count: ref.count,
    };
    const best = ref.sentences[0];
    const sentence = best === undefined ? undefined : article.sentences[best];
    if (best !== undefined && sentence) {
      const emphasis = bundle.mentions
        .filter((m) => m.article === article.id && m.entity === entity.id && m.sentence === best)
        .map((m) => ({ start: m.start - sentence.start, end: m.end - sentence.start }))
        .filter((s) => s.start >= 0 && s.end <= sentence.end - sentence.start)
        .sort((a, b) => a.start - b.start);
      card.sentence = {
        index: best,
        text: article.text.slice(sentence.start, sentence.end),
        emphasis,
      };
    }
    return [card];
  });
  return cards.sort((a, b) => b.count - a.count || a.date.localeCompare(b.date));
}
