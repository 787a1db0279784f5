import type { ResolvedCite, ResolvedFact } from '../lib/corpus/bundle';
import { formatDate } from './ui-strings';
import type { ViewContext } from './view-context';

export interface CiteListProps {
  ctx: ViewContext;
  cites: readonly ResolvedCite[];
}

/** Each citation: its source and date, linked to the exact sentence, with the evidence verbatim. */
export function CiteList({ ctx, cites }: CiteListProps) {
  return (
    <ul class="cites">
      {cites.map((c, i) => {
        const article = ctx.lookup.article(c.article);
        const route =
          c.sentence === undefined
            ? ({ view: 'article', id: c.article } as const)
            : ({ view: 'article', id: c.article, sentence: c.sentence } as const);
        return (
          <li key={i}>
            <a class="corpus-link" href={ctx.linkTo(route)}>
              {article
                ? `${article.meta.source.name}, ${formatDate(article.meta.date.value, ctx.lang)}`
                : c.article}
            </a>
            <q lang={article?.language}>{c.evidence}</q>
          </li>
        );
      })}
    </ul>
  );
}

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
