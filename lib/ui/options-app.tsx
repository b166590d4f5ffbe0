/** The options page's state holder: reads settings, writes every change straight back. */
import { useEffect, useState } from 'preact/hooks';
import { SectorSwitches } from '../../components/sector-switches';
import type { Settings, SettingsField } from '../settings/schema';
import { loadAndHealSettings, updateSettings, watchSettings } from '../settings/storage';
import { TAXONOMY } from '../sectors/taxonomy';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [reset, setReset] = useState<SettingsField[]>([]);
  useEffect(() => {
    void loadAndHealSettings().then((result) => {
      setSettings(result.settings);
      setReset(result.reset);
    });
    return watchSettings((next) => setSettings(next));
  }, []);
  if (!settings) return <main><p class="muted">Loading…</p></main>;

  const toggle = (sectorId: string, on: boolean) => {
    const watched = on ? [...settings.watchedSectors.filter((id) => id !== sectorId), sectorId] : settings.watchedSectors.filter((id) => id !== sectorId);
    void updateSettings({ watchedSectors: watched }).then(setSettings);
  };
  return (
    <main>
      <h1>Sector Lens</h1>
      {reset.length > 0 ? <p class="notice" role="status">Some settings were unreadable and were reset to their defaults: {reset.join(', ')}.</p> : null}
      <h2>Watched sectors</h2>
      <fieldset>
        <legend class="muted">Tokens are compared with these sectors, in this order.</legend>
        <SectorSwitches sectors={TAXONOMY} watched={settings.watchedSectors} onToggle={toggle} />
      </fieldset>
    </main>
  );
}
