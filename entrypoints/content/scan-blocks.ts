/**
 * The blocks a scan matches (lib/page/blocks.ts), gathered in slices that yield to the page:
 * every block under given roots for a rescan, or for a whole page only those around the text
 * the matcher's candidate expression picks out (text-collector.ts, piece-blocks.ts,
 * lib/page/candidate-pieces.ts). Either way a block is the one assembling every piece gives,
 * so matching them gives the same marks.
 */
import type { ContentScriptContext } from '#imports';
import type { Matcher } from '../../lib/match/matcher';
import { candidatePieces } from '../../lib/page/candidate-pieces';
import { isOwnElement } from './own-host';
import { deadline, waitFor, yieldToPage } from './slices';
import { PieceBlocks } from './piece-blocks';
import { TextCollector } from './text-collector';
import { isInsideSkipped, type BlockKey, type PageBlock } from './walk';

export interface ScanScope {
  ctx: ContentScriptContext;
  /** False once a newer scan or a switch-off made this one moot: stop. */
  current(): boolean;
  /** An open shadow root met on the way (the page observer and painter need it). */
  shadowRoot(root: ShadowRoot): void;
}

/** Characters of page text looked at for candidates between two looks at the clock. */
const CANDIDATE_CHARS = 100_000;

/** Pieces assembled into blocks between two looks at the clock, on a page dense with names. */
const PIECES_PER_CHECK = 2_000;

/**
 * When this share of the pieces read so far holds candidates, assembling every block is
 * cheaper than looking for the ends of each (a page that is mostly about the talks): the scan
 * switches as soon as it sees that.
 */
const DENSE = 0.1;

/** Every block under the roots (whole subtrees); undefined if the scan became moot. */
export async function blocksUnder(
  roots: readonly BlockKey[],
  scope: ScanScope,
): Promise<PageBlock[] | undefined> {
  const blocks: PageBlock[] = [];
  for (const root of roots) {
    if (!root.isConnected || isInsideSkipped(root, isOwnElement)) continue;
    const texts = await collect(root, scope);
    const all = texts && (await everyBlock(texts, scope));
    if (!all) return undefined;
    blocks.push(...all);
  }
  return blocks;
}

/** Every text piece under `root` (text-collector.ts), read in slices; undefined if moot. */
async function collect(root: BlockKey, scope: ScanScope): Promise<TextCollector | undefined> {
  const texts = new TextCollector(root);
  while (!texts.step(deadline())) {
    if (!(await resumed(scope))) return undefined;
  }
  texts.shadowRoots.forEach((s) => scope.shadowRoot(s));
  return texts;
}

/** Every block of the pieces, in order, in slices: the same as one walk of the page. */
async function everyBlock(
  texts: TextCollector,
  scope: ScanScope,
  until = deadline(),
): Promise<PageBlock[] | undefined> {
  const all = new PieceBlocks(texts);
  for (let from = 0; from < all.length; from += PIECES_PER_CHECK) {
    all.take(from, Math.min(from + PIECES_PER_CHECK, all.length));
    if (performance.now() > until) {
      if (!(await resumed(scope))) return undefined;
      until = deadline();
    }
  }
  return all.blocks;
}

/**
 * The blocks of the page where some name may be; undefined if the scan became moot. The
 * matcher is awaited only after the first pass, so its message overlaps that walk.
 */
export async function candidateBlocks(
  root: Element,
  matcher: () => Promise<Matcher>,
  scope: ScanScope,
): Promise<PageBlock[] | undefined> {
  if (isInsideSkipped(root, isOwnElement)) return [];
  const texts = await collect(root, scope);
  if (!texts) return undefined;
  const candidates = (await waitFor(matcher())).candidates;
  if (!scope.current()) return undefined;
  const blocks = new PieceBlocks(texts);
  const { pieces } = texts;
  let picked = 0;
  let dense = !candidates;
  let until = deadline();
  for (let from = 0; candidates && !dense && from < pieces.length;) {
    let to = from;
    for (let chars = 0; to < pieces.length && chars < CANDIDATE_CHARS; to++) {
      chars += pieces[to]!.length;
    }
    const found = candidatePieces(pieces, candidates, from, to);
    picked += found.size;
    for (const i of [...found].sort((a, b) => a - b)) blocks.around(i);
    from = to;
    dense = picked > from * DENSE;
    if (performance.now() > until) {
      if (!(await resumed(scope))) return undefined;
      until = deadline();
    }
  }
  return dense ? everyBlock(texts, scope, until) : blocks.blocks;
}

/** Yields to the page; says whether the scan is still wanted. */
async function resumed(scope: ScanScope): Promise<boolean> {
  await yieldToPage(scope.ctx);
  return scope.current();
}
