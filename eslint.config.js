// Lint enforces where code runs (DESIGN.md §2): the path tells, the imports must agree.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads', 'readline', 'module', 'events', 'buffer'];

/** Bare names are matched exactly (so './events' stays allowed); patterns match paths. */
const restrict = (names, patterns, message) => ({
  'no-restricted-imports': ['error', {
    paths: names.map((name) => ({ name, message })),
    patterns: [{ group: patterns, message }],
  }],
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'scratch/**', 'test-results/**', 'bench/results/**', 'bench/tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    files: ['src-shared/**/*.ts'],
    ignores: ['src-shared/**/*.test.ts'],
    rules: restrict([...NODE_BUILTINS, 'electron', 'react', 'react-dom'], ['node:*', 'electron/*', '**/src-main/**', '**/src-worker/**', '**/src-renderer/**'],
      'src-shared runs anywhere: no node:*, no DOM, no electron, nothing outside src-shared.'),
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    rules: restrict([...NODE_BUILTINS, 'electron'], ['node:*', 'electron/*', '**/src-main/**', '**/src-worker/**'],
      'src-renderer imports only src-shared and its own files.'),
  },
  {
    files: ['src-main/**/*.ts', 'src-worker/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.js'],
    ignores: ['src-main/hosts/electron/**', 'src-worker/entry-electron.ts'],
    rules: restrict(['electron'], ['electron/*', '**/src-renderer/**'],
      "Only src-main/hosts/electron and src-worker/entry-electron.ts may import 'electron'."),
  },
  {
    files: ['scripts/**/*.js', 'bin/**/*.js', '*.config.{js,ts}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
