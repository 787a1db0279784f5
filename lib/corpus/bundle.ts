/**
 * The corpus bundle: everything derived from seeds/ by lib/corpus/build, generated at build
 * time (virtual module `virtual:geneva-corpus`), never edited by hand. The background,
 * popup, options and corpus pages use it; the content script gets only `matcher`.
 */
import type { ArticleMeta, Cite, EntityType, Fact, Lang } from './schema';
import type { MatcherData } from '../match/types';

/** Offsets are UTF-16 indexes into `Article.text` (the cleaned text). */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** Index of the paragraph that holds it. */
  paragraph: number;
}

/** "Monday (Jan 10)", "föstudaginn 22. janúar": a weekday stated with a date, checked. */
export interface WeekdayClaim extends Span {
  /** The weekday as written. */
  stated: string;
  /** ISO date, in the year of the events. */
  date: string;
  /** The weekday that date really falls on, in English. */
  actual: string;
  matches: boolean;
}

export interface Article {
  id: string;
  language: Lang;
  meta: ArticleMeta;
  /** Cleaned body: boilerplate dropped, paragraphs joined by "\n\n". */
  text: string;
  paragraphs: Span[];
  sentences: Sentence[];
  /** Weekday + date statements in `text`, each checked against the calendar. */
  weekdayClaims: WeekdayClaim[];
}

export interface Mention extends Span {
  article: string;
  entity: string;
  /** Index into the article's `sentences`. */
  sentence: number;
}

/** A resolved citation: the evidence located in the article's cleaned text when possible. */
export interface ResolvedCite extends Cite {
  /** Position in the raw article file (always found: the build fails otherwise). */
  rawStart: number;
  /** Index into the article's sentences, when the evidence lies in the cleaned text. */
  sentence?: number;
}

export interface ResolvedFact extends Omit<Fact, 'cites'> {
  cites: ResolvedCite[];
}

export interface Quote extends Span {
  article: string;
  speaker: string;
  /** The quoted words without their quote marks. */
  text: string;
  sentence: number;
}

export interface EntityArticleRef {
  article: string;
  count: number;
  /** Sentence indexes that mention the entity, best first. */
  sentences: number[];
}

export interface RelatedEntity {
  entity: string;
  /** Sentences in which both are mentioned. */
  shared: number;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: { en: string; is: string };
  role?: ResolvedFact;
  trigger: boolean;
  /** Every written form the matcher knows, for search. */
  aliases: string[];
  facts: ResolvedFact[];
  articles: EntityArticleRef[];
  mentionCount: number;
  related: RelatedEntity[];
}

/** A weekday stated beside a date in an event's evidence, checked against the calendar. */
export interface WeekdayCheck extends Omit<WeekdayClaim, 'start' | 'end'> {
  cite: ResolvedCite;
}

export interface TimelineEvent {
  id: string;
  title: { en: string; is: string };
  date: string;
  precision: 'day' | 'month' | 'year';
  endDate?: string;
  place?: string;
  participants: string[];
  cites: ResolvedCite[];
  weekdayChecks: WeekdayCheck[];
  /** Disagreement ids that concern this event. */
  disagreements: string[];
}

export interface Disagreement {
  id: string;
  topic: { en: string; is: string };
  entities: string[];
  claims: ResolvedFact[];
}

export interface CorpusSummary {
  articles: number;
  entities: number;
  mentions: number;
  quotes: number;
  events: number;
  disagreements: number;
}

export interface CorpusBundle {
  articles: Article[];
  entities: Entity[];
  mentions: Mention[];
  quotes: Quote[];
  events: TimelineEvent[];
  disagreements: Disagreement[];
  matcher: MatcherData;
  summary: CorpusSummary;
}
