/** The card's language from settings.uiLanguage: `browser` follows the browser's language. */
import type { UiLang } from '../browser/messages';
import type { UiLanguage } from '../settings/schema';

export function cardLang(setting: UiLanguage, browserLanguage: string | undefined): UiLang {
  if (setting !== 'browser') return setting;
  return browserLanguage?.toLowerCase().startsWith('is') ? 'is' : 'en';
}
