/**
 * The blocks a scan matches (walk.ts), gathered in slices that yield to the page: under given
 * roots for a rescan, or for a whole page only around the text the matcher's candidate
 * expression picks out (text-collector.ts, piece-blocks.ts, lib/page/candidate-pieces.ts).
 * Either way the blocks are the ones the full walk gives for those places, so matching them
 * gives the same marks.
 */
import type { ContentScriptContext } from '#imports';
import type { Matcher } from '../../lib/match/matcher';
import { candidatePieces } from '../../lib/page/candidate-pieces';
import { isOwnElement } from './own-host';
import { deadline, waitFor, yieldToPage } from './slices';
import { PieceBlocks } from './piece-blocks';
import { TextCollector } from './text-collector';
import { BlockWalker, isInsideSkipped, type PageBlock } from './walk';

export interface ScanScope {
  ctx: ContentScriptContext;
  /** False once a newer scan or a switch-off made this one moot: stop. */
  current(): boolean;
  /** An open shadow root met on the way (the page observer and painter need it). */
  shadowRoot(root: ShadowRoot): void;
}

/** Every block under the roots (whole subtrees); undefined if the scan became moot. */
export async function blocksUnder(
  roots: readonly Node[],
  scope: ScanScope,
): Promise<PageBlock[] | undefined> {
  const blocks: PageBlock[] = [];
  for (const root of roots) {
    if (!root.isConnected || isInsideSkipped(root, isOwnElement)) continue;
    const walker = new BlockWalker(root, isOwnElement);
    while (!walker.step(deadline())) {
      if (!(await resumed(scope))) return undefined;
    }
    walker.shadowRoots.forEach((s) => scope.shadowRoot(s));
    blocks.push(...walker.blocks);
  }
  return blocks;
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
  const texts = new TextCollector(root);
  while (!texts.step(deadline())) {
    if (!(await resumed(scope))) return undefined;
  }
  texts.shadowRoots.forEach((s) => scope.shadowRoot(s));
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
  if (!dense) return blocks.blocks;
  // Every block, in order: the same as one walk of the page, without walking it again.
  const all = new PieceBlocks(texts);
  for (let from = 0; from < pieces.length; from += PIECES_PER_CHECK) {
    all.take(from, Math.min(from + PIECES_PER_CHECK, pieces.length));
    if (performance.now() > until) {
      if (!(await resumed(scope))) return undefined;
      until = deadline();
    }
  }
  return all.blocks;
}

/** Yields to the page; says whether the scan is still wanted. */
async function resumed(scope: ScanScope): Promise<boolean> {
  await yieldToPage(scope.ctx);
  return scope.current();
}
