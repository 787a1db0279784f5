import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import './options.css';
import { OptionsForm } from '../../components/OptionsForm';
import { stringsFor } from '../../components/ui-strings';
import { getSettings, updateSettings, watchSettings } from '../../lib/browser/storage';
import type { Settings } from '../../lib/settings/schema';
import { resolveUiLang } from '../../lib/settings/ui-language';

function Options({ initial }: { initial: Settings }) {
  const [settings, setSettings] = useState(initial);
  const [saved, setSaved] = useState(false);
  // Another context (the popup's pause button) may change settings while this page is open.
  useEffect(() => watchSettings(setSettings), []);
  const lang = resolveUiLang(settings.uiLanguage, navigator.languages);
  const t = stringsFor(lang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.optionsTitle;
  }, [lang, t]);
  const onChange = (patch: Partial<Settings>) => {
    setSettings({ ...settings, ...patch });
    void updateSettings(patch).then((next) => {
      setSettings(next);
      setSaved(true);
    });
  };
  return (
    <main class="options">
      <h1>{t.optionsTitle}</h1>
      <OptionsForm t={t} settings={settings} onChange={onChange} saved={saved} />
    </main>
  );
}

void getSettings().then((settings) =>
  render(<Options initial={settings} />, document.getElementById('app')!),
);
