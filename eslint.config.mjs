// The JavaScript linter (`make lint`): ESLint's recommended rules for every script of the project.
// Node scripts and tests also hand functions to the browser (Playwright's page.evaluate), so they
// see both sets of globals; the scripts that run in the page or the service worker see the
// browser's only, as plain scripts.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['dist/**', 'target/**', 'node_modules/**', 'model/examples/**'] },
  js.configs.recommended,
  {
    rules: {
      // `catch (e)` that ignores e is the old-browser spelling the page scripts keep on purpose.
      'no-unused-vars': ['error', { caughtErrors: 'none' }],
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { ecmaVersion: 2024, sourceType: 'module', globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['static/**/*.js', 'e2e/**/*.js', 'scripts/**/*.js'],
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'script',
      globals: { ...globals.browser, ...globals.serviceworker },
    },
  },
  // The service worker's file list, put in at build time by scripts/write-precache.mjs (which
  // replaces the first occurrence of the name, so the name must not appear in a comment there).
  { files: ['static/sw.js'], languageOptions: { globals: { __PRECACHE_FILES__: 'readonly' } } },
];
