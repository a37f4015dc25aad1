// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Layering (docs/architecture.md, "Layers"):
 *  - shared/ imports nothing from electron/ or renderer/, not the `electron` module, not React
 *    and no DOM globals: it runs in Node, the browser and the CLI.
 *  - electron/ and renderer/ may import shared/, never each other.
 */
const higherLayers = (...dirs) =>
  dirs.map((dir) => ({
    group: [`**/${dir}`, `**/${dir}/**`, `../${dir}`, `../${dir}/**`],
    message: `This layer may not import ${dir}/ (see docs/architecture.md, "Layers").`,
  }));

const DOM_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'HTMLElement', 'location', 'fetch', 'requestAnimationFrame'];

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'test/fixtures/lint/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'shared/ must not import electron (it runs in Node, the browser and the CLI).' },
            { name: 'react', message: 'shared/ holds no UI code.' },
            { name: 'react-dom', message: 'shared/ holds no UI code.' },
            { name: '@xyflow/react', message: 'shared/ holds no UI code.' },
          ],
          patterns: [...higherLayers('electron', 'renderer'), { group: ['node:*'], message: 'shared/ must run in the browser too: no Node built-ins.' }],
        },
      ],
      'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: 'shared/ must not use the DOM.' }))],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { patterns: higherLayers('renderer') }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer reaches the desktop only through the preload API (renderer/src/platform).' }],
          patterns: higherLayers('electron'),
        },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'scripts/**/*.{ts,js,mjs}', '*.config.{ts,js}', '.ci/**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
