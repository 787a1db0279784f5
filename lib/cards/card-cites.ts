/**
 * Citations as the card shows them: the article's title, source, date and language beside
 * the verbatim evidence, so a reader can judge a fact without opening anything.
 */
import type { Article, CorpusBundle, ResolvedCite, ResolvedFact } from '../corpus/bundle';
import type { Lang } from '../corpus/schema';

export interface CardCite {
  article: string;
  title: string;
  source: string;
  /** ISO date of the article. */
  date: string;
  language: Lang;
  /** The verbatim span of the article that supports the statement. */
  evidence: string;
  /** Sentence index for "Open in the corpus", when the evidence lies in the article body. */
  sentence?: number;
}

export interface CardFact {
  text: string;
  /** Language of `text`: facts are curated in English, some with an Icelandic rendering. */
  textLang: 'en' | 'is';
  cites: CardCite[];
}

export function citeArticle(article: Article, evidence: string, sentence?: number): CardCite {
  return {
    article: article.id,
    title: article.meta.title.text,
    source: article.meta.source.name,
    date: article.meta.date.value,
    language: article.language,
    evidence,
    ...(sentence === undefined ? {} : { sentence }),
  };
}

export function resolveCite(bundle: CorpusBundle, cite: ResolvedCite): CardCite[] {
  const article = bundle.articles.find((a) => a.id === cite.article);
  return article ? [citeArticle(article, cite.evidence, cite.sentence)] : [];
}

export function resolveFact(bundle: CorpusBundle, fact: ResolvedFact, lang: 'en' | 'is'): CardFact {
  const icelandic = lang === 'is' && fact.is !== undefined;
  return {
    text: icelandic ? (fact.is ?? fact.text) : fact.text,
    textLang: icelandic ? 'is' : 'en',
    cites: fact.cites.flatMap((c) => resolveCite(bundle, c)),
  };
}
