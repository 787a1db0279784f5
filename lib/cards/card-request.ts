/**
 * The background's answer to a `card` message, as a plain function so it is tested without a
 * browser (WXT's fakeBrowser does not await promise-returning listeners).
 */
import type { CorpusBundle } from '../corpus/bundle';
import type { CardRequest } from '../browser/messages';
import { buildCardModel, type CardModel } from './card-model';

export function isCardRequest(message: unknown): message is CardRequest {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  return m.type === 'card' && typeof m.entity === 'string' && (m.lang === 'en' || m.lang === 'is');
}

/** The card model for a request, cached per entity and language (the bundle never changes). */
export function cardResponder(bundle: CorpusBundle): (request: CardRequest) => CardModel | null {
  const cache = new Map<string, CardModel | null>();
  return ({ entity, lang }) => {
    const key = `${lang}:${entity}`;
    if (!cache.has(key)) cache.set(key, buildCardModel(bundle, entity, lang));
    return cache.get(key) ?? null;
  };
}
