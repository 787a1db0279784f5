/**
 * Conventions of the curated knowledge (DESIGN.md, issue 2): the fixed entity ids exist, the
 * four triggers are exactly those, every entity can be found and cited in the corpus's
 * languages, and every reference between seed files resolves.
 */
import { describe, expect, it } from 'vitest';
import type { Alias, Cite } from '../../../lib/corpus/schema';
import { foldText } from '../../../lib/match/fold';
import { loadSeeds } from './seeds-load';

const DESIGN_IDS = [
  ...['sergei-ryabkov', 'wendy-sherman', 'antony-blinken', 'sergei-lavrov', 'vladimir-putin'],
  ...['joe-biden', 'jens-stoltenberg', 'niall-ferguson', 'john-herbst', 'josep-borrell'],
  ...['ursula-von-der-leyen', 'yury-ushakov', 'geneva', 'brussels', 'vienna', 'ukraine', 'kyiv'],
  ...['crimea', 'kazakhstan', 'belarus', 'poland', 'romania', 'bulgaria', 'baltic-states'],
  ...['washington', 'moscow', 'paris', 'berlin', 'nato', 'nato-russia-council', 'osce'],
  ...['european-union', 'european-commission', 'us-state-department', 'russian-foreign-ministry'],
  ...['warsaw-pact', 'cnn', 'reuters', 'interfax', 'ria-novosti', 'new-york-times'],
];

const seeds = loadSeeds();
const raw = new Map(seeds.articles.map((a) => [a.meta.id, a.raw]));
const entityIds = new Set(seeds.entities.map((e) => e.id));
const eventIds = new Set(seeds.events.map((e) => e.id));

/** Every citation in the seeds, labelled with where it stands. */
function allCites(): [string, Cite][] {
  const out: [string, Cite][] = [];
  for (const { meta } of seeds.articles) {
    const evidence = [meta.title.evidence, meta.source.evidence, meta.date.evidence];
    for (const e of evidence)
      if (e) out.push([`articles/${meta.id}`, { article: meta.id, evidence: e }]);
  }
  for (const e of seeds.entities) {
    const facts = e.role ? [e.role, ...e.facts] : e.facts;
    for (const f of facts) for (const c of f.cites) out.push([`entities/${e.id}`, c]);
  }
  for (const e of seeds.events) for (const c of e.cites) out.push([`events/${e.id}`, c]);
  for (const d of seeds.disagreements)
    for (const f of d.claims) for (const c of f.cites) out.push([`disagreements/${d.id}`, c]);
  return out;
}

const kindOf = (a: Alias) => (a.ambiguous ? 'ambiguous' : a.guarded ? 'guarded' : 'plain');

function expandedForms(paradigms: Record<string, string[]>) {
  return seeds.entities.flatMap((e) =>
    e.aliases.flatMap((a) => {
      const endings = a.paradigm ? (paradigms[a.paradigm] ?? []) : [''];
      return [...endings.map((end) => a.text + end), ...(a.forms ?? [])].map((form) => ({
        entity: e.id,
        form,
        exact: a.case === 'exact',
        kind: kindOf(a),
      }));
    }),
  );
}

describe('curated entities', () => {
  it('include every id DESIGN.md fixes', () => {
    expect(DESIGN_IDS.length).toBe(41);
    expect(DESIGN_IDS.filter((id) => !entityIds.has(id))).toEqual([]);
  });

  it('have exactly the four triggers', () => {
    const triggers = seeds.entities.filter((e) => e.trigger).map((e) => e.id);
    expect(triggers.sort()).toEqual(['geneva', 'nato', 'sergei-ryabkov', 'wendy-sherman']);
  });

  it.each(seeds.entities.map((e) => [e.id, e] as const))(
    '%s has English and Icelandic aliases and a cited fact',
    (_id, e) => {
      const langs = new Set(e.aliases.map((a) => a.lang));
      expect(langs.has('en') && langs.has('is')).toBe(true);
      expect(e.facts.length).toBeGreaterThan(0);
    },
  );

  it('give disambiguation rules to every entity with an ambiguous or guarded alias, and only to those', () => {
    for (const e of seeds.entities) {
      expect(!!e.disambiguation, e.id).toBe(e.aliases.some((a) => a.ambiguous || a.guarded));
    }
  });

  it('give an entity whose aliases are only guarded counter-evidence alone (nothing asks for evidence)', () => {
    const guardedOnly = seeds.entities.filter(
      (e) => e.aliases.some((a) => a.guarded) && !e.aliases.some((a) => a.ambiguous),
    );
    expect(guardedOnly.map((e) => e.id).sort()).toEqual([
      'brussels',
      'kyiv',
      'moscow',
      'poland',
      'sergei-ryabkov',
      'us-state-department',
    ]);
    // Counter-evidence of every kind: counter words, words naming another, other first names.
    const counter = (k: string) =>
      k.startsWith('counter') || k.startsWith('others') || k === 'firstNames';
    for (const e of guardedOnly) {
      const keys = Object.keys(e.disambiguation ?? {}).filter((k) => !counter(k));
      expect(keys, e.id).toEqual([]);
    }
  });

  it('give each written form of an entity one kind: plain, guarded or ambiguous', () => {
    // Forms that read the same share a trie entry's place: a plain `Brüssels` would make the
    // guarded `Brussels` sure whatever follows it.
    const kinds = new Map<string, string>();
    const mixed: string[] = [];
    for (const { entity, form, exact, kind } of expandedForms(seeds.paradigms)) {
      const key = `${entity}\n${exact ? form : foldText(form)}`;
      const prev = kinds.get(key);
      if (prev && prev !== kind) mixed.push(`${entity}: ${form} is ${kind} and ${prev}`);
      kinds.set(key, kind);
    }
    expect(mixed).toEqual([]);
  });

  it('use only paradigms that exist, and every paradigm is used', () => {
    const used = new Set(seeds.entities.flatMap((e) => e.aliases.map((a) => a.paradigm)));
    used.delete(undefined);
    expect([...used].filter((p) => !(p! in seeds.paradigms))).toEqual([]);
    expect(Object.keys(seeds.paradigms).filter((p) => !used.has(p))).toEqual([]);
  });

  it('never give one written form to two entities', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const { entity, form, exact } of expandedForms(seeds.paradigms)) {
      const key = exact ? form : form.toLocaleLowerCase();
      const prev = owner.get(key);
      if (prev && prev !== entity) clashes.push(`${form}: ${prev} / ${entity}`);
      owner.set(key, entity);
    }
    expect(clashes).toEqual([]);
  });
});

describe('citations', () => {
  it.each(allCites().map(([where, c]) => [where, c.evidence, c] as const))(
    '%s: “%s” is a verbatim span of its article',
    (_where, _evidence, cite) => {
      const text = raw.get(cite.article);
      expect(text, `unknown article ${cite.article}`).toBeDefined();
      expect(text).toContain(cite.evidence);
      expect(cite.evidence).not.toContain('\n');
    },
  );

  it('every article meta names its own file id', () => {
    expect(seeds.articles.map((a) => a.meta.id)).toEqual(
      seeds.files.articles.map((a) => a.meta.path.slice('articles/'.length, -'.json'.length)),
    );
  });
});

describe('events and disagreements', () => {
  it('refer only to curated entities', () => {
    const refs = [
      ...seeds.events.flatMap((e) => [...e.participants, ...(e.place ? [e.place] : [])]),
      ...seeds.disagreements.flatMap((d) => d.entities),
    ];
    expect(refs.filter((id) => !entityIds.has(id))).toEqual([]);
  });

  it('disagreements refer only to curated events', () => {
    const refs = seeds.disagreements.flatMap((d) => (d as { events?: string[] }).events ?? []);
    expect(refs.filter((id) => !eventIds.has(id))).toEqual([]);
  });

  it('have unique ids', () => {
    expect(eventIds.size).toBe(seeds.events.length);
    expect(new Set(seeds.disagreements.map((d) => d.id)).size).toBe(seeds.disagreements.length);
  });
});
