/** The options page's state holder: every section reads settings and writes changes straight back. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ApiBaseOption } from '../../components/api-base-option';
import { ApiKeyOptions } from '../../components/api-key-options';
import { AveragingOptions } from '../../components/averaging-options';
import { CategorySearch } from '../../components/category-search';
import { PinnedCoins } from '../../components/pinned-coins';
import { RequestCost } from '../../components/request-cost';
import { SectorSwitches } from '../../components/sector-switches';
import { SettingsBackup, type ImportReport } from '../../components/settings-backup';
import { SiteOptions } from '../../components/site-options';
import { resetSettings } from '../settings/storage';
import { DEFAULT_SITES } from '../sites/default-sites';
import { defaultSiteHosts, hostOf, originMatchPattern } from '../settings/sites';
import { fieldList } from './field-labels';
import { addCustomSector, moveWatched, removeCustomSector, sectorEntries, setWatched } from './sector-order';
import { downloadSettings, importReport, readSettingsFile } from './settings-backup';
import { useApiKey } from './use-api-key';
import { useRequestBudget } from './use-request-budget';
import { useCategoryList } from './use-category-list';
import { useSettings } from './use-settings';
import { t } from '../i18n';
import { localizeDocument } from '../i18n/document';

function toggleHosts(disabled: readonly string[], hosts: readonly string[], on: boolean): string[] {
  const without = disabled.filter((host) => !hosts.includes(host));
  return on ? without : [...without, ...hosts];
}

export function OptionsApp() {
  const { settings, repaired, saveError, update } = useSettings();
  const apiKey = useApiKey(settings?.apiBaseUrl ?? '');
  const categories = useCategoryList();
  const budget = useRequestBudget(JSON.stringify([settings?.watchedSectors, settings?.apiBaseUrl, apiKey.saved.plan]));
  const [report, setReport] = useState<ImportReport | null>(null);
  const [baseMessage, setBaseMessage] = useState<string | null>(null);
  useEffect(() => localizeDocument(document, 'options_title'), []);
  if (!settings) return <main aria-busy="true"><p class="muted">{t('options_loading')}</p></main>;

  const entries = sectorEntries(settings);
  const saveBaseUrl = (value: string) => {
    let origin: string;
    try {
      origin = value ? new URL(value).origin : '';
      if (value && !/^https?:$/.test(new URL(value).protocol)) throw new Error('not http');
    } catch {
      return setBaseMessage(t('options_base_invalid'));
    }
    // Requested inside the click (user gesture); the build's own API hosts are granted already.
    const granted = origin ? browser.permissions.request({ origins: [originMatchPattern(origin)] }) : Promise.resolve(true);
    void granted.then(async (ok) => {
      if (!ok) return setBaseMessage(t('options_base_permission'));
      if (await update({ apiBaseUrl: value })) setBaseMessage(value ? t('options_base_saved', value) : t('options_base_saved_default'));
    });
  };

  return (
    <main>
      <h1>{t('options_title')}</h1>
      {repaired.length > 0 ? (
        <p class="notice" role="status">
          {t('options_repaired', fieldList(repaired))}
        </p>
      ) : null}
      {saveError ? (
        <p class="notice problem" role="alert">
          {saveError}
        </p>
      ) : null}

      <section aria-labelledby="h-sectors">
        <h2 id="h-sectors">{t('options_sectors')}</h2>
        <p class="muted">{t('options_sectors_intro')}</p>
        {budget ? <RequestCost sectors={new Set(settings.watchedSectors).size} plan={budget.plan} perMinute={budget.perMinute} freshForMs={budget.sectorsFreshForMs} /> : null}
        <SectorSwitches
          entries={entries}
          onToggle={(id, on) => void update(setWatched(settings, id, on))}
          onMove={(id, to) => void update(moveWatched(settings, id, to))}
          onRemove={(id) => void update(removeCustomSector(settings, id))}
        />
        <CategorySearch list={categories.list} known={new Set(entries.map((entry) => entry.id))} onOpen={categories.open} onAdd={(category) => void update(addCustomSector(settings, category.id, category.name))} />
      </section>

      <section aria-labelledby="h-averages">
        <h2 id="h-averages">{t('options_averages')}</h2>
        <AveragingOptions averaging={settings.averaging} leaveOneOut={settings.leaveOneOut} window={settings.window} onChange={(patch) => void update(patch)} />
      </section>

      <section aria-labelledby="h-sites">
        <h2 id="h-sites">{t('options_sites')}</h2>
        <SiteOptions
          defaultSites={DEFAULT_SITES.map((site) => ({ site, on: !defaultSiteHosts(site).every((host) => settings.disabledSites.includes(host)) }))}
          addedSites={settings.addedSites.map((origin) => ({ origin, host: hostOf(origin), on: !settings.disabledSites.includes(hostOf(origin)) }))}
          onDefaultSite={(site, on) => void update({ disabledSites: toggleHosts(settings.disabledSites, defaultSiteHosts(site), on) })}
          onAddedSite={(host, on) => void update({ disabledSites: toggleHosts(settings.disabledSites, [host], on) })}
          onRemoveSite={(origin) => {
            void update({ addedSites: settings.addedSites.filter((o) => o !== origin) }).then(() =>
              browser.permissions.remove({ origins: [originMatchPattern(origin)] }).catch(() => false),
            );
          }}
        />
      </section>

      <section aria-labelledby="h-api">
        <h2 id="h-api">{t('options_market')}</h2>
        <ApiKeyOptions
          plan={apiKey.plan}
          keyText={apiKey.key}
          saved={apiKey.saved}
          test={apiKey.test}
          saveMessage={apiKey.saveMessage}
          onPlan={apiKey.setPlan}
          onKey={apiKey.setKey}
          onSave={() => void apiKey.save()}
          onTest={() => void apiKey.runTest()}
        />
        <ApiBaseOption value={settings.apiBaseUrl} message={baseMessage} onSave={saveBaseUrl} />
      </section>

      <section aria-labelledby="h-pins">
        <h2 id="h-pins">{t('options_pins')}</h2>
        <PinnedCoins pins={settings.pins} onRemove={(symbol) => void update({ pins: Object.fromEntries(Object.entries(settings.pins).filter(([s]) => s !== symbol)) })} />
      </section>

      <section aria-labelledby="h-backup">
        <h2 id="h-backup">{t('options_your_settings')}</h2>
        <SettingsBackup
          report={report}
          onExport={() => downloadSettings(settings)}
          onImport={(file) =>
            void readSettingsFile(file, settings).then(async (result) => {
              if (result.ok && result.applied.length > 0 && !(await update(result.settings))) return;
              setReport(importReport(result));
            })
          }
          onReset={() => void resetSettings().then(() => setReport({ ok: true, lines: [t('options_reset_done')] }))}
        />
      </section>
    </main>
  );
}
