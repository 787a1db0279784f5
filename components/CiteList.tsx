import type { ResolvedFact } from '../lib/corpus/bundle';
import { formatDate } from './ui-strings';
import type { ViewContext } from './view-context';

/** Where a statement comes from: an article and, when known, its sentence. */
export interface CiteTarget {
  article: string;
  sentence?: number;
}

/** Props of CiteSource: one citation target. */
export interface CiteSourceProps {
  ctx: ViewContext;
  cite: CiteTarget;
}

/** The source and date of a citation, linked to the exact sentence in the reader. */
export function CiteSource({ ctx, cite }: CiteSourceProps) {
  const article = ctx.lookup.article(cite.article);
  const href = ctx.linkTo(
    cite.sentence === undefined
      ? { view: 'article', id: cite.article }
      : { view: 'article', id: cite.article, sentence: cite.sentence },
  );
  return (
    <a class="corpus-link cite-source" href={href}>
      {article
        ? `${article.meta.source.name}, ${formatDate(article.meta.date.value, ctx.lang)}`
        : cite.article}
    </a>
  );
}

/** Props of CiteList: citations with their verbatim evidence. */
export interface CiteListProps {
  ctx: ViewContext;
  cites: readonly (CiteTarget & { evidence: string })[];
}

/** Each citation with its evidence, verbatim, in the article's language. */
export function CiteList({ ctx, cites }: CiteListProps) {
  return (
    <ul class="cites">
      {cites.map((c, i) => (
        <li key={i}>
          <CiteSource ctx={ctx} cite={c} />
          <q lang={ctx.lookup.article(c.article)?.language}>{c.evidence}</q>
        </li>
      ))}
    </ul>
  );
}

/** Props of FactItem: one cited statement. */
export interface FactItemProps {
  ctx: ViewContext;
  fact: ResolvedFact;
}

/** A cited statement, in Icelandic when the seeds give an Icelandic rendering. */
export function FactItem({ ctx, fact }: FactItemProps) {
  return (
    <li class="fact">
      <p>{ctx.lang === 'is' && fact.is ? fact.is : fact.text}</p>
      <CiteList ctx={ctx} cites={fact.cites} />
    </li>
  );
}
