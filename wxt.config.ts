import { defineConfig } from 'wxt';
import { buildEnvironment } from './lib/build-env';

const env = buildEnvironment(process.env);
const OPTIONAL_ORIGINS = ['https://*/*', 'http://*/*'];

// See README "Build-time variables". A build without SECTOR_LENS_* variables is the store build.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: the linter can then see (and forbid) what each layer uses.
  imports: false,
  // Tests build a separate copy (pointed at a local fake API) without touching the dev build.
  outDir: env.outDir,
  manifest: ({ manifestVersion }) => ({
    name: 'Sector Lens',
    description: 'See how every token in a crypto article moves against its sector.',
    // storage: settings and cache. scripting: run the content script on a site the reader enables
    // from the popup (registerContentScripts) and start it in the open tab (executeScript).
    // activeTab: the popup learns the address of the tab it was opened on, so it can offer
    // "Enable on this site" for exactly that origin, without the history-wide `tabs` permission.
    permissions: ['storage', 'scripting', 'activeTab'],
    host_permissions: env.hostPermissions,
    // Asked for one origin at a time, only when the reader clicks "Enable on this site" in the
    // popup (or saves a proxy base URL); listing every http(s) origin here is what lets us ask for
    // any one of them. MV2 (Firefox) has no optional_host_permissions: origins go in optional_permissions.
    ...(manifestVersion === 2 ? { optional_permissions: [...OPTIONAL_ORIGINS] } : { optional_host_permissions: [...OPTIONAL_ORIGINS] }),
    action: { default_title: 'Sector Lens' },
  }),
  vite: () => ({
    define: { __SECTOR_LENS_API_BASE__: JSON.stringify(env.apiBase) },
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      if (env.extraMatches.length === 0) return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...env.extraMatches];
      }
    },
  },
});
