import { describe, expect, test } from 'vitest';
import { BlockAssembler, locate, type Block } from '../../../lib/page/blocks';

/** A stand-in for a DOM text node: its data is all the assembler needs. */
interface FakeText {
  data: string;
}

const t = (data: string): FakeText => ({ data });

/** The text a (start, end) pair of positions covers, read back through the fake nodes. */
function cover(block: Block<FakeText>, start: number, end: number): string {
  const a = locate(block, start);
  const b = locate(block, end, true);
  const nodes = block.nodes;
  const i = nodes.indexOf(a.node);
  const j = nodes.indexOf(b.node);
  if (i === j) return a.node.data.slice(a.offset, b.offset);
  let out = a.node.data.slice(a.offset);
  for (let k = i + 1; k < j; k++) out += nodes[k]!.data;
  return out + b.node.data.slice(0, b.offset);
}

describe('BlockAssembler', () => {
  test('starts a new block after an interruption, even for the same ancestor', () => {
    // <div>Wendy<p>…</p>Sherman</div> read without the <p>: two runs of the div, not one.
    const asm = new BlockAssembler<FakeText, string>();
    asm.text(t('Wendy'), 'Wendy', 'div');
    asm.interrupt();
    asm.lineBreak('div');
    asm.text(t('Sherman'), 'Sherman', 'div');
    expect(asm.blocks.map((b) => [b.key, b.text])).toEqual([
      ['div', 'Wendy'],
      ['div', 'Sherman'],
    ]);
  });

  test('joins consecutive text of one block and starts a new block when the ancestor changes', () => {
    const asm = new BlockAssembler<FakeText, string>();
    const wendy = t('Wendy');
    const rest = t(' Sherman met Sergei Ryabkov.');
    const other = t('Another paragraph');
    asm.text(wendy, wendy.data, 'p1');
    asm.text(rest, rest.data, 'p1');
    asm.text(other, other.data, 'p2');
    expect(asm.blocks.map((b) => b.text)).toEqual([
      'Wendy Sherman met Sergei Ryabkov.',
      'Another paragraph',
    ]);
    expect(asm.blocks[0]!.nodes).toEqual([wendy, rest]);
    expect(asm.blocks[0]!.starts).toEqual([0, 5]);
    expect(asm.blocks[0]!.ends).toEqual([5, 33]);
  });

  test('a line break separates the words on each side and belongs to no node', () => {
    const asm = new BlockAssembler<FakeText, string>();
    asm.text(t('Wendy'), 'Wendy', 'p');
    asm.lineBreak('p');
    asm.text(t('Sherman'), 'Sherman', 'p');
    const block = asm.blocks[0]!;
    expect(block.text).toBe('Wendy\nSherman');
    expect(block.starts).toEqual([0, 6]);
    expect(cover(block, 0, 13)).toBe('WendySherman');
  });

  test('a line break before any text of a block is dropped, empty text is skipped', () => {
    const asm = new BlockAssembler<FakeText, string>();
    asm.lineBreak('p');
    asm.text(t(''), '', 'p');
    asm.text(t('Genf'), 'Genf', 'p');
    expect(asm.blocks).toHaveLength(1);
    expect(asm.blocks[0]!.text).toBe('Genf');
  });

  test('the same ancestor after another block is a new block (document order wins)', () => {
    const asm = new BlockAssembler<FakeText, string>();
    asm.text(t('a'), 'a', 'div');
    asm.text(t('b'), 'b', 'p');
    asm.text(t('c'), 'c', 'div');
    expect(asm.blocks.map((b) => [b.key, b.text])).toEqual([
      ['div', 'a'],
      ['p', 'b'],
      ['div', 'c'],
    ]);
  });
});

describe('locate', () => {
  const asm = new BlockAssembler<FakeText, string>();
  const pieces = ['Deputy Secretary ', 'Wendy', ' R. ', 'Sherman', "'s talks in ", 'Genf'];
  const nodes = pieces.map(t);
  for (const n of nodes) asm.text(n, n.data, 'p');
  const block = asm.blocks[0]!;

  test('a start at a node boundary resolves to the node that begins there', () => {
    expect(locate(block, 17)).toEqual({ node: nodes[1], offset: 0 });
  });

  test('an end at a node boundary resolves to the node it closes', () => {
    expect(locate(block, 22, true)).toEqual({ node: nodes[1], offset: 5 });
  });

  test('offsets inside nodes map to the right node and offset', () => {
    expect(locate(block, 3)).toEqual({ node: nodes[0], offset: 3 });
    expect(locate(block, 30, true)).toEqual({ node: nodes[3], offset: 4 });
    expect(locate(block, block.text.length, true)).toEqual({ node: nodes[5], offset: 4 });
  });

  test('a name split over four nodes is covered exactly', () => {
    const start = block.text.indexOf('Wendy');
    const end = block.text.indexOf("'s");
    expect(cover(block, start, end)).toBe('Wendy R. Sherman');
    const genf = block.text.indexOf('Genf');
    expect(cover(block, genf, genf + 4)).toBe('Genf');
  });

  test('binary search agrees with a linear scan at every offset of a long block', () => {
    const many = new BlockAssembler<FakeText, string>();
    const parts = Array.from({ length: 200 }, (_, i) => t('x'.repeat((i % 7) + 1)));
    parts.forEach((p, i) => {
      many.text(p, p.data, 'p');
      if (i % 11 === 0) many.lineBreak('p');
    });
    const b = many.blocks[0]!;
    for (let off = 0; off <= b.text.length; off++) {
      const s = locate(b, off);
      const e = locate(b, off, true);
      const si = b.nodes.indexOf(s.node);
      const ei = b.nodes.indexOf(e.node);
      const linearStart = b.starts.findLastIndex((st, i) => st <= off && off < b.ends[i]!);
      if (linearStart >= 0)
        expect([si, s.offset]).toEqual([linearStart, off - b.starts[linearStart]!]);
      const linearEnd = b.ends.findIndex((en, i) => b.starts[i]! < off && off <= en);
      if (linearEnd >= 0) expect([ei, e.offset]).toEqual([linearEnd, off - b.starts[linearEnd]!]);
    }
  });
});
