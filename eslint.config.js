/**
 * Lint, run first by `npm test`. Beside the usual checks it guards the architecture
 * (docs/adr/0011-architecture-guarded-by-lint.md):
 * - `src/rules` is pure: no React, i18next, browser, storage or clock, and nothing from the app;
 * - outside `src/rules`, the rules are imported only through `src/rules/index.ts`;
 * - the feature folders do not import each other (nor the app): they meet in `src/app`;
 * - the shared folders (ui, i18n, storage, modes, readAloud, routing, pwa) import no feature.
 */
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = ['questionnaire', 'results', 'help', 'catalogue', 'takeHome', 'legal'];
const SHARED = ['ui', 'i18n', 'storage', 'modes', 'readAloud', 'routing', 'pwa'];

/** An import of `folder` (a sibling of the importing file's folder, at any depth of `../`). */
const folderImport = (folders) => `^(\\.\\./)+(${folders.join('|')})(/|$)`;

const rulesOnlyThroughIndex = {
  regex: '^(\\.\\./)+rules/.+',
  message: 'Import the rules through src/rules/index.ts (`../rules`), not a module inside it.',
};

function boundaries(folder, forbidden, reason) {
  return {
    files: [`src/${folder}/**/*.{ts,tsx}`],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: folderImport(forbidden), message: reason }, rulesOnlyThroughIndex] },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-artifacts/', 'bench/reference/dist/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Advice for the React Compiler, which this app does not use; react-hook-form's `watch`
      // subscription in an effect is that library's own pattern.
      'react-hooks/incompatible-library': 'off',
    },
  },
  ...FEATURES.map((feature) =>
    boundaries(
      feature,
      [...FEATURES.filter((other) => other !== feature), 'app', 'prerender'],
      `Feature folders do not import each other: they meet in src/app (${FEATURES.join(', ')}).`,
    ),
  ),
  ...SHARED.map((shared) =>
    boundaries(shared, [...FEATURES, 'app', 'prerender'], `A shared folder (${SHARED.join(', ')}) imports no feature and not the app.`),
  ),
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/main.tsx', 'src/prerender/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [rulesOnlyThroughIndex] }] },
  },
  {
    files: ['src/rules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'react-i18next', 'i18next', 'workbox-window'].map((name) => ({
            name,
            message: 'src/rules is pure: no React, no i18next, no browser (ADR 0001).',
          })),
          patterns: [
            {
              regex: folderImport([...FEATURES, ...SHARED, 'app', 'prerender', 'styles']),
              message: 'src/rules imports nothing from the app (ADR 0001).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'caches', 'location'].map((name) => ({
          name,
          message: 'src/rules runs without a browser (ADR 0001).',
        })),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'src/rules reads no clock: the peildatum comes from the caller (ADR 0003).',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'src/rules reads no clock: the peildatum comes from the caller (ADR 0003).',
        },
      ],
    },
  },
);
