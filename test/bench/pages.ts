/**
 * The bench's pages, written to a temp dir: the largest saved real pages as they are (no
 * trigger: the gate's cost) and with a trigger paragraph added (annotation's cost), plus a
 * generated ~2 MB page mixing corpus sentences with filler, and the same size of filler alone.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BenchPage {
  name: string;
  file: string;
  /** The page holds a trigger mention, so the extension should annotate it. */
  triggered: boolean;
  bytes: number;
}

/** The largest pages of ../shared/pages-real, from different outlets (issue 3). */
export const REAL_PAGE_NAMES = ['yahoo-1', 'nytimes-5', 'breitbart', 'nytimes-4', 'youth'];

/** Fresh text about the talks, written for the bench: every trigger and a few more entities. */
const TRIGGER_PARAGRAPH =
  'Deputy Secretary of State Wendy Sherman and Russian Deputy Foreign Minister Sergei Ryabkov ' +
  'met in Geneva on Monday for strategic stability talks. Ryabkov said Moscow wanted firm ' +
  'guarantees that NATO would not expand further east; Sherman answered that Washington would ' +
  'not give up its open-door policy. The NATO-Russia Council met in Brussels on Wednesday, and ' +
  'the OSCE took up the same questions in Vienna on Thursday.';

const GENERATED_BYTES = 2_000_000;

const FILLER_WORDS = (
  'the council report market season weather river garden minister school budget railway ' +
  'harvest museum festival recipe island bridge harbour orchestra league station library ' +
  'village winter summer policy county election village forecast stadium tournament ' +
  'coastline factory gallery ferry airport province highway mountain valley cathedral ' +
  'announced reported expected said added planned opened closed rose fell stayed moved ' +
  'quickly slowly early late again later further new old small large local national ' +
  'with from about after before during under over between through against into'
).split(' ');

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Deterministic PRNG (mulberry32) so every run benches the same generated page. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function corpusSentences(seedsDir: string): string[] {
  const dir = join(seedsDir, 'articles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/(?<=[.!?])\s+|\n+/))
    .map((s) => s.trim())
    .filter((s) => s.length > 30);
}

function fillerSentence(next: () => number): string {
  const words = Array.from({ length: 8 + Math.floor(next() * 14) }, () => {
    const word = FILLER_WORDS[Math.floor(next() * FILLER_WORDS.length)] ?? 'the';
    return next() < 0.06 ? `<a href="#w">${word}</a>` : word;
  });
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

/** Paragraphs of 3–7 sentences, `corpusShare` of them verbatim corpus sentences. */
function generatedBody(sentences: string[], corpusShare: number, seed: number): string {
  const next = random(seed);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < GENERATED_BYTES; i++) {
    if (i % 12 === 0) parts.push(`<h2>${fillerSentence(next)}</h2>`);
    const count = 3 + Math.floor(next() * 5);
    const body = Array.from({ length: count }, () => {
      const pick = sentences[Math.floor(next() * sentences.length)];
      if (pick === undefined || next() >= corpusShare) return fillerSentence(next);
      return next() < 0.2 ? `<b>${escapeHtml(pick)}</b>` : escapeHtml(pick);
    }).join(' ');
    const paragraph = `<p>${body}</p>\n`;
    parts.push(paragraph);
    size += Buffer.byteLength(paragraph);
  }
  return parts.join('');
}

function wrap(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main>${body}</main></body></html>`;
}

/** Puts the trigger paragraph after the first paragraph of the body, or at its start. */
function withTrigger(html: string): string {
  const paragraph = `<p class="gl-bench-trigger">${TRIGGER_PARAGRAPH}</p>`;
  const bodyAt = html.search(/<body[\s>]/i);
  const firstParagraphEnd = html.indexOf('</p>', Math.max(bodyAt, 0));
  if (firstParagraphEnd >= 0) {
    const at = firstParagraphEnd + '</p>'.length;
    return html.slice(0, at) + paragraph + html.slice(at);
  }
  const bodyOpen = html.indexOf('>', bodyAt) + 1;
  return html.slice(0, bodyOpen) + paragraph + html.slice(bodyOpen);
}

export function writeBenchPages(outDir: string, realDir: string, seedsDir: string): BenchPage[] {
  mkdirSync(outDir, { recursive: true });
  const pages: BenchPage[] = [];
  const add = (name: string, html: string, triggered: boolean) => {
    const file = `${name}.html`;
    writeFileSync(join(outDir, file), html);
    pages.push({ name, file, triggered, bytes: Buffer.byteLength(html) });
  };
  for (const name of REAL_PAGE_NAMES) {
    const html = readFileSync(join(realDir, `${name}.html`), 'utf8');
    add(name, html, false);
    add(`${name}+trigger`, withTrigger(html), true);
  }
  const sentences = corpusSentences(seedsDir);
  add('gen-2mb-filler', wrap('Filler', generatedBody(sentences, 0, 7)), false);
  add(
    'gen-2mb',
    wrap('Talks', `<p>${TRIGGER_PARAGRAPH}</p>` + generatedBody(sentences, 0.3, 7)),
    true,
  );
  return pages;
}
