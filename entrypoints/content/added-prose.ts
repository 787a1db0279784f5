/**
 * The text a batch of page mutations brings to the page's prose: what the cheap trigger gate
 * looks at when a page changes (an infinite scroll's new items, an SPA's new view). Text
 * inside what the walk skips (scripts, styles, the user's input, our own card) is left out.
 */
import { isSkipped } from './walk';
import { isOwnElement } from './own-host';

const hasWords = (text: string | null): boolean => text !== null && /\S/.test(text);

/** Text a node brings to the page's prose, or null when it brings none. */
export function proseOf(node: Node): string | null {
  if (node.nodeType === Node.TEXT_NODE)
    return hasWords((node as Text).data) ? (node as Text).data : null;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const el = node as Element;
  if (isSkipped(el, isOwnElement)) return null;
  const text = el.textContent;
  // An empty host may still carry a shadow root with text (a web component).
  return hasWords(text) || el.shadowRoot ? (text ?? '') : null;
}

/**
 * Whether text under `parent` is plainly not prose: a <style> or <title> the page rewrites
 * (CSS naming the font Geneva would open the gate). Only the parent is looked at; deeper
 * skipped subtrees only cost a wasted gate opening, and this runs on every quiet page.
 */
const notProse = (parent: Node | null): boolean =>
  parent !== null &&
  parent.nodeType === Node.ELEMENT_NODE &&
  isSkipped(parent as Element, isOwnElement);

/** The new text of these records: added nodes and edited text, one line each. */
export function addedProse(records: readonly MutationRecord[]): string {
  const texts: string[] = [];
  for (const rec of records) {
    if (rec.type === 'characterData') {
      if (!notProse(rec.target.parentNode)) texts.push((rec.target as CharacterData).data);
    } else if (!notProse(rec.target))
      for (const added of rec.addedNodes) {
        const text = proseOf(added);
        if (text !== null) texts.push(text);
      }
  }
  return texts.join('\n');
}
