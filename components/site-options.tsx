/** Where Sector Lens runs: the built-in news sites, each can be switched off, and sites the reader added. */
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
        <legend>News sites</legend>
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
        <legend>Sites you added</legend>
        {addedSites.length === 0 ? (
          <p class="muted">None yet. On any other site, open the Sector Lens popup and choose “Enable on this site”.</p>
        ) : (
          <ul class="plain-list">
            {addedSites.map(({ origin, host, on }) => (
              <li key={origin}>
                <label class="choice">
                  <input type="checkbox" checked={on} onChange={(event) => onAddedSite(host, event.currentTarget.checked)} />
                  <span>{origin}</span>
                </label>
                <button type="button" class="link" onClick={() => onRemoveSite(origin)}>
                  Remove<span class="sr-only"> {origin}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
    </>
  );
}
