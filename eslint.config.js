// Lint = correctness rules + the layer boundaries of STYLE.md, enforced rather than hoped for.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const BROWSER_GLOBALS = ['browser', 'chrome', 'document', 'window', 'navigator', 'location', 'CSS'].map((name) => ({
  name,
  message: 'lib/detect and lib/sectors are pure: pass inputs in, do not reach for browser globals.',
}));

const BACKGROUND_ONLY = [
  { group: ['**/lib/market', '**/lib/market/**'], message: 'Only the background talks to the market API.' },
  { group: ['**/lib/settings/credentials*'], message: 'The API key never reaches page-side code.' },
  { group: ['**/entrypoints/background*', '**/entrypoints/background/**'], message: 'Content code cannot import background code.' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test/fixtures/**', 'public/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never insert page or API text as HTML.' },
        { property: 'outerHTML', message: 'Never insert page or API text as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Never insert page or API text as HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never insert page or API text as HTML.' },
      ],
    },
  },
  {
    files: ['lib/detect/**', 'lib/sectors/**'],
    rules: {
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['wxt', 'wxt/*', 'webextension-polyfill', '#imports', 'preact', 'preact/*'], message: 'Pure modules import nothing browser-specific.' },
            { group: ['**/lib/page/**', '**/lib/market/**', '**/components/**', '**/entrypoints/**'], message: 'Pure modules depend on no other layer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['entrypoints/*.content/**', 'entrypoints/*.content.ts', 'lib/page/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: BACKGROUND_ONLY }] },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...BACKGROUND_ONLY,
            { regex: 'lib/messaging/?$', message: 'Components receive data and render; they do not fetch or message.' },
            { group: ['wxt/browser', 'webextension-polyfill', '**/lib/messaging/index*', '**/lib/messaging/transport*', '**/lib/settings/storage*'], message: 'Components receive data and render; they do not fetch or message.' },
          ],
        },
      ],
    },
  },
  {
    files: ['entrypoints/popup/**', 'entrypoints/options/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/lib/market', '**/lib/market/**', '**/entrypoints/background*'], message: 'UI pages ask the background through lib/messaging.' }] },
      ],
    },
  },
  {
    files: ['scripts/**', 'test/**', '*.config.*'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
  },
);
