/**
 * seeds/ → corpus bundle (DESIGN.md: data flows one way). Pure: takes the seed files' text,
 * returns the bundle or throws a SeedError naming file, line and path. Mentions are indexed
 * with the same matcher the content script runs on web pages.
 */
import type { Article, CorpusBundle, Entity, Mention, TimelineEvent } from './bundle';
import * as s from './schema';
import type { SeedFile, SeedFiles } from './seed-files';
import { parseSeed, seedProblem } from './parse-seeds';
import { checkEntityIds, idOf, parseEntitySeeds } from './entity-seeds';
import { cleanArticle, compileBoilerplate } from './clean';
import { splitSentences, sentenceAt } from './sentences';
import { findWeekdayClaims } from './weekdays';
import { CiteResolver, type CitableArticle } from './resolve-cites';
import { extractQuotes } from './quotes';
import { computeXrefs } from './xrefs';
import { aliasForms, buildMatcherData, compileMatcher, findMentions } from '../match';

export function buildCorpus(files: SeedFiles): CorpusBundle {
  const paradigms = parseSeed(files.paradigms, s.ParadigmsSchema);
  const boilerplate = compileBoilerplate(parseSeed(files.boilerplate, s.BoilerplateSchema));
  const entitySeeds = parseEntitySeeds(files.entities, paradigms);

  const articles: Article[] = [];
  const citable = new Map<string, CitableArticle>();
  for (const { text: rawFile, meta: metaFile } of files.articles) {
    const meta = parseSeed(metaFile, s.ArticleMetaSchema);
    if (meta.id !== idOf(rawFile))
      throw seedProblem(metaFile, ['id'], `id "${meta.id}" does not match ${rawFile.path}`);
    const raw = rawFile.text;
    const spans: [string, string | undefined][] = [
      ['title', meta.title.evidence],
      ['source', meta.source.evidence],
      ['date', meta.date.evidence],
    ];
    for (const [key, evidence] of spans) {
      if (evidence !== undefined && !raw.includes(evidence)) {
        throw seedProblem(
          metaFile,
          [key, 'evidence'],
          `evidence is not a verbatim span of ${rawFile.path}: "${evidence}"`,
        );
      }
    }
    const headline = meta.title.curated ? undefined : meta.title.text;
    const { text, paragraphs } = cleanArticle(raw, boilerplate, headline);
    const sentences = splitSentences(text, paragraphs, meta.language);
    const year = Number(meta.date.value.slice(0, 4));
    articles.push({
      id: meta.id,
      language: meta.language,
      meta,
      text,
      paragraphs,
      sentences,
      weekdayClaims: findWeekdayClaims(text, year),
    });
    citable.set(meta.id, { raw, text, sentences });
  }
  const resolver = new CiteResolver(citable);

  const matcherData = buildMatcherData(
    entitySeeds.map((e) => e.seed),
    paradigms,
  );
  const matcher = compileMatcher(matcherData);
  const types = new Map(entitySeeds.map(({ seed }) => [seed.id, seed.type]));
  const mentions: Mention[] = [];
  for (const a of articles) {
    const blocks = a.paragraphs.map((p) => a.text.slice(p.start, p.end));
    for (const hit of findMentions(blocks, matcher).mentions) {
      const start = (a.paragraphs[hit.block]?.start ?? 0) + hit.start;
      const end = start + (hit.end - hit.start);
      mentions.push({
        article: a.id,
        entity: hit.entity,
        start,
        end,
        sentence: sentenceAt(a.sentences, start),
      });
    }
  }
  mentions.sort((x, y) => x.article.localeCompare(y.article) || x.start - y.start);

  const quotes = articles.flatMap((a) =>
    extractQuotes(
      a.id,
      a.text,
      a.paragraphs,
      a.sentences,
      a.language,
      mentions.filter((m) => m.article === a.id && types.get(m.entity) === 'person'),
    ),
  );

  const xrefs = computeXrefs(
    entitySeeds.map((e) => e.seed.id),
    articles,
    mentions,
  );
  const entities: Entity[] = entitySeeds.map(({ file, seed }) => {
    const x = xrefs.get(seed.id);
    return {
      id: seed.id,
      type: seed.type,
      name: seed.name,
      ...(seed.role ? { role: resolver.fact(seed.role, file, ['role']) } : {}),
      trigger: seed.trigger === true,
      aliases: [...new Set(seed.aliases.flatMap((al) => aliasForms(al, paradigms)))],
      facts: seed.facts.map((f, i) => resolver.fact(f, file, ['facts', i])),
      articles: x?.articles ?? [],
      mentionCount: x?.mentionCount ?? 0,
      related: x?.related ?? [],
    };
  });
  const known = new Set(entities.map((e) => e.id));
  const checkIds = (file: SeedFile, path: (string | number)[], ids: readonly string[]) =>
    checkEntityIds(known, file, path, ids);

  const disagreementSeeds = parseSeed(files.disagreements, s.DisagreementsFileSchema);
  const eventSeeds = parseSeed(files.events, s.EventsFileSchema);
  const eventIds = new Set(eventSeeds.map((e) => e.id));
  const disagreements = disagreementSeeds.map((d, i) => {
    checkIds(files.disagreements, [i, 'entities'], d.entities);
    (d.events ?? []).forEach((ev, j) => {
      if (!eventIds.has(ev))
        throw seedProblem(files.disagreements, [i, 'events', j], `unknown event "${ev}"`);
    });
    return {
      id: d.id,
      topic: d.topic,
      entities: d.entities,
      claims: d.claims.map((c, j) => resolver.fact(c, files.disagreements, [i, 'claims', j])),
    };
  });
  const events: TimelineEvent[] = eventSeeds.map((e, i) => {
    checkIds(files.events, [i, 'participants'], e.participants);
    if (e.place) checkIds(files.events, [i, 'place'], [e.place]);
    const cites = resolver.cites(e.cites, files.events, [i]);
    const year = Number(e.date.slice(0, 4));
    return {
      id: e.id,
      title: e.title,
      date: e.date,
      precision: e.precision ?? 'day',
      ...(e.endDate ? { endDate: e.endDate } : {}),
      ...(e.place ? { place: e.place } : {}),
      participants: e.participants,
      cites,
      weekdayChecks: cites.flatMap((cite) =>
        findWeekdayClaims(cite.evidence, year).map(({ start: _s, end: _e, ...claim }) => ({
          cite,
          ...claim,
        })),
      ),
      disagreements: disagreementSeeds.filter((d) => d.events?.includes(e.id)).map((d) => d.id),
    };
  });
  events.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

  return {
    articles,
    entities,
    mentions,
    quotes,
    events,
    disagreements,
    matcher: matcherData,
    summary: {
      articles: articles.length,
      entities: entities.length,
      mentions: mentions.length,
      quotes: quotes.length,
      events: events.length,
      disagreements: disagreements.length,
    },
  };
}
