/** Where Sector Lens runs: the built-in news sites, each can be switched off, and sites the reader added. */
import { t } from '../lib/i18n';
import type { NewsSite } from '../lib/sites/default-sites';

export interface SiteOptionsProps {
  defaultSites: readonly { site: NewsSite; on: boolean }[];
  addedSites: readonly { origin: string; host: string; on: boolean }[];
  onDefaultSite: (site: NewsSite, on: boolean) => void;
  onAddedSite: (host: string, on: boolean) => void;
  onRemoveSite: (origin: string) => void;
}

export function SiteOptions({ defaultSites, addedSites, onDefaultSite, onAddedSite, onRemoveSite }: SiteOptionsProps) {
  return (
    <>
      <fieldset>
        <legend>{t('options_news_sites')}</legend>
        <div class="site-grid">
          {defaultSites.map(({ site, on }) => (
            <label class="choice" key={site.name} title={site.matches.join('\n')}>
              <input type="checkbox" checked={on} onChange={(event) => onDefaultSite(site, event.currentTarget.checked)} />
              <span>{site.name}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('options_added_sites')}</legend>
        {addedSites.length === 0 ? (
          <p class="muted">{t('options_no_added_sites')}</p>
        ) : (
          <ul class="plain-list">
            {addedSites.map(({ origin, host, on }) => (
              <li key={origin}>
                <label class="choice">
                  <input type="checkbox" checked={on} onChange={(event) => onAddedSite(host, event.currentTarget.checked)} />
                  <span>{origin}</span>
                </label>
                <button type="button" class="link" onClick={() => onRemoveSite(origin)}>
                  <span aria-hidden="true">{t('options_remove')}</span>
                  <span class="sr-only">{t('options_remove_named', origin)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
    </>
  );
}
