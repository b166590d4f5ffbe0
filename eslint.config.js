// Lint = correctness rules + the layer boundaries of STYLE.md (lib/lint/zones.js), enforced on
// resolved import paths rather than hoped for; test/unit/lint/lint-bites.test.ts keeps them biting.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { fileURLToPath } from 'node:url';
import zones from './lib/lint/import-zones-rule.js';
import { GLOBAL_ZONES, STORAGE_PROPERTIES, ZONES } from './lib/lint/zones.js';

const ROOT = fileURLToPath(new URL('.', import.meta.url));

const NO_HTML = ['innerHTML', 'outerHTML', 'insertAdjacentHTML'].map((property) => ({ property, message: 'Never insert page or API text as HTML.' }));
const PRODUCT = ['lib/**', 'components/**', 'entrypoints/**'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test/fixtures/**', 'public/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    plugins: { zones },
    rules: {
      'zones/import-zones': ['error', { root: ROOT, zones: ZONES }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', ...NO_HTML],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never insert page or API text as HTML.' },
      ],
    },
  },
  { files: PRODUCT, rules: { 'no-restricted-properties': ['error', ...NO_HTML, ...STORAGE_PROPERTIES] } },
  ...GLOBAL_ZONES.map((zone) => ({
    files: zone.target,
    rules: {
      'no-restricted-globals': ['error', ...zone.globals],
      ...(zone.properties ? { 'no-restricted-properties': ['error', ...NO_HTML, ...STORAGE_PROPERTIES, ...zone.properties] } : {}),
    },
  })),
  { files: ['lib/storage/**'], rules: { 'no-restricted-properties': ['error', ...NO_HTML] } },
  {
    files: ['scripts/**', 'test/**', '*.config.*'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
  },
);
