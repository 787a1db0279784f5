/**
 * Checks every citation against its article: the evidence must be a verbatim span of the raw
 * file, or the build fails at the citing line (DESIGN.md: every fact cites the corpus). The
 * span is then located in the cleaned text, so the UI can open the reader at its sentence.
 */
import type { ResolvedCite, ResolvedFact, Sentence } from './bundle';
import type { Cite, Fact } from './schema';
import type { SeedFile } from './seed-files';
import { seedProblem } from './parse-seeds';
import { sentenceAt } from './sentences';

export interface CitableArticle {
  raw: string;
  text: string;
  sentences: Sentence[];
}

export class CiteResolver {
  constructor(private readonly articles: ReadonlyMap<string, CitableArticle>) {}

  cite(cite: Cite, file: SeedFile, path: (string | number)[]): ResolvedCite {
    const article = this.articles.get(cite.article);
    if (!article)
      throw seedProblem(file, [...path, 'article'], `unknown article "${cite.article}"`);
    const rawStart = article.raw.indexOf(cite.evidence);
    if (rawStart < 0) {
      throw seedProblem(
        file,
        [...path, 'evidence'],
        `evidence is not a verbatim span of article ${cite.article}: "${cite.evidence}"`,
      );
    }
    const inText = article.text.indexOf(cite.evidence);
    return inText < 0
      ? { ...cite, rawStart }
      : { ...cite, rawStart, sentence: sentenceAt(article.sentences, inText) };
  }

  cites(cites: readonly Cite[], file: SeedFile, path: (string | number)[]): ResolvedCite[] {
    return cites.map((c, i) => this.cite(c, file, [...path, 'cites', i]));
  }

  fact(fact: Fact, file: SeedFile, path: (string | number)[]): ResolvedFact {
    return { ...fact, cites: this.cites(fact.cites, file, path) };
  }
}
