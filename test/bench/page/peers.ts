/**
 * The peers, run as a page script in a context without the extension (bundled by esbuild in
 * test/bench/peers.ts). Each returns its own synchronous time: work done, marks counted.
 * - floor: one TreeWalker pass that only reads every text node's data, the least any
 *   annotator must do;
 * - naive: one case-insensitive RegExp of every alias over each text node, a Range per hit in
 *   one Highlight per entity (no inflection rules, no disambiguation, no trigger gate);
 * - markjs: mark.js 8 (loaded as window.Mark) marking the same forms, the way its docs say.
 *   It makes one pass over the page per keyword, so on a large page it may run for minutes:
 *   it is fed its keywords in chunks, in its own order (longest first), which changes nothing
 *   for it, and stops after `budgetMs`, so its time and marks are then lower bounds.
 */

export interface PeerAlias {
  form: string;
  entity: string;
}

export interface PeerResult {
  ms: number;
  marks: number;
  /** Characters read (floor), text nodes visited (naive), keywords marked (mark.js). */
  work: number;
  /** mark.js only: how many keywords there were; fewer marked means it ran out of budget. */
  of?: number;
}

interface MarkOptions {
  separateWordSearch: boolean;
  accuracy: { value: 'exactly'; limiters: string[] };
  diacritics: boolean;
  caseSensitive: boolean;
  done(total: number): void;
}
type MarkConstructor = new (context: Element) => {
  mark(keywords: string[], options: MarkOptions): void;
};

/** Subtrees whose text no annotator may read as page prose (DESIGN.md). */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'TITLE']);

/** Word characters for boundaries: letters, marks and digits of every script. */
const WORD = '[\\p{L}\\p{M}\\p{N}_]';

/** Punctuation that may touch a name (possessives, brackets, dashes, quotes). */
const LIMITERS = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~¡¿«»„“”‘’–—…'];

function floor(): PeerResult {
  const start = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    chars += (node as Text).data.length;
  }
  return { ms: performance.now() - start, marks: 0, work: chars };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function naive(aliases: PeerAlias[]): PeerResult {
  const start = performance.now();
  const entityOf = new Map<string, string>();
  for (const { form, entity } of aliases) entityOf.set(form.toLowerCase(), entity);
  const forms = [...entityOf.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<!${WORD})(?:${forms.join('|')})(?!${WORD})`, 'giu');
  const ranges = new Map<string, Range[]>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let nodes = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (SKIP.has(node.parentElement?.tagName ?? '')) continue;
    nodes++;
    const text = (node as Text).data;
    pattern.lastIndex = 0;
    for (let hit = pattern.exec(text); hit; hit = pattern.exec(text)) {
      const entity = entityOf.get(hit[0].toLowerCase());
      if (entity === undefined) continue;
      const range = new Range();
      range.setStart(node, hit.index);
      range.setEnd(node, hit.index + hit[0].length);
      const list = ranges.get(entity) ?? [];
      list.push(range);
      ranges.set(entity, list);
    }
  }
  let marks = 0;
  for (const [entity, list] of ranges) {
    CSS.highlights.set(`naive-${entity}`, new Highlight(...list));
    marks += list.length;
  }
  return { ms: performance.now() - start, marks, work: nodes };
}

/** Keywords per mark() call: small enough that the budget is overshot by little. */
const MARKJS_CHUNK = 10;

function markjs(forms: string[], budgetMs: number): PeerResult {
  const Mark = (window as unknown as { Mark?: MarkConstructor }).Mark;
  if (!Mark) throw new Error('mark.js is not loaded');
  // mark.js folds case itself: one keyword per case-folded form, as a user of it would write.
  const keywords = [...new Map(forms.map((f) => [f.toLowerCase(), f])).values()].sort(
    (a, b) => b.length - a.length,
  );
  let marks = 0;
  let done = 0;
  const start = performance.now();
  while (done < keywords.length && performance.now() - start < budgetMs) {
    const chunk = keywords.slice(done, done + MARKJS_CHUNK);
    let finished = false;
    new Mark(document.body).mark(chunk, {
      separateWordSearch: false,
      accuracy: { value: 'exactly', limiters: LIMITERS },
      diacritics: true,
      caseSensitive: false,
      done: (total) => {
        marks += total;
        finished = true;
      },
    });
    if (!finished) throw new Error('mark.js did not finish synchronously');
    done += chunk.length;
  }
  return { ms: performance.now() - start, marks, work: done, of: keywords.length };
}

Object.assign(window, { __glBenchPeers: { floor, naive, markjs } });
