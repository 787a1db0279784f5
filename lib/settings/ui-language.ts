/** The UI language setting resolved to a language we have strings for. */
import type { UiLanguage } from './schema';

export type UiLang = 'en' | 'is';

/** 'browser' follows the browser's language list: Icelandic if it comes first, else English. */
export function resolveUiLang(setting: UiLanguage, browserLanguages: readonly string[]): UiLang {
  if (setting !== 'browser') return setting;
  const first = browserLanguages[0]?.toLowerCase() ?? 'en';
  return first === 'is' || first.startsWith('is-') ? 'is' : 'en';
}
