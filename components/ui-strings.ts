/**
 * UI strings of the popup, options and corpus pages in English and Icelandic. A typed table
 * rather than browser.i18n because the language is a setting that switches at runtime.
 */
import type { UiLang } from '../lib/settings/ui-language';

const en = {
  appName: 'Geneva Lens',
  tabs: {
    page: 'On this page',
    search: 'Search',
    entities: 'Names',
    articles: 'Articles',
    timeline: 'Timeline',
  },
  status: {
    loading: 'Looking at this page…',
    noTrigger: 'Nothing about the Geneva talks on this page.',
    paused: (site: string) => `Paused on ${site}.`,
    disabled: 'Marking names is switched off.',
    unavailable:
      'This page cannot be marked: browser pages and extension stores are off limits, and a page that was open before Geneva Lens was installed needs a reload.',
    found: (n: number) => (n === 1 ? '1 name on this page' : `${n} names on this page`),
    hint: 'Choose one to go to it on the page.',
  },
  pause: 'Pause on this site',
  resume: 'Resume on this site',
  options: 'Options',
  openCorpus: 'Open the corpus',
  searchLabel: 'Search the corpus',
  searchPlaceholder: 'Names, places, words…',
  noResults: 'No matches.',
  allResults: (n: number) => `All ${n} results`,
  sentences: 'Sentences',
  mentions: (n: number) => (n === 1 ? '1 mention' : `${n} mentions`),
  inArticles: (n: number) => (n === 1 ? 'in 1 article' : `in ${n} articles`),
  types: { person: 'People', place: 'Places', organisation: 'Organisations' },
  type: { person: 'Person', place: 'Place', organisation: 'Organisation' },
  languages: { en: 'English', is: 'Icelandic', de: 'German', ru: 'Russian', fr: 'French' },
  weekdayMismatch: (stated: string, date: string, actual: string) =>
    `“${stated}” does not match ${date}, which was a ${actual}`,
  disagree: 'Sources disagree',
  until: 'to',
  source: 'Source',
  curatedTitle: 'Title given by the curators',
  date: 'Date',
  language: 'Language',
  coverage: 'The same events in other articles',
  namesHere: 'Names in this article',
  noCoverage: 'No other article cites the same events.',
  sharedEvents: (n: number) => (n === 1 ? '1 shared event' : `${n} shared events`),
  facts: 'Facts',
  role: 'Role',
  inCorpus: 'In the corpus',
  quotes: 'Quotes',
  related: 'Mentioned with',
  events: 'Events',
  disagreements: 'Disagreements',
  cited: 'Sources',
  home: 'Articles and names',
  notFound: 'Nothing here: the link points to something the corpus does not hold.',
  optionsTitle: 'Geneva Lens options',
  annotate: 'Mark names on web pages',
  whichPages: 'Pages to mark',
  triggers: 'Only pages about the Geneva talks (recommended)',
  all: 'Every page',
  markTypes: 'Mark these',
  style: 'Highlight style',
  styles: { underline: 'Underline', background: 'Background', both: 'Both' },
  pausedSites: 'Paused sites',
  noPausedSites: 'No site is paused.',
  resumeSite: (site: string) => `Resume on ${site}`,
  hoverDelay: 'Wait before showing a card',
  ms: (n: number) => `${n} ms`,
  uiLanguage: 'Language of Geneva Lens',
  uiLanguages: { browser: 'As the browser', en: 'English', is: 'Íslenska' },
  saved: 'Saved. Open tabs follow at once.',
};

export type Strings = typeof en;

const is: Strings = {
  appName: 'Geneva Lens',
  tabs: {
    page: 'Á síðunni',
    search: 'Leit',
    entities: 'Nöfn',
    articles: 'Greinar',
    timeline: 'Tímalína',
  },
  status: {
    loading: 'Skoða síðuna…',
    noTrigger: 'Ekkert um Genfarviðræðurnar á þessari síðu.',
    paused: (site: string) => `Hlé á ${site}.`,
    disabled: 'Slökkt er á merkingu nafna.',
    unavailable:
      'Ekki er hægt að merkja þessa síðu: síður vafrans og viðbótaverslanir eru utan seilingar og síðu sem var opin áður en Geneva Lens var sett upp þarf að endurhlaða.',
    found: (n: number) =>
      n % 10 === 1 && n % 100 !== 11 ? `${n} nafn á síðunni` : `${n} nöfn á síðunni`,
    hint: 'Veldu nafn til að fara að því á síðunni.',
  },
  pause: 'Gera hlé á þessum vef',
  resume: 'Halda áfram á þessum vef',
  options: 'Stillingar',
  openCorpus: 'Opna safnið',
  searchLabel: 'Leita í safninu',
  searchPlaceholder: 'Nöfn, staðir, orð…',
  noResults: 'Ekkert fannst.',
  allResults: (n: number) => `Allar ${n} niðurstöður`,
  sentences: 'Setningar',
  mentions: (n: number) =>
    n === 1
      ? 'nefnt einu sinni'
      : n % 10 === 1 && n % 100 !== 11
        ? `nefnt ${n} sinni`
        : `nefnt ${n} sinnum`,
  inArticles: (n: number) => (n % 10 === 1 && n % 100 !== 11 ? `í ${n} grein` : `í ${n} greinum`),
  types: { person: 'Fólk', place: 'Staðir', organisation: 'Stofnanir' },
  type: { person: 'Manneskja', place: 'Staður', organisation: 'Stofnun' },
  languages: { en: 'enska', is: 'íslenska', de: 'þýska', ru: 'rússneska', fr: 'franska' },
  weekdayMismatch: (stated: string, date: string, actual: string) =>
    `„${stated}“ passar ekki við ${date}, sem var ${actual}`,
  disagree: 'Heimildum ber ekki saman',
  until: 'til',
  source: 'Heimild',
  curatedTitle: 'Titill frá ritstjórum safnsins',
  date: 'Dagsetning',
  language: 'Tungumál',
  coverage: 'Sömu atburðir í öðrum greinum',
  namesHere: 'Nöfn í greininni',
  noCoverage: 'Engin önnur grein vísar í sömu atburði.',
  sharedEvents: (n: number) =>
    n === 1 ? '1 sameiginlegur atburður' : `${n} sameiginlegir atburðir`,
  facts: 'Staðreyndir',
  role: 'Hlutverk',
  inCorpus: 'Í safninu',
  quotes: 'Tilvitnanir',
  related: 'Nefnt ásamt',
  events: 'Atburðir',
  disagreements: 'Ágreiningur heimilda',
  cited: 'Heimildir',
  home: 'Greinar og nöfn',
  notFound: 'Hér er ekkert: tengillinn vísar á eitthvað sem er ekki í safninu.',
  optionsTitle: 'Stillingar Geneva Lens',
  annotate: 'Merkja nöfn á vefsíðum',
  whichPages: 'Síður sem eru merktar',
  triggers: 'Aðeins síður um Genfarviðræðurnar (mælt með)',
  all: 'Allar síður',
  markTypes: 'Merkja',
  style: 'Útlit merkinga',
  styles: { underline: 'Undirstrikun', background: 'Bakgrunnur', both: 'Hvort tveggja' },
  pausedSites: 'Vefir í hléi',
  noPausedSites: 'Enginn vefur er í hléi.',
  resumeSite: (site: string) => `Halda áfram á ${site}`,
  hoverDelay: 'Bið áður en spjald birtist',
  ms: (n: number) => `${n} ms`,
  uiLanguage: 'Tungumál Geneva Lens',
  uiLanguages: { browser: 'Eins og vafrinn', en: 'English', is: 'Íslenska' },
  saved: 'Vistað. Opnir flipar fylgja strax.',
};

export function stringsFor(lang: UiLang): Strings {
  return lang === 'is' ? is : en;
}

const LOCALE: Record<UiLang, string> = { en: 'en-GB', is: 'is-IS' };

/** An ISO date for reading, to the precision the corpus gives. */
export function formatDate(
  iso: string,
  lang: UiLang,
  precision: 'day' | 'month' | 'year' = 'day',
): string {
  const date = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  const opts: Intl.DateTimeFormatOptions =
    precision === 'year'
      ? { year: 'numeric' }
      : precision === 'month'
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' };
  return new Intl.DateTimeFormat(LOCALE[lang], { ...opts, timeZone: 'UTC' }).format(date);
}
