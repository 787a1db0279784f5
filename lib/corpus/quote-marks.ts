/**
 * Finds quotations in one paragraph. Icelandic (and German) open with „ and close with “;
 * English opens with “ and closes with ”. Translated text mixes them (Stern's "“… rapid -“,"),
 * so an English “ closes a quotation that is already open. Straight quotes toggle.
 * Unclosed quotations are ignored rather than guessed.
 */
import type { Span } from './bundle';
import type { Lang } from './schema';

export interface QuoteMarks {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark. */
  close: number;
}

export function quoteSpans(text: string, paragraph: Span, lang: Lang): QuoteMarks[] {
  const out: QuoteMarks[] = [];
  let open = -1;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const c = text[i];
    const closes = open >= 0 && (c === '”' || c === '"' || c === '“' || c === '»');
    if (closes) {
      out.push({ open, close: i });
      open = -1;
      continue;
    }
    if (open < 0 && (c === '„' || c === '“' || c === '"' || c === '«')) {
      // In Icelandic and German “ only closes; an unpaired one is not an opening.
      if (c === '“' && lang !== 'en') continue;
      open = i;
    }
  }
  return out;
}
