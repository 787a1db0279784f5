import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { HoverMachine } from '../../../lib/hover/hover-machine';
import { DWELL_MS, GRACE_MS, SCROLL_QUIET_MS } from '../../../lib/hover/timings';

interface Mention {
  id: string;
}
const a: Mention = { id: 'a' };
const b: Mention = { id: 'b' };

function setup(dwell = DWELL_MS) {
  const log: string[] = [];
  const machine = new HoverMachine<Mention>({
    effects: {
      show: (t, { focus }) => log.push(`show ${t.id}${focus ? ' focus' : ''}`),
      hide: ({ restoreFocus }) => log.push(restoreFocus ? 'hide restore' : 'hide'),
    },
    // A fresh hit-test result for the same mention is a new object: compare by identity of text.
    same: (x, y) => x.id === y.id,
    dwellMs: () => dwell,
  });
  return { machine, log };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('timings', () => {
  test('dwell is at most 300 ms by default; grace leaves time to reach the card', () => {
    expect(DWELL_MS).toBeLessThanOrEqual(300);
    expect(GRACE_MS).toBeGreaterThanOrEqual(200);
  });
});

describe('HoverMachine', () => {
  test('dwell: shows only after resting DWELL_MS on a name', () => {
    const { machine, log } = setup();
    machine.pointerOver(a);
    vi.advanceTimersByTime(DWELL_MS - 1);
    machine.pointerOver({ id: 'a' });
    expect(log).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['show a']);
    expect(machine.shown).toBe(a);
  });

  test('the dwell follows settings changes', () => {
    let dwell = 100;
    const log: string[] = [];
    const machine = new HoverMachine<Mention>({
      effects: { show: (t) => log.push(t.id), hide: () => log.push('hide') },
      same: (x, y) => x.id === y.id,
      dwellMs: () => dwell,
    });
    machine.pointerOver(a);
    vi.advanceTimersByTime(100);
    expect(log).toEqual(['a']);
    dwell = 0;
    machine.pointerOver(b);
    vi.advanceTimersByTime(0);
    expect(log).toEqual(['a', 'b']);
  });

  test('abandon: leaving before the dwell ends shows nothing', () => {
    const { machine, log } = setup();
    machine.pointerOver(a);
    vi.advanceTimersByTime(DWELL_MS / 2);
    machine.pointerOver(null);
    vi.advanceTimersByTime(DWELL_MS * 4);
    expect(log).toEqual([]);
  });

  test('grace: the card survives the trip from the name into the card', () => {
    const { machine, log } = setup();
    machine.pointerOver(a);
    vi.advanceTimersByTime(DWELL_MS);
    machine.pointerOver(null);
    vi.advanceTimersByTime(GRACE_MS - 1);
    machine.cardEnter();
    vi.advanceTimersByTime(GRACE_MS * 4);
    expect(log).toEqual(['show a']);
    machine.cardLeave();
    vi.advanceTimersByTime(GRACE_MS - 1);
    expect(log).toEqual(['show a']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['show a', 'hide']);
    expect(machine.shown).toBeNull();
  });

  test('grace: coming back to the name keeps the card', () => {
    const { machine, log } = setup();
    machine.pointerOver(a);
    vi.advanceTimersByTime(DWELL_MS);
    machine.pointerOver(null);
    vi.advanceTimersByTime(GRACE_MS / 2);
    machine.pointerOver({ id: 'a' });
    vi.advanceTimersByTime(GRACE_MS * 4);
    expect(log).toEqual(['show a']);
  });

  test('adjacent names: the card is replaced in one step, never hidden in between', () => {
    const { machine, log } = setup();
    machine.pointerOver(a);
    vi.advanceTimersByTime(DWELL_MS);
    // Across the space between two names and onto the next one, slower than the grace.
    machine.pointerOver(null);
    vi.advanceTimersByTime(GRACE_MS / 2);
    machine.pointerOver(b);
    vi.advanceTimersByTime(DWELL_MS - 1);
    expect(log).toEqual(['show a']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['show a', 'show b']);
    vi.advanceTimersByTime(GRACE_MS * 4);
    expect(log).toEqual(['show a', 'show b']);
  });

  test('adjacent names: only brushing the next name keeps the first card, then grace', () => {
    const { machine, log } = setup();
    machine.pointerOver(a);
    vi.advanceTimersByTime(DWELL_MS);
    machine.pointerOver(b);
    vi.advanceTimersByTime(DWELL_MS / 2);
    machine.pointerOver(null);
    vi.advanceTimersByTime(GRACE_MS - 1);
    expect(log).toEqual(['show a']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['show a', 'hide']);
  });

  test('crossing a name on the way into the card does not replace the card', () => {
    const { machine, log } = setup();
    machine.pointerOver(a);
    vi.advanceTimersByTime(DWELL_MS);
    machine.pointerOver(b);
    machine.cardEnter();
    vi.advanceTimersByTime(DWELL_MS * 4);
    expect(log).toEqual(['show a']);
  });

  test('scrolling suppresses new cards until the page is still', () => {
    const { machine, log } = setup();
    machine.pointerOver(a);
    vi.advanceTimersByTime(DWELL_MS / 2);
    machine.scroll();
    vi.advanceTimersByTime(DWELL_MS * 2);
    expect(log).toEqual([]);
    machine.scroll();
    machine.pointerOver(b);
    vi.advanceTimersByTime(SCROLL_QUIET_MS - 1);
    machine.pointerOver(b);
    vi.advanceTimersByTime(DWELL_MS * 2);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(SCROLL_QUIET_MS);
    machine.pointerOver(b);
    vi.advanceTimersByTime(DWELL_MS);
    expect(log).toEqual(['show b']);
  });

  test('Escape closes, restores focus, and the card does not reopen until the name is left', () => {
    const { machine, log } = setup();
    machine.pointerOver(a);
    vi.advanceTimersByTime(DWELL_MS);
    expect(machine.escape()).toBe(true);
    expect(log).toEqual(['show a', 'hide restore']);
    machine.pointerOver({ id: 'a' });
    vi.advanceTimersByTime(DWELL_MS * 4);
    expect(log).toEqual(['show a', 'hide restore']);
    machine.pointerOver(null);
    machine.pointerOver(a);
    vi.advanceTimersByTime(DWELL_MS);
    expect(log).toEqual(['show a', 'hide restore', 'show a']);
  });

  test('Escape with no card is not consumed, but aborts a pending dwell', () => {
    const { machine, log } = setup();
    expect(machine.escape()).toBe(false);
    machine.pointerOver(a);
    expect(machine.escape()).toBe(false);
    vi.advanceTimersByTime(DWELL_MS * 4);
    expect(log).toEqual([]);
  });

  test('keyboard: opens at once with focus and ignores a pointer elsewhere', () => {
    const { machine, log } = setup();
    machine.openNow(a);
    expect(log).toEqual(['show a focus']);
    machine.pointerOver(null);
    vi.advanceTimersByTime(GRACE_MS * 4);
    expect(log).toEqual(['show a focus']);
    machine.openNow(b);
    expect(log).toEqual(['show a focus', 'show b focus']);
    expect(machine.escape()).toBe(true);
    expect(log.at(-1)).toBe('hide restore');
  });

  test('touch: a tap opens at once, a tap elsewhere closes', () => {
    const { machine, log } = setup();
    machine.tap(a);
    expect(log).toEqual(['show a']);
    machine.tap({ id: 'a' });
    expect(log).toEqual(['show a']);
    machine.tap(b);
    machine.tap(null);
    expect(log).toEqual(['show a', 'show b', 'hide']);
  });

  test('dismiss (a click) closes, and the same name does not reopen until left', () => {
    const { machine, log } = setup();
    machine.pointerOver(a);
    vi.advanceTimersByTime(DWELL_MS);
    machine.dismiss();
    machine.pointerOver({ id: 'a' });
    vi.advanceTimersByTime(DWELL_MS * 4);
    expect(log).toEqual(['show a', 'hide']);
    machine.pointerOver(b);
    vi.advanceTimersByTime(DWELL_MS);
    expect(log).toEqual(['show a', 'hide', 'show b']);
  });

  test('dismiss closes without restoring focus; dispose stops every timer', () => {
    const { machine, log } = setup();
    machine.pointerOver(a);
    vi.advanceTimersByTime(DWELL_MS);
    machine.dismiss();
    expect(log).toEqual(['show a', 'hide']);
    machine.pointerOver(b);
    machine.dispose();
    vi.advanceTimersByTime(DWELL_MS * 4);
    expect(log).toEqual(['show a', 'hide']);
  });
});
