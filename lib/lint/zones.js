// @ts-check
/**
 * The layer boundaries of STYLE.md as data: which files (`target`) may not import what (`from`,
 * resolved project paths; `packages`, bare specifiers), and the globals each layer may not touch.
 * eslint.config.js applies them; test/unit/lint/lint-bites.test.ts feeds the linter a crossing of
 * every zone and expects each to fail with the zone's message.
 */

/** Browser and extension runtime: pure code takes its inputs as arguments instead. */
export const BROWSER_PACKAGES = ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', '@wxt-dev/*', 'preact', 'preact/*'];
/** The extension messaging and storage runtime: what a component must not reach for. */
const RUNTIME_PACKAGES = ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', '@wxt-dev/*'];
const BACKGROUND = ['lib/background/**', 'lib/market/**', 'entrypoints/background.*', 'entrypoints/background/**'];
// card-ui is the hover card's chunk, imported by the content script into its own world.
const CONTENT = ['lib/page/**', 'entrypoints/*.content.*', 'entrypoints/*.content/**', 'entrypoints/card-ui.*'];
const UI = ['entrypoints/popup/**', 'entrypoints/options/**', 'lib/ui/**'];
const CREDENTIALS = 'lib/settings/credentials.*';

/** @param {string} folder */
const pure = (folder) => ({
  name: `pure-${folder.split('/')[1]}`,
  target: [`${folder}/**`],
  from: ['**'],
  except: [`${folder}/**`, 'lib/model/**'],
  packages: BROWSER_PACKAGES,
  message: `${folder} is pure: it imports only itself and lib/model, nothing browser-specific and no other layer.`,
});

/** @type {{ name: string, target: string[], targetExcept?: string[], from?: string[], except?: string[], packages?: string[], allowTypeImports?: boolean, message: string }[]} */
export const ZONES = [
  pure('lib/detect'),
  pure('lib/sectors'),
  { ...pure('lib/model'), except: ['lib/model/**'], message: 'lib/model is the shared vocabulary: it imports nothing but itself (and zod/mini).' },
  // The page side's checks, so that the content script goes without zod (lib/guard/guard.ts).
  { ...pure('lib/guard'), except: ['lib/guard/**'], packages: [...BROWSER_PACKAGES, 'zod', 'zod/*'], message: 'lib/guard is pure and stands in for zod on the page side: it imports nothing, zod least of all.' },
  {
    name: 'content',
    target: CONTENT,
    from: [...BACKGROUND, CREDENTIALS],
    message: 'Content code runs in the page: it imports nothing from lib/market, lib/background or the credentials module; it asks the background by message.',
  },
  {
    name: 'popup-options',
    target: UI,
    from: [...BACKGROUND, ...CONTENT],
    message: 'Popup and options code reaches the market (and the page) only through messages (lib/messaging).',
  },
  {
    name: 'components',
    target: ['components/**'],
    from: ['lib/messaging/**', 'lib/settings/**', 'lib/ui/**', 'lib/market/**', 'lib/background/**', 'lib/page/**', 'entrypoints/**'],
    packages: RUNTIME_PACKAGES,
    // A type says what a prop holds; only values can fetch, message or hold state.
    allowTypeImports: true,
    message: 'Components receive data and render: they neither fetch nor message nor import state holders (types only).',
  },
  {
    name: 'storage',
    target: ['lib/**', 'components/**', 'entrypoints/**'],
    targetExcept: ['lib/storage/**'],
    packages: ['wxt/utils/storage', '@wxt-dev/storage'],
    message: 'Stored values go through lib/storage (its key table and storedItem), not WXT storage directly.',
  },
  {
    name: 'shared',
    // Also the words every context shows: lib/i18n and the formatters built on it.
    target: ['lib/messaging/**', 'lib/settings/**', 'lib/i18n/**', 'lib/format.*', 'lib/gap-text.*', 'lib/error-text.*'],
    from: [...BACKGROUND, ...CONTENT, ...UI, 'components/**', 'entrypoints/**'],
    message: 'lib/messaging, lib/settings, lib/i18n and the formatters serve every context: they import no context’s code.',
  },
];

/** @param {string[]} names @param {string} message */
const restricted = (names, message) => names.map((name) => ({ name, message }));
const NETWORK = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'];

/** Globals a layer may not use, as `no-restricted-globals` options per file set. */
export const GLOBAL_ZONES = [
  {
    name: 'pure',
    target: ['lib/detect/**', 'lib/sectors/**', 'lib/model/**', 'lib/guard/**'],
    globals: restricted(
      ['browser', 'chrome', 'document', 'window', 'navigator', 'location', 'CSS', 'self', 'localStorage', 'sessionStorage', 'indexedDB', ...NETWORK],
      'Pure modules take their inputs as arguments: no browser globals.',
    ),
  },
  {
    name: 'components',
    target: ['components/**'],
    globals: restricted(['browser', 'chrome', 'localStorage', 'sessionStorage', 'indexedDB', ...NETWORK], 'Components receive data and render: they neither fetch nor message nor store.'),
    // The same globals reached through a global object.
    properties: ['window', 'globalThis', 'self'].flatMap((object) =>
      ['fetch', 'browser', 'chrome', 'XMLHttpRequest', 'localStorage'].map((property) => ({ object, property, message: 'Components receive data and render: they neither fetch nor message nor store.' })),
    ),
  },
  {
    name: 'content',
    target: CONTENT,
    globals: restricted(['chrome', ...NETWORK], 'Content code gets market data from the background by message, never from the network (and uses `browser`, not `chrome`).'),
  },
  {
    name: 'popup-options',
    target: UI,
    globals: restricted(['chrome', ...NETWORK], 'Popup and options code reaches the market only through messages (and uses `browser`, not `chrome`).'),
  },
];

/** `browser.storage` outside lib/storage, as `no-restricted-properties` entries. */
export const STORAGE_PROPERTIES = ['browser', 'chrome'].map((object) => ({
  object,
  property: 'storage',
  message: 'Stored values go through lib/storage (its key table and storedItem).',
}));
