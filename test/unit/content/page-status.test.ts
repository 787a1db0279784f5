import { describe, expect, test } from 'vitest';
import { pageStatus, type PaintedPage } from '../../../lib/page/page-status';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/schema';

const types: Record<string, 'person' | 'place' | 'organisation'> = {
  'wendy-sherman': 'person',
  geneva: 'place',
  nato: 'organisation',
};

const page = (annotated: boolean, counts: [string, number][]): PaintedPage => ({
  annotated,
  counts: new Map(counts),
  typeOf: (id) => types[id],
  nameOf: (id) => id.toUpperCase(),
});

const settings = (patch: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...patch });

describe('pageStatus', () => {
  test('disabled wins over everything', () => {
    const s = settings({ enabled: false, pausedSites: ['example.org'] });
    expect(pageStatus(s, 'example.org', page(true, [['geneva', 2]]))).toEqual({
      state: 'disabled',
    });
  });

  test('a paused site is paused, whatever the case of its hostname', () => {
    const s = settings({ pausedSites: ['example.org'] });
    expect(pageStatus(s, 'Example.ORG', page(true, [['geneva', 2]]))).toEqual({ state: 'paused' });
    expect(pageStatus(s, 'other.org', page(false, []))).toEqual({ state: 'no-trigger' });
  });

  test('www.example.org and example.org are one site, in either stored form', () => {
    for (const stored of ['example.org', 'www.example.org']) {
      const s = settings({ pausedSites: [stored] });
      for (const host of ['example.org', 'www.example.org']) {
        expect(pageStatus(s, host, page(true, [['geneva', 2]]))).toEqual({ state: 'paused' });
      }
      expect(pageStatus(s, 'news.example.org', page(false, []))).toEqual({ state: 'no-trigger' });
    }
  });

  test('an annotated page lists its entities by count, then id, with their types', () => {
    const status = pageStatus(
      settings(),
      'news.example',
      page(true, [
        ['nato', 1],
        ['geneva', 3],
        ['wendy-sherman', 3],
        ['unknown-entity', 4],
      ]),
    );
    expect(status).toEqual({
      state: 'annotated',
      entities: [
        { entity: 'geneva', type: 'place', name: 'GENEVA', count: 3 },
        { entity: 'wendy-sherman', type: 'person', name: 'WENDY-SHERMAN', count: 3 },
        { entity: 'nato', type: 'organisation', name: 'NATO', count: 1 },
      ],
    });
  });
});
