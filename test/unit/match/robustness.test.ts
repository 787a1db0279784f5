import { describe, expect, it } from 'vitest';
import { findMentions, mightTrigger } from '../../../lib/match';
import { matcher } from './fixture-seeds';

/**
 * Generous: these runs take tens of milliseconds alone, but the test machine is shared. A
 * quadratic path on 1 MB would take minutes, which this still catches.
 */
const LIMIT_MS = 5000;

function time(f: () => void): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

describe('hostile input', () => {
  it('never throws on arbitrary UTF-16, lone surrogates included', () => {
    let seed = 1;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let n = 0; n < 200; n++) {
      let text = '';
      for (let i = 0; i < 300; i++) text += String.fromCharCode(next() % 0x10000);
      expect(() => findMentions([text, text.slice(7)], matcher)).not.toThrow();
      expect(() => mightTrigger(text, matcher)).not.toThrow();
    }
  });

  it('stays linear on 1 MB without spaces, of spaces, of name prefixes', () => {
    const mb = 1 << 20;
    const cases = [
      'a'.repeat(mb),
      ' '.repeat(mb),
      '\u00ad'.repeat(mb),
      'Wendy '.repeat(mb / 6),
      'Wendy' + ' '.repeat(mb) + 'x',
      'NATO-'.repeat(mb / 5),
      'Sherman '.repeat(mb / 8),
      'Wendy R. '.repeat(mb / 9),
      'Ge\u0301'.repeat(mb / 3),
    ];
    for (const text of cases) {
      const ms = time(() => findMentions([text], matcher));
      expect(ms, JSON.stringify(text.slice(0, 12))).toBeLessThan(LIMIT_MS);
      expect(time(() => mightTrigger(text, matcher))).toBeLessThan(LIMIT_MS);
    }
  }, 120_000);

  it('finds every one of many mentions in one huge block', () => {
    const text = 'Ryabkov met Wendy Sherman in Genf. '.repeat(20000);
    const r = findMentions([text], matcher);
    expect(r.mentions).toHaveLength(60000);
    expect(r.mentions.every((m) => m.end > m.start)).toBe(true);
  });
});
