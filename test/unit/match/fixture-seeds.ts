/**
 * Small, realistic seeds for the matcher tests: independent of seeds/entities so the rules are
 * tested on their own (the real seeds have their own tests in real-seeds.test.ts).
 */
import type { Disambiguation, EntitySeed, Paradigms } from '../../../lib/corpus/schema';
import { buildMatcherData, compileMatcher } from '../../../lib/match';

export const paradigms: Paradigms = {
  'ru-masc': ['', 'а', 'у', 'ым', 'е'],
  'ru-fem-a': ['а', 'ы', 'е', 'у', 'ой'],
  'is-masc-s': ['', 's'],
  'is-genf': ['', 'ar'],
  'is-neut-def': ['ið', 'sins', 'inu'],
  'de-s': ['', 's'],
  unused: ['x'],
};

const fact = [
  { text: 'A fact.', cites: [{ article: '002_ec0cd77a669150c2', evidence: 'Geneva' }] },
];

function entity(e: Omit<EntitySeed, 'facts' | 'name'> & { name?: string }): EntitySeed {
  const name = e.name ?? e.id;
  return { ...e, name: { en: name, is: name }, facts: fact };
}

export const seeds: EntitySeed[] = [
  entity({
    id: 'sergei-ryabkov',
    type: 'person',
    trigger: true,
    aliases: [
      { lang: 'en', text: 'Sergei Ryabkov' },
      { lang: 'en', text: 'Sergey Ryabkov' },
      { lang: 'en', text: 'Ryabkov', forms: ['Riabkov'] },
      { lang: 'is', text: 'Rjabkov', paradigm: 'is-masc-s' },
      { lang: 'de', text: 'Rjabkow', paradigm: 'de-s' },
      { lang: 'ru', text: 'Рябков', paradigm: 'ru-masc' },
    ],
  }),
  entity({
    id: 'wendy-sherman',
    type: 'person',
    trigger: true,
    aliases: [
      { lang: 'en', text: 'Wendy Sherman' },
      { lang: 'en', text: 'Sherman', ambiguous: true },
      { lang: 'ru', text: 'Шерман', paradigm: 'ru-masc', ambiguous: true },
    ],
    disambiguation: {
      evidenceBefore: ['Ms.', 'Mrs.', 'Deputy Secretary', 'Under Secretary', 'госсекретаря'],
      evidenceAfter: ['told reporters'],
      counterBefore: ['General', 'Gen.', 'M4'],
      counterAfter: ['tank', 'tanks', 'Oaks', 'Antitrust Act'],
      firstNames: ['Wendy', 'Венди'],
      minNearbyEntities: 2,
    },
  }),
  entity({
    id: 'geneva',
    type: 'place',
    trigger: true,
    aliases: [
      { lang: 'en', text: 'Geneva', ambiguous: true },
      { lang: 'fr', text: 'Genève', ambiguous: true },
      { lang: 'is', text: 'Genf', paradigm: 'is-genf' },
      { lang: 'de', text: 'Genf' },
      { lang: 'ru', text: 'Женев', paradigm: 'ru-fem-a' },
    ],
    disambiguation: {
      evidenceNearby: ['Switzerland', 'Swiss', 'Geneva talks'],
      minNearbyEntities: 1,
      counterBefore: ['Lake'],
      counterAfter: ['Conventions', 'Convention', 'Illinois', 'Wis.', 'New York', 'County'],
    },
  }),
  entity({
    id: 'nato',
    type: 'organisation',
    trigger: true,
    aliases: [
      { lang: 'en', text: 'NATO', case: 'exact' },
      { lang: 'en', text: 'Nato', case: 'exact' },
      { lang: 'en', text: 'North Atlantic Treaty Organization' },
      { lang: 'ru', text: 'НАТО' },
      { lang: 'is', text: 'Atlantshafsbandalag', paradigm: 'is-neut-def' },
    ],
  }),
  entity({
    id: 'nato-russia-council',
    type: 'organisation',
    aliases: [{ lang: 'en', text: 'NATO-Russia Council' }],
  }),
  entity({
    id: 'washington',
    type: 'place',
    aliases: [{ lang: 'en', text: 'Washington' }],
  }),
  entity({
    id: 'moscow',
    type: 'place',
    aliases: [
      { lang: 'en', text: 'Moscow', guarded: true },
      { lang: 'de', text: 'Moskau', paradigm: 'de-s', guarded: true },
    ],
    disambiguation: { counterBefore: ['Spartak'], counterAfter: ['Times', 'Idaho'] },
  }),
  entity({
    id: 'ukraine',
    type: 'place',
    aliases: [
      { lang: 'en', text: 'Ukraine' },
      { lang: 'is', text: 'Úkraína', forms: ['Úkraínu'] },
    ],
  }),
  entity({
    id: 'us-state-department',
    type: 'organisation',
    aliases: [{ lang: 'en', text: 'State Department' }],
  }),
];

export const data = buildMatcherData(seeds, paradigms);
export const matcher = compileMatcher(data);

/** The fixture matcher with one entity's rules changed. */
export function withRules(id: string, patch: Partial<Disambiguation>) {
  const changed = seeds.map((e) =>
    e.id === id ? { ...e, disambiguation: { ...e.disambiguation, ...patch } } : e,
  );
  return compileMatcher(buildMatcherData(changed, paradigms));
}
