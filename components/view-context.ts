/** What every corpus view needs, passed down as one prop so components stay prop-driven. */
import type { CorpusLookup } from '../lib/search/corpus-lookup';
import type { CorpusRoute } from '../lib/routes/corpus-route';
import type { UiLang } from '../lib/settings/ui-language';
import type { Strings } from './ui-strings';

export interface ViewContext {
  lookup: CorpusLookup;
  lang: UiLang;
  t: Strings;
  /** The href of a corpus view: a hash inside corpus.html, or a full URL from the popup. */
  linkTo: (route: CorpusRoute) => string;
}
