/** Where the annotator assembles blocks: every piece a name may start in, across splits. */
import { describe, expect, it } from 'vitest';
import { aliasForms, buildMatcherData, compileMatcher, findMentions } from '../../../lib/match';
import { candidatePieces } from '../../../lib/page/candidate-pieces';
import { loadSeeds } from '../corpus/seeds-load';

const seeds = loadSeeds();
const matcher = compileMatcher(buildMatcherData(seeds.entities, seeds.paradigms));
const candidates = matcher.candidates!;
const found = (pieces: string[]) => [...candidatePieces(pieces, candidates)].sort((a, b) => a - b);

describe('candidatePieces', () => {
  it('finds names whole, split by markup mid-word, and after a line break', () => {
    expect(found(['The river festival opens on Saturday.', 'Museum hours change.'])).toEqual([]);
    expect(found(['Talks in ', 'Gen', 'ev', 'a today'])).toContain(1);
    expect(found(['Deputy Secretary ', 'Wendy', '\n', 'Sherman', ' met'])).toContain(1);
    expect(found(['Talks: ', 'Рябков', ' said'])).toEqual([1]);
  });

  it('finds a name at the start of a piece glued to a word of another block', () => {
    // <li>Sport</li><li>Geneva talks</li> in minified HTML: no space between the two.
    expect(found(['Sport', 'Geneva talks', 'Weather'])).toEqual([1]);
    expect(found(['Sport', 'NATO', 'OSCE'])).toEqual([1, 2]);
  });

  it('takes pieces with soft hyphens, which the expression cannot read through', () => {
    expect(found(['Atlantshafs\u00adbandalagið fundar', 'ekkert'])).toEqual([0]);
  });

  it('never misses the piece a match starts in (random splits of alias forms)', () => {
    const forms = seeds.entities.flatMap((e) =>
      e.aliases.flatMap((a) => aliasForms(a, seeds.paradigms)),
    );
    const words = ['talks ', 'in ', 'the ', 'said ', 'Sport', '; ', 'x', "l'", '\n'];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    const pick = <T>(a: readonly T[]) => a[next() % a.length]!;
    let hits = 0;
    for (let n = 0; n < 1500; n++) {
      let text = '';
      for (let k = 0; k < 5; k++) text += pick(words) + pick(forms) + pick([' ', '', ', ']);
      // Cut the text into pieces anywhere, as inline markup may.
      const pieces: string[] = [];
      for (let at = 0; at < text.length;) {
        const len = 1 + (next() % 12);
        pieces.push(text.slice(at, at + len));
        at += len;
      }
      const starts: number[] = [];
      pieces.reduce((at, p) => (starts.push(at), at + p.length), 0);
      const pieceAt = (offset: number) => starts.findLastIndex((s) => s <= offset);
      const result = candidatePieces(pieces, candidates);
      // Looked at in parts, as the content script does on a long page: the same pieces, or a
      // few more (a part's first piece has no letter before it to rule a match out).
      const parts = new Set<number>();
      for (let from = 0, size = 1 + (next() % 9); from < pieces.length; from += size) {
        candidatePieces(pieces, candidates, from, Math.min(from + size, pieces.length)).forEach(
          (i) => parts.add(i),
        );
      }
      for (const i of result) expect(parts.has(i), `${JSON.stringify(pieces)}: ${i}`).toBe(true);
      const all = findMentions([text], matcher, { requireTrigger: false });
      for (const hit of [...all.mentions, ...all.deferred]) {
        hits++;
        expect(result.has(pieceAt(hit.start)), `${JSON.stringify(pieces)} at ${hit.start}`).toBe(
          true,
        );
      }
    }
    expect(hits).toBeGreaterThan(3000);
  });
});
