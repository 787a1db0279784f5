/**
 * Sentence splitting for English and Icelandic news text. A sentence ends at . ! ? … when
 * the next word starts a new sentence, but not after an abbreviation or an initial
 * ("Mr.", "Jan.", "Wendy R. Sherman"), and never inside a quotation, so a quote and its
 * attribution ("„…,“ sagði Rjabkov") stay in one sentence.
 */
import type { Sentence, Span } from './bundle';
import type { Lang } from './schema';
import { quoteSpans } from './quote-marks';

const ABBREVIATIONS = new Set(
  [
    'mr',
    'mrs',
    'ms',
    'dr',
    'prof',
    'gen',
    'sen',
    'rep',
    'gov',
    'st',
    'jr',
    'sr',
    'vs',
    'no',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
    'u.s',
    'u.k',
    'e.g',
    'i.e',
    'etc',
    'inc',
    'corp',
    'ltd',
    'co',
    // Icelandic: "t.d." (til dæmis), "m.a." (meðal annars), "o.fl.", "þ.e.", "s.s.", "nk."
    't.d',
    'm.a',
    'o.fl',
    'þ.e',
    's.s',
    'nk',
    'skv',
    'u.þ.b',
  ].map((a) => a.toLowerCase()),
);

const CLOSERS = new Set(['"', '”', '“', '’', ')', ']', '»']);
const TERMINATORS = new Set(['.', '!', '?', '…']);

function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && /[\p{L}\p{N}.]/u.test(text[start - 1] ?? '')) start--;
  return text.slice(start, end);
}

function isBoundary(text: string, dot: number, next: number): boolean {
  if (text[dot] === '.') {
    const word = wordBefore(text, dot).toLowerCase();
    if (ABBREVIATIONS.has(word)) return false;
    // An initial ("R." in "Wendy R. Sherman") is not a sentence end.
    if (/^\p{Lu}$/u.test(wordBefore(text, dot))) return false;
  }
  const c = text[next] ?? '';
  // Icelandic ordinals ("9. janúar") and lower-case continuations are not new sentences.
  return /[\p{Lu}\p{N}„“"‘(«]/u.test(c);
}

/** Splits each paragraph of `text` into sentences (offsets into `text`). */
export function splitSentences(text: string, paragraphs: readonly Span[], lang: Lang): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    const quotes = quoteSpans(text, p, lang);
    // A full stop inside a quotation ends no sentence, unless the quotation closes with it.
    const inQuote = (after: number) => quotes.some((q) => after > q.open && after <= q.close);
    let start = p.start;
    for (let i = p.start; i < p.end; i++) {
      if (!TERMINATORS.has(text[i] ?? '')) continue;
      let j = i + 1;
      while (j < p.end && (TERMINATORS.has(text[j] ?? '') || CLOSERS.has(text[j] ?? ''))) j++;
      if (j >= p.end || !/\s/u.test(text[j] ?? '') || inQuote(j)) continue;
      let next = j;
      while (next < p.end && /\s/u.test(text[next] ?? '')) next++;
      if (!isBoundary(text, i, next)) continue;
      out.push({ start, end: j, paragraph });
      start = next;
      i = next - 1;
    }
    if (start < p.end) out.push({ start, end: p.end, paragraph });
  });
  return out;
}

/** Index of the sentence containing `offset` (sentences are sorted). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentences[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
