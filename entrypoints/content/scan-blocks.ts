/**
 * The blocks a scan matches (walk.ts), gathered in slices that yield to the page: under given
 * roots for a rescan, or for a whole page only around the text the matcher's candidate
 * expression picks out (text-collector.ts, lib/page/candidate-pieces.ts). Either way the
 * blocks are the same ones the full walk would give for those places, so matching them gives
 * the same marks.
 */
import type { ContentScriptContext } from '#imports';
import type { Matcher } from '../../lib/match/matcher';
import { candidatePieces } from '../../lib/page/candidate-pieces';
import { isOwnElement } from './own-host';
import { deadline, yieldToPage } from './slices';
import { TextCollector } from './text-collector';
import { BlockWalker, blockKeyOf, isInsideSkipped, type PageBlock } from './walk';

export interface ScanScope {
  ctx: ContentScriptContext;
  /** False once a newer scan or a switch-off made this one moot: stop. */
  current(): boolean;
  /** An open shadow root met on the way (the page observer and painter need it). */
  shadowRoot(root: ShadowRoot): void;
}

/**
 * Every block under the roots (whole subtrees), or with `only` just each root's own block;
 * undefined if the scan became moot.
 */
export async function blocksUnder(
  roots: readonly Node[],
  scope: ScanScope,
  only = false,
): Promise<PageBlock[] | undefined> {
  const blocks: PageBlock[] = [];
  for (const root of roots) {
    if (!root.isConnected || isInsideSkipped(root, isOwnElement)) continue;
    const walker = new BlockWalker(root, isOwnElement, only);
    while (!walker.step(deadline())) {
      await yieldToPage(scope.ctx);
      if (!scope.current()) return undefined;
    }
    walker.shadowRoots.forEach((s) => scope.shadowRoot(s));
    blocks.push(...walker.blocks);
  }
  return blocks;
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
  const texts = new TextCollector(root);
  while (!texts.step(deadline())) {
    await yieldToPage(scope.ctx);
    if (!scope.current()) return undefined;
  }
  texts.shadowRoots.forEach((s) => scope.shadowRoot(s));
  const candidates = (await matcher()).candidates;
  if (!scope.current()) return undefined;
  if (!candidates) return blocksUnder([root], scope);
  const keys = new Set<Node>();
  for (const i of candidatePieces(texts.pieces, candidates)) {
    const node = texts.nodes[i];
    if (node?.isConnected) keys.add(blockKeyOf(node));
  }
  // Each block alone: a key's nested blocks are read only if they are candidates themselves.
  return blocksUnder([...keys], scope, true);
}
