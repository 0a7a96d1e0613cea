// ESLint: typescript-eslint's recommended rules, Prettier for layout, and the project's one
// architectural rule: the engine stays pure (no host, no file system, no UI) — see docs/architecture.md.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import officeAddins from 'eslint-plugin-office-addins';
import tseslint from 'typescript-eslint';

/**
 * Microsoft's Office.js rules, as office-addin-lint runs them (eslint-plugin-office-addins' recommended
 * set, its own rules only: the rest of that set is ESLint's and Prettier's, configured here already):
 * load before read, sync after load and before read, no sync in a loop, no empty or navigational load,
 * null objects tested with isNullObject, no Office.initialize. Severities as Microsoft sets them.
 */
const OFFICE_ADDIN_RULES = Object.fromEntries(
  officeAddins.configs.recommended.flatMap((c) => Object.entries(c.rules ?? {})).filter(([name]) => name.startsWith('office-addins/')),
);

const HOSTS = ['exceljs', 'jszip', 'fs', 'path', 'os', 'zlib', 'crypto', 'child_process', 'worker_threads', 'react', 'react-dom', 'commander'];

export default tseslint.config(
  { ignores: ['lib/**', 'dist/**', 'node_modules/**', 'coverage/**', 'test-output/**', 'demo-output/**', '.bench/**', 'build/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-require-imports': 'off',
      // Japanese text holds full-width spaces on purpose (「指　標」).
      'no-irregular-whitespace': ['error', { skipStrings: true, skipRegExps: true, skipTemplates: true, skipComments: true }],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: HOSTS.map((name) => ({ name, message: 'The engine is pure: no host, file system or UI (docs/architecture.md).' })),
          patterns: [
            { group: ['node:*'], message: 'The engine is pure: no Node modules.' },
            { group: ['@fluentui/*', 'react*'], message: 'The engine is pure: no UI.' },
            {
              group: ['**/adapters/**', '**/cli/**', '**/taskpane/**', '**/test/**'],
              message: 'Nothing leaves the engine: adapters, the command line and the pane import the engine, not the other way.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Office', message: 'Office.js belongs in src/adapters/officejs.' },
        { name: 'Excel', message: 'Office.js belongs in src/adapters/officejs.' },
        { name: 'document', message: 'No DOM in the engine.' },
        { name: 'window', message: 'No DOM in the engine.' },
      ],
    },
  },
  {
    // The use cases (src/app) run over the port in the command line and the pane alike: the engine only.
    files: ['src/app/**/*.ts'],
    ignores: ['src/app/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: HOSTS.map((name) => ({ name, message: 'src/app runs in the command line and the pane: the engine only, no host (docs/architecture.md).' })),
          patterns: [
            { group: ['node:*'], message: 'src/app runs in the pane too: no Node modules.' },
            { group: ['@fluentui/*', 'react*'], message: 'src/app has no UI.' },
            {
              group: ['**/adapters/**', '**/cli/**', '**/taskpane/**', '**/fake-excel/**', '**/test/**'],
              message: 'src/app imports the engine only: the adapters implement its port, the command line and the pane call it.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Office', message: 'Office.js belongs in src/adapters/officejs.' },
        { name: 'Excel', message: 'Office.js belongs in src/adapters/officejs.' },
        { name: 'document', message: 'No DOM in src/app.' },
        { name: 'window', message: 'No DOM in src/app.' },
        { name: 'process', message: 'No Node globals in src/app.' },
      ],
    },
  },
  {
    // Only where Office.js is used: the rules take the result of any get…() call for an Office.js proxy, so
    // exceljs code elsewhere (getCell, getRow) would read as Office.js. They know the request context by its
    // name only (`context.sync()`), which is why the adapter calls it `context` (with `ctx` they see no sync).
    files: ['src/adapters/officejs/**/*.ts', 'src/taskpane/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: OFFICE_ADDIN_RULES,
  },
  {
    // The pane's first script runs in Internet Explorer 11 too: ES5 only, parsed as such (test/webviewCheck.test.ts as well).
    files: ['src/taskpane/webviewCheck.js'],
    languageOptions: { ecmaVersion: 5, sourceType: 'script', globals: { window: 'readonly', document: 'readonly' } },
  },
  {
    files: ['scripts/**/*.js', 'bin/**/*.js', 'test/**/*.js', 'webpack.config.js', 'jest.config.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URL: 'readonly',
        TextDecoder: 'readonly',
      },
    },
  },
);
