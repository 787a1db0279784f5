/**
 * What every part of the card needs besides its data: the UI language and how to link into
 * the corpus page. The content script opens links through the background (a web page may not
 * navigate to extension pages); the popup and corpus page can open them directly.
 */
import type { CorpusRoute } from '../../lib/routes/corpus-route';
import type { CardStrings } from './card-strings';

export interface CardUi {
  lang: 'en' | 'is';
  strings: CardStrings;
  /** The URL of a corpus page view, for the link's href (copy link, middle click). */
  corpusHref(route: CorpusRoute): string;
  /** Opens a corpus view on a plain click; without it the link navigates by itself. */
  openCorpus?(route: CorpusRoute): void;
}
