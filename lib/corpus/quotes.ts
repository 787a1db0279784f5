/**
 * Attributes quotations to the people the corpus knows, by pattern (issue 2):
 *   “…,” said X · “…,” X said · X said: „…“ · „…“ sagði X · X warned … a “…”
 *   “…,” said he / the 61-year-old  → the person last named in the paragraph
 * An unattributed quotation that continues a speaker's words in the same paragraph, or opens
 * the paragraph after "…, he added.", keeps that speaker. Quotes with no named person
 * (an unnamed official, a ministry's tweet) are left out rather than guessed.
 */
import type { Quote, Sentence, Span } from './bundle';
import type { Lang } from './schema';
import { quoteSpans } from './quote-marks';
import { sentenceAt } from './sentences';

export interface PersonMention extends Span {
  entity: string;
}

const SPEECH =
  /\b(?:said|says|say|told|tweeted|added|warned|insisted|insists|spoke|called|stated|declared|argued|urged|dismissing|described|sagði|segir|sagðist|segja|kvað|bætti)\b/iu;
const PRONOUN_ATTRIBUTION =
  /^[\s,.!?–—-]*(?:(?:said|added|says)\s+(?:he|she|the\s+[\p{L}\d-]+)|(?:he|she)\s+(?:said|added)|sagði\s+(?:hann|hún))\b/iu;
const PRONOUN_CARRY =
  /\b(?:he|she)\s+(?:added|said|continued)\.?$|(?:sagði|bætti)\s+(?:hann|hún)[^.]*\.?$/iu;

export function extractQuotes(
  article: string,
  text: string,
  paragraphs: readonly Span[],
  sentences: readonly Sentence[],
  lang: Lang,
  people: readonly PersonMention[],
): Quote[] {
  const out: Quote[] = [];
  let carried: string | undefined;
  let previous: string | undefined;
  paragraphs.forEach((p, index) => {
    const inParagraph = people.filter((m) => m.start >= p.start && m.end <= p.end);
    let speaker: string | undefined;
    for (const q of quoteSpans(text, p, lang)) {
      const sentence = sentenceAt(sentences, q.open);
      const s = sentences[sentence] ?? p;
      const found =
        after(text, q.close + 1, s.end, inParagraph) ??
        pronoun(text, q, inParagraph) ??
        before(text, Math.max(s.start, p.start), q.open, inParagraph) ??
        previousParagraphIntro(text, paragraphs, index, q.open, people) ??
        speaker ??
        (q.open === p.start ? carried : undefined);
      if (!found) continue;
      speaker = found;
      const quoted = text.slice(q.open + 1, q.close).replace(/[\s,–—-]+$/u, '');
      if (quoted.trim() === '') continue;
      out.push({
        article,
        speaker: found,
        text: quoted,
        start: q.open + 1,
        end: q.open + 1 + quoted.length,
        sentence,
      });
    }
    // "…, he added." hands the paragraph's (or the previous one's) speaker to the next.
    const hands = PRONOUN_CARRY.test(text.slice(p.start, p.end));
    carried = hands ? (speaker ?? inParagraph.at(-1)?.entity ?? previous) : undefined;
    previous = speaker;
  });
  return out;
}

/** “…,” said X / “…,” X said: the first person named after the quote, with a speech verb. */
function after(text: string, from: number, to: number, people: readonly PersonMention[]) {
  const person = people.find((m) => m.start >= from && m.start <= to);
  if (!person) return undefined;
  const window = text.slice(from, Math.min(to, person.end + 40));
  return SPEECH.test(window) ? person.entity : undefined;
}

/** “…,” said the 61-year-old: the person last named before the quote in the paragraph. */
function pronoun(
  text: string,
  q: { open: number; close: number },
  people: readonly PersonMention[],
) {
  if (!PRONOUN_ATTRIBUTION.test(text.slice(q.close + 1, q.close + 60))) return undefined;
  return people.filter((m) => m.end <= q.open).at(-1)?.entity;
}

/** X said: „…“ / X warned … a “…”: the nearest person before it with a speech verb between. */
function before(text: string, from: number, open: number, people: readonly PersonMention[]) {
  const candidates = people.filter((m) => m.start >= from && m.end <= open).reverse();
  return candidates.find((m) => SPEECH.test(text.slice(m.end, open)))?.entity;
}

/** "X sagði 9. janúar við CNN:" closing the previous paragraph introduces this quote. */
function previousParagraphIntro(
  text: string,
  paragraphs: readonly Span[],
  index: number,
  open: number,
  people: readonly PersonMention[],
) {
  const p = paragraphs[index];
  const prev = paragraphs[index - 1];
  if (
    !p ||
    !prev ||
    open !== p.start ||
    !text.slice(prev.start, prev.end).trimEnd().endsWith(':')
  ) {
    return undefined;
  }
  return before(text, prev.start, prev.end, people);
}
