import { defineConfig } from 'wxt';
import { buildEnvironment } from './lib/build-env';
import { configurePageBundle } from './lib/build-page-bundle';
import { defaultSiteMatches } from './lib/sites/default-sites';

const env = buildEnvironment(process.env);

// Firefox: a fixed add-on id (storage and updates need one), and the data-collection declaration
// AMO asks for — Sector Lens collects nothing; the only data leaving the browser is the coin ids
// sent to the market API. WXT's manifest type predates `data_collection_permissions`.
const GECKO_SETTINGS = {
  gecko: {
    id: 'sector-lens@sector-lens.app',
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none'] },
  },
  // Firefox for Android understands data_collection_permissions from 142 on.
  gecko_android: { strict_min_version: '142.0' },
} as { gecko: { id: string; strict_min_version: string } };

// See README "Build-time variables". A build without SECTOR_LENS_* variables is the store build.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: the linter can then see (and forbid) what each layer uses.
  imports: false,
  // Tests build a separate copy (pointed at a local fake API) without touching the dev build.
  outDir: env.outDir,
  // MV3 everywhere: one code path (action, scripting, optional host permissions) for Chrome and
  // Firefox; Firefox ≥ 128 runs MV3 with an event-page background, and the Highlight API we paint
  // with needs Firefox ≥ 140 anyway.
  manifestVersion: 3,
  zip: {
    // Reviewers rebuild from sources: they need the code and bundled data, not our test recordings.
    excludeSources: ['test/**', '.ci/**', '**/*.png'],
    includeSources: ['public/icon/*.png'],
  },
  manifest: {
    // Every word in the manifest comes from public/_locales (lib/i18n/README.md).
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    // storage: settings and the market cache; alarms: the daily lexicon rebuild (the worker sleeps).
    // scripting: run the content script on a site the reader enables from the popup
    // (registerContentScripts) and start it in the open tab (executeScript). activeTab: the popup
    // learns the address of the tab it was opened on, so it can offer "Enable on this site" for
    // exactly that origin, without the history-wide `tabs` permission.
    permissions: ['storage', 'alarms', 'scripting', 'activeTab'],
    host_permissions: env.hostPermissions,
    // Asked for one origin at a time, only when the reader clicks "Enable on this site" in the
    // popup (or saves a proxy base URL); listing every http(s) origin here is what lets us ask for
    // any one of them.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Keyboard: one shortcut opens the popup (its list leads to every token's card), the other
    // opens the card of the mention nearest the middle of the viewport. Both can be changed on
    // the browser's shortcuts page; README "Keyboard".
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+L' } },
      'open-card': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_command_open_card__' },
    },
    browser_specific_settings: GECKO_SETTINGS,
    // The hover card's UI, imported by the content script on first hover (lib/page/card-chunk.ts):
    // importing an extension file from a content script needs it web-accessible on that page.
    // Content scripts run on http(s) pages only (the default sites and sites the reader enables).
    web_accessible_resources: [{ resources: ['card-ui.js'], matches: ['https://*/*', 'http://*/*'] }],
  },
  vite: () => ({
    define: { __SECTOR_LENS_API_BASE__: JSON.stringify(env.apiBase) },
    build: {
      rollupOptions: {
        // zod ships `/* @__PURE__ */` comments where Rollup cannot use them; Rollup drops them and
        // says so ~20 lines per build. Only that warning, only for zod: everything else still shows.
        onwarn(warning, warn) {
          if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/zod/')) return;
          warn(warning);
        },
      },
    },
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
  hooks: {
    // The content script runs on the default sites; declared here rather than in the entrypoint so
    // that the site table is not bundled into the script itself (it only feeds the manifest).
    'entrypoints:resolved': (_wxt, entrypoints) => {
      for (const entrypoint of entrypoints) {
        if (entrypoint.type === 'content-script' && entrypoint.name === 'news') entrypoint.options.matches = defaultSiteMatches();
      }
    },
    // The page-side scripts go without webextension-polyfill, and the content script without zod
    // (lib/build-page-bundle.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      const options = { sourceMaps: env.pageSourceMaps };
      if (entrypoints.some((entrypoint) => entrypoint.type === 'content-script')) configurePageBundle('content-script', config, options);
      else if (entrypoints.some((entrypoint) => entrypoint.name === 'card-ui')) configurePageBundle('card-chunk', config, options);
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      // WXT takes the button's tooltip from the popup's <title>; the manifest's words come from
      // public/_locales like every other (the popup sets its own title when it runs).
      if (manifest.action) manifest.action.default_title = '__MSG_action_title__';
      if (env.extraMatches.length === 0) return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...env.extraMatches];
      }
    },
  },
});
