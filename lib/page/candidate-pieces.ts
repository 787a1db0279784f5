/**
 * Which pieces of a page's text (its text nodes in document order, `\n` for a `<br>`) may hold
 * the start of a name, by the matcher's candidate expression (lib/match, `Matcher.candidates`)
 * run natively over all of them joined. The annotator then builds blocks (blocks.ts) only around
 * those pieces, instead of around every text node of the page (issue 3, Speed).
 *
 * The pieces are joined as they are, so a name split by markup (`Gen<b>ev</b>a`) is read whole.
 * Joining also glues words of different blocks (`<li>foo</li><li>Geneva`): where a piece ending
 * in a letter meets the next, the expression's word-start test may reject a name at the join,
 * so the next piece's start is also tried alone. Pieces with an
 * ignorable unit (soft hyphen, combining accent) are always in: the expression does not read
 * through those.
 */
import { CLASS, charClass } from '../match/fold';
import { IGNORABLE } from '../match/gate';

/** How much of a piece's start is tried alone: more than any key the expression spells. */
const HEAD = 64;

/**
 * The candidate pieces among `pieces[from, to)`, read with enough of the following pieces for
 * a name that runs past `to`: a long page is looked at in parts, with a yield between them.
 */
export function candidatePieces(
  pieces: readonly string[],
  candidates: RegExp,
  from = 0,
  to = pieces.length,
): Set<number> {
  const found = new Set<number>();
  let end = to;
  for (let extra = 0; end < pieces.length && extra < HEAD; end++) extra += pieces[end]!.length;
  const starts: number[] = [];
  let at = 0;
  for (let k = from; k < end; k++) {
    starts.push(at);
    at += pieces[k]!.length;
  }
  const joined = pieces.slice(from, end).join('');
  if (IGNORABLE.test(joined)) {
    for (let k = from; k < to; k++) if (IGNORABLE.test(pieces[k]!)) found.add(k);
  }
  let i = 0;
  candidates.lastIndex = 0;
  for (let m = candidates.exec(joined); m; m = candidates.exec(joined)) {
    while (i + 1 < starts.length && starts[i + 1]! <= m.index) i++;
    if (from + i >= to) break;
    found.add(from + i);
    // On from the next unit, not past the match: a match may run into a later piece, even one
    // of another block, whose own names must still be found.
    candidates.lastIndex = m.index + 1;
  }
  for (let k = Math.max(from, 1); k < to; k++) {
    const before = pieces[k - 1]!;
    if (found.has(k) || before.length === 0) continue;
    if (!(charClass(before.charCodeAt(before.length - 1)) & CLASS.WORD)) continue;
    candidates.lastIndex = 0;
    if (candidates.exec(pieces[k]!.slice(0, HEAD))?.index === 0) found.add(k);
  }
  candidates.lastIndex = 0;
  return found;
}
