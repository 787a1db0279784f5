import { describe, expect, it } from 'vitest';
import { marks } from './helpers';

describe('names', () => {
  it('takes middle initials inside a full name', () => {
    expect(marks('Wendy R. Sherman met Sergei A. Ryabkov')).toEqual([
      'Wendy R. Sherman → wendy-sherman',
      'Sergei A. Ryabkov → sergei-ryabkov',
    ]);
    // Some styles drop the period; a lowercase word or a longer one is never an initial.
    expect(marks('Wendy R Sherman met Sergei A Ryabkov')).toEqual([
      'Wendy R Sherman → wendy-sherman',
      'Sergei A Ryabkov → sergei-ryabkov',
    ]);
    expect(marks('Wendy a Sherman, Wendy RA Sherman')).toEqual([]);
  });

  it('takes any whitespace run between the words of a name', () => {
    expect(marks('Wendy\nSherman, Wendy\u00a0 Sherman, Sergei \t\r\n Ryabkov')).toEqual([
      'Wendy\nSherman → wendy-sherman',
      'Wendy\u00a0 Sherman → wendy-sherman',
      'Sergei \t\r\n Ryabkov → sergei-ryabkov',
    ]);
  });

  it('falls back to the surname when the first name is cut off', () => {
    expect(marks('Sergei Lavrov and Ryabkov')).toEqual(['Ryabkov → sergei-ryabkov']);
    expect(marks('Sergei R. Lavrov')).toEqual([]);
  });

  it('expands paradigms: Russian, Icelandic and German endings', () => {
    expect(marks('Рябкова, Рябкову, Рябковым, Рябкове; в Женеве, из Женевы')).toEqual([
      'Рябкова → sergei-ryabkov',
      'Рябкову → sergei-ryabkov',
      'Рябковым → sergei-ryabkov',
      'Рябкове → sergei-ryabkov',
      'Женеве → geneva',
      'Женевы → geneva',
    ]);
    expect(marks('Rjabkows, Atlantshafsbandalagsins, Atlantshafsbandalaginu')).toEqual([
      'Rjabkows → sergei-ryabkov',
      'Atlantshafsbandalagsins → nato',
      'Atlantshafsbandalaginu → nato',
    ]);
  });

  it('takes extra declared forms', () => {
    expect(marks('Úkraína og Úkraínu, Riabkov')).toEqual([
      'Úkraína → ukraine',
      'Úkraínu → ukraine',
      'Riabkov → sergei-ryabkov',
    ]);
  });

  it('prefers the longest alias starting at the same place', () => {
    expect(marks('the North Atlantic Treaty Organization')).toEqual([
      'North Atlantic Treaty Organization → nato',
    ]);
    expect(marks('the North Atlantic Treaty talks')).toEqual([]);
  });
});
