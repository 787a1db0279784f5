/**
 * Lookups by id that the browsing views (popup lists, reader, entity view, timeline) need,
 * built once over the bundle so rendering never scans the corpus.
 */
import type {
  Article,
  CorpusBundle,
  Disagreement,
  Entity,
  Mention,
  Quote,
  TimelineEvent,
} from '../corpus/bundle';

export interface RelatedCoverage {
  article: Article;
  /** Events both articles cite, in date order. */
  events: TimelineEvent[];
  /** Entities both articles mention. */
  sharedEntities: number;
}

export interface CorpusLookup {
  corpus: CorpusBundle;
  article(id: string): Article | undefined;
  entity(id: string): Entity | undefined;
  sentenceText(article: Article, sentence: number): string;
  /** Mentions of one article in text order. */
  mentionsIn(articleId: string): Mention[];
  quotesBy(entityId: string): Quote[];
  eventsOf(entityId: string): TimelineEvent[];
  disagreementsOf(entityId: string): Disagreement[];
  /** Events sorted by date (then id), for the timeline. */
  timeline(): TimelineEvent[];
  /** The other articles, those reporting the same events first. */
  coverage(articleId: string): RelatedCoverage[];
}

const byDate = (a: TimelineEvent, b: TimelineEvent) =>
  a.date.localeCompare(b.date) || a.id.localeCompare(b.id);

export function buildCorpusLookup(corpus: CorpusBundle): CorpusLookup {
  const articles = new Map(corpus.articles.map((a) => [a.id, a]));
  const entities = new Map(corpus.entities.map((e) => [e.id, e]));
  const mentions = new Map<string, Mention[]>();
  for (const m of corpus.mentions) mentions.set(m.article, [...(mentions.get(m.article) ?? []), m]);
  for (const list of mentions.values()) list.sort((a, b) => a.start - b.start);
  const timeline = [...corpus.events].sort(byDate);
  const eventsCiting = (articleId: string) =>
    new Set(timeline.filter((e) => e.cites.some((c) => c.article === articleId)).map((e) => e.id));
  const entitiesIn = (articleId: string) =>
    new Set((mentions.get(articleId) ?? []).map((m) => m.entity));

  return {
    corpus,
    article: (id) => articles.get(id),
    entity: (id) => entities.get(id),
    sentenceText: (article, i) => {
      const s = article.sentences[i];
      return s ? article.text.slice(s.start, s.end) : '';
    },
    mentionsIn: (id) => mentions.get(id) ?? [],
    quotesBy: (id) => corpus.quotes.filter((q) => q.speaker === id),
    eventsOf: (id) => timeline.filter((e) => e.place === id || e.participants.includes(id)),
    disagreementsOf: (id) => corpus.disagreements.filter((d) => d.entities.includes(id)),
    timeline: () => timeline,
    coverage(articleId) {
      const ownEvents = eventsCiting(articleId);
      const ownEntities = entitiesIn(articleId);
      return corpus.articles
        .filter((a) => a.id !== articleId)
        .map((article) => {
          const theirs = eventsCiting(article.id);
          const shared = [...entitiesIn(article.id)].filter((e) => ownEntities.has(e)).length;
          return {
            article,
            events: timeline.filter((e) => ownEvents.has(e.id) && theirs.has(e.id)),
            sharedEntities: shared,
          };
        })
        .sort(
          (x, y) =>
            y.events.length - x.events.length ||
            y.sharedEntities - x.sharedEntities ||
            x.article.id.localeCompare(y.article.id),
        );
    },
  };
}
