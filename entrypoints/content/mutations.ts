/**
 * Turns a batch of MutationRecords into the smallest set of subtrees to rescan: the block
 * around changed text, or a block-level element the page added (one card of an infinite
 * scroll rescans that card, not the whole feed). Changes that cannot touch prose (an ad's
 * <script> or <iframe> appended to <body>, an empty element) rescan nothing, so a busy page
 * does not rescan its whole body on every batch.
 */
import {
  blockKeyOf,
  composedParent,
  isBlockElement,
  isInsideSkipped,
  isSkipped,
  skipsBy,
  type BlockKey,
} from './walk';
import { proseOf } from './added-prose';

export interface ChangeSet {
  /** Subtrees to rescan; none contains another. */
  roots: Set<BlockKey>;
  /** Something was removed: Ranges may have collapsed. */
  removed: boolean;
  /** The new text (added nodes, edited text): the cheap trigger gate looks at this only. */
  addedText: string;
}

function blockRoot(node: Node): BlockKey {
  if (node instanceof ShadowRoot) return node;
  if (node.nodeType === Node.ELEMENT_NODE && isBlockElement(node as Element))
    return node as Element;
  return blockKeyOf(node);
}

/**
 * `isOwn` recognises our card host. A change where the walk never reads (a <title> or <style>
 * rewritten, the user typing, our own card) is not prose: its block would climb past <head> to
 * <html> and rescan the whole page. A batch often holds many records on one target.
 */
export function changedRoots(
  records: MutationRecord[],
  isOwn: (el: Element) => boolean,
): ChangeSet {
  const outside = new Map<Node, boolean>();
  const outOfBounds = (node: Node): boolean => {
    let out = outside.get(node);
    if (out === undefined) outside.set(node, (out = isInsideSkipped(node, isOwn)));
    return out;
  };
  const candidates = new Set<BlockKey>();
  const texts: string[] = [];
  let removed = false;
  for (const rec of records) {
    if (rec.type === 'attributes') {
      const el = rec.target as Element;
      const name = rec.attributeName!;
      if (skipsBy(name, rec.oldValue) === skipsBy(name, el.getAttribute(name))) continue;
      const parent = composedParent(el);
      if (parent && outOfBounds(parent)) continue;
      // A boundary moved: the marks inside go, or the text inside is read anew.
      candidates.add(blockRoot(el));
      if (!isSkipped(el, isOwn)) texts.push(el.textContent ?? '');
      continue;
    }
    if (outOfBounds(rec.target)) continue;
    if (rec.type === 'characterData') {
      candidates.add(blockKeyOf(rec.target));
      texts.push((rec.target as CharacterData).data);
      continue;
    }
    if (rec.type !== 'childList') continue;
    if (rec.removedNodes.length > 0) {
      removed = true;
      // Removing text or inline markup can join the words around it into a new name.
      const joins = [...rec.removedNodes].some(
        (n) =>
          n.nodeType === Node.TEXT_NODE ||
          (n.nodeType === Node.ELEMENT_NODE && !isBlockElement(n as Element)),
      );
      if (joins) candidates.add(blockRoot(rec.target));
    }
    for (const added of rec.addedNodes) {
      const text = proseOf(added);
      if (text === null) continue;
      texts.push(text);
      candidates.add(
        added.nodeType === Node.ELEMENT_NODE && isBlockElement(added as Element)
          ? (added as Element)
          : blockRoot(rec.target),
      );
    }
  }
  const roots = new Set<BlockKey>();
  for (const node of candidates) {
    if (!node.isConnected) continue;
    let covered = false;
    for (let n = composedParent(node); n && !covered; n = composedParent(n))
      covered = candidates.has(n as BlockKey);
    if (!covered) roots.add(node);
  }
  return { roots, removed, addedText: texts.join('\n') };
}
