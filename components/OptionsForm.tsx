import { ENTITY_TYPES } from '../lib/corpus/schema';
import {
  HOVER_DELAY_RANGE,
  type HighlightStyle,
  type Settings,
  type TriggerMode,
  type UiLanguage,
} from '../lib/settings/schema';
import type { Strings } from './ui-strings';

/** Props of OptionsForm: the settings and how to change them. */
export interface OptionsFormProps {
  t: Strings;
  settings: Settings;
  /** Each control saves at once; the settings come back through props. */
  onChange: (patch: Partial<Settings>) => void;
  /** Shown after a save (live region). */
  saved: boolean;
}

const STYLES: readonly HighlightStyle[] = ['underline', 'background', 'both'];
const LANGUAGES: readonly UiLanguage[] = ['browser', 'en', 'is'];

/** Every setting of the extension, native controls only, applied as soon as changed. */
export function OptionsForm({ t, settings, onChange, saved }: OptionsFormProps) {
  const off = !settings.enabled;
  return (
    <form class="options-form" onSubmit={(e) => e.preventDefault()}>
      <label class="switch">
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(e) => onChange({ enabled: e.currentTarget.checked })}
        />
        {t.annotate}
      </label>

      <fieldset disabled={off}>
        <legend>{t.whichPages}</legend>
        {(['triggers', 'all'] as TriggerMode[]).map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name="triggerMode"
              value={mode}
              checked={settings.triggerMode === mode}
              onChange={() => onChange({ triggerMode: mode })}
            />
            {mode === 'triggers' ? t.triggers : t.all}
          </label>
        ))}
      </fieldset>

      <fieldset disabled={off}>
        <legend>{t.markTypes}</legend>
        {ENTITY_TYPES.map((type) => (
          <label key={type}>
            <input
              type="checkbox"
              name={`type-${type}`}
              checked={settings.types[type]}
              onChange={(e) =>
                onChange({ types: { ...settings.types, [type]: e.currentTarget.checked } })
              }
            />
            {t.types[type]}
          </label>
        ))}
      </fieldset>

      <fieldset disabled={off}>
        <legend>{t.style}</legend>
        {STYLES.map((style) => (
          <label key={style} class={`style-sample style-${style}`}>
            <input
              type="radio"
              name="style"
              value={style}
              checked={settings.style === style}
              onChange={() => onChange({ style })}
            />
            <span>{t.styles[style]}</span>
          </label>
        ))}
      </fieldset>

      <fieldset disabled={off}>
        <legend>{t.hoverDelay}</legend>
        <label class="range">
          <input
            type="range"
            name="hoverDelayMs"
            aria-label={t.hoverDelay}
            min={HOVER_DELAY_RANGE.min}
            max={HOVER_DELAY_RANGE.max}
            step={50}
            value={settings.hoverDelayMs}
            onChange={(e) => onChange({ hoverDelayMs: e.currentTarget.valueAsNumber })}
          />
          <output>{t.ms(settings.hoverDelayMs)}</output>
        </label>
      </fieldset>

      <fieldset>
        <legend>{t.pausedSites}</legend>
        {settings.pausedSites.length === 0 ? (
          <p class="meta">{t.noPausedSites}</p>
        ) : (
          <ul class="rows paused-sites">
            {settings.pausedSites.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button
                  type="button"
                  aria-label={t.resumeSite(site)}
                  onClick={() =>
                    onChange({ pausedSites: settings.pausedSites.filter((s) => s !== site) })
                  }
                >
                  {t.resume}
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <label class="select">
        <span>{t.uiLanguage}</span>
        <select
          name="uiLanguage"
          value={settings.uiLanguage}
          onChange={(e) => onChange({ uiLanguage: e.currentTarget.value as UiLanguage })}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t.uiLanguages[l]}
            </option>
          ))}
        </select>
      </label>

      <p class="saved meta" role="status">
        {saved ? t.saved : ''}
      </p>
    </form>
  );
}
