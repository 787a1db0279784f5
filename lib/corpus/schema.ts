/**
 * The shape of everything hand-edited in seeds/ (besides the verbatim article texts).
 * Parsed with valibot so a malformed file fails the build with its file, path and line.
 * Contract shared by the seeds, the corpus build and the matcher: extend with optional
 * fields only.
 */
import * as v from 'valibot';

export const LANGS = ['en', 'is', 'de', 'ru', 'fr'] as const;
export const CORPUS_LANGS = ['en', 'is'] as const;
export const LangSchema = v.picklist(LANGS);
export type Lang = v.InferOutput<typeof LangSchema>;

const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1));
const Id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case'));
const ArticleId = v.pipe(
  v.string(),
  v.regex(/^[0-9]{3}_[0-9a-f]{16}$/, 'must be an article file id'),
);
const IsoDate = v.pipe(v.string(), v.isoDate());

/** A verbatim span of one article; the build fails if `evidence` is not found in it. */
export const CiteSchema = v.strictObject({
  article: ArticleId,
  evidence: NonEmpty,
});
export type Cite = v.InferOutput<typeof CiteSchema>;

/** A statement drawn from the corpus, never from outside it. */
export const FactSchema = v.strictObject({
  text: NonEmpty,
  /** Optional Icelandic rendering of `text` for the Icelandic UI. */
  is: v.optional(NonEmpty),
  cites: v.pipe(v.array(CiteSchema), v.minLength(1)),
});
export type Fact = v.InferOutput<typeof FactSchema>;

/**
 * One written form of a name. With `paradigm`, `text` is a stem and the paradigm's endings
 * (seeds/paradigms.json) are appended to it; `forms` lists extra whole forms.
 */
export const AliasSchema = v.strictObject({
  lang: LangSchema,
  text: NonEmpty,
  paradigm: v.optional(Id),
  forms: v.optional(v.array(NonEmpty)),
  /** `exact`: match only with this capitalisation (`US`, `EU`, `Nato` is not `nato`). */
  case: v.optional(v.picklist(['fold', 'exact'])),
  /** An ambiguous alias needs evidence from the entity's `disambiguation` rules. */
  ambiguous: v.optional(v.boolean()),
  /**
   * A guarded alias needs no evidence, but the entity's counter-evidence (`counterBefore`,
   * `counterAfter`) still rules it out: a name that nearly always means the entity, except in
   * set phrases a news page is full of (`The Moscow Times`, `Brussels sprouts`, `Chicken
   * Kiev`). Never with `ambiguous`, which already implies it.
   */
  guarded: v.optional(v.boolean()),
});
export type Alias = v.InferOutput<typeof AliasSchema>;

/**
 * Evidence and counter-evidence for ambiguous aliases (counter-evidence for guarded ones too),
 * as data. Word lists are compared case- and diacritic-folded, as whole words or word
 * sequences.
 */
export const DisambiguationSchema = v.strictObject({
  /** Words right before the alias that confirm it (titles: `Ms.`, `Deputy Secretary`). */
  evidenceBefore: v.optional(v.array(NonEmpty)),
  /**
   * Words right after the alias that confirm it (`Geneva, Switzerland`); unlike the others,
   * also where the page names someone or somewhere else of the name (rules.ts `SET_APART`).
   */
  evidenceAfter: v.optional(v.array(NonEmpty)),
  /** Words anywhere in the same block that confirm it (`Switzerland`, `Swiss`). */
  evidenceNearby: v.optional(v.array(NonEmpty)),
  /** How many distinct other confident corpus entities in the same block confirm it. */
  minNearbyEntities: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /**
   * Entities (ids) of which at least one must be among the neighbours `minNearbyEntities`
   * counts. A bare "Sherman" beside NATO and Poland is Wendy Sherman; beside Moscow and Berlin,
   * with none of the talks' own names, it is a tank.
   */
  nearbyOneOf: v.optional(v.array(NonEmpty)),
  /** Words right before the alias that rule it out (`General`, `M4`). */
  counterBefore: v.optional(v.array(NonEmpty)),
  /** Words right after the alias that rule it out (`tank`, `Conventions`, `County`). */
  counterAfter: v.optional(v.array(NonEmpty)),
  /**
   * Words right before / after the alias that make it someone or somewhere else of the same
   * name (`William Tecumseh`, `Geneva, Ill.`): they rule it out as counter words do, and make
   * every other ambiguous mention of it on the page doubtful until an alias that needs no
   * evidence names the entity, as a different first name does (`firstNames`).
   */
  othersBefore: v.optional(v.array(NonEmpty)),
  othersAfter: v.optional(v.array(NonEmpty)),
  /**
   * The written forms (folded) the counter words rule out; without it, every form. Italian
   * words after "Nato" (born: `Nato a Roma`) are no counter to the French `l’OTAN a rejeté`.
   */
  counterForms: v.optional(v.array(NonEmpty)),
  /** First names the entity goes by; any other capitalised name right before rules it out. */
  firstNames: v.optional(v.array(NonEmpty)),
});
export type Disambiguation = v.InferOutput<typeof DisambiguationSchema>;

export const ENTITY_TYPES = ['person', 'place', 'organisation'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const EntitySeedSchema = v.strictObject({
  id: Id,
  type: v.picklist(ENTITY_TYPES),
  name: v.strictObject({ en: NonEmpty, is: NonEmpty }),
  /** One line: office and affiliation for people, what it is for places and organisations. */
  role: v.optional(FactSchema),
  trigger: v.optional(v.boolean()),
  aliases: v.pipe(v.array(AliasSchema), v.minLength(1)),
  disambiguation: v.optional(DisambiguationSchema),
  facts: v.pipe(v.array(FactSchema), v.minLength(1)),
});
export type EntitySeed = v.InferOutput<typeof EntitySeedSchema>;

/** Endings per paradigm id, appended to an alias stem. `""` keeps the stem itself. */
export const ParadigmsSchema = v.record(Id, v.pipe(v.array(v.string()), v.minLength(1)));
export type Paradigms = v.InferOutput<typeof ParadigmsSchema>;

/** Sidecar metadata of one article: seeds/articles/<id>.json beside <id>.txt. */
export const ArticleMetaSchema = v.strictObject({
  id: ArticleId,
  language: LangSchema,
  title: v.strictObject({
    text: NonEmpty,
    /** Set when the title is the curator's, not the article's own headline. */
    curated: v.optional(v.boolean()),
    evidence: NonEmpty,
  }),
  source: v.strictObject({
    name: NonEmpty,
    /** How the source is known: `stated` in the text, or `unknown` outlet. */
    basis: v.picklist(['stated', 'unknown']),
    evidence: v.optional(NonEmpty),
    note: v.optional(NonEmpty),
  }),
  date: v.strictObject({
    value: IsoDate,
    evidence: NonEmpty,
    note: v.optional(NonEmpty),
  }),
});
export type ArticleMeta = v.InferOutput<typeof ArticleMetaSchema>;

/** Lines dropped from article bodies: boilerplate, bylines, captions, repeated headlines. */
export const BoilerplateSchema = v.strictObject({
  /** Whole lines (trimmed) dropped wherever they stand. */
  lines: v.array(NonEmpty),
  /** Regular expressions (source text, `u` flag) for whole lines to drop. */
  patterns: v.array(NonEmpty),
  /** Regular expressions for trailing fragments removed from a line (`— NNN-AGENCIES`). */
  trailing: v.array(NonEmpty),
  /** Regular expressions for caption markers (`Image: …`): the line and the one after it go. */
  captionAfter: v.array(NonEmpty),
});
export type Boilerplate = v.InferOutput<typeof BoilerplateSchema>;

export const EventSchema = v.strictObject({
  id: Id,
  title: v.strictObject({ en: NonEmpty, is: NonEmpty }),
  /** The date the corpus gives; where sources disagree, see disagreements.json. */
  date: IsoDate,
  /** `month` or `year` when the corpus gives no day (`in June`): `date` is then its first day. */
  precision: v.optional(v.picklist(['day', 'month', 'year'])),
  endDate: v.optional(IsoDate),
  place: v.optional(Id),
  participants: v.array(Id),
  cites: v.pipe(v.array(CiteSchema), v.minLength(1)),
});
export type EventSeed = v.InferOutput<typeof EventSchema>;

export const DisagreementSchema = v.strictObject({
  id: Id,
  topic: v.strictObject({ en: NonEmpty, is: NonEmpty }),
  entities: v.array(Id),
  /** Timeline events this disagreement concerns (shown beside them). */
  events: v.optional(v.array(Id)),
  /** Each side of the disagreement, with its sources. At least two. */
  claims: v.pipe(v.array(FactSchema), v.minLength(2)),
});
export type DisagreementSeed = v.InferOutput<typeof DisagreementSchema>;

export const EventsFileSchema = v.array(EventSchema);
export const DisagreementsFileSchema = v.array(DisagreementSchema);
