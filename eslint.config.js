// The linter the test command runs (`pnpm lint`). Correctness rules and the package boundaries, not style: the
// type-checker already holds the types, and a rule here should catch a bug or a broken boundary, not a taste.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS = ['**/*.ts', '**/*.tsx', '**/*.mts'];
// Test support lives in `testing/` folders (the root's, and each package's beside its `src/`), never in `src/`.
const TESTS = ['**/*.test.ts', '**/*.test.tsx', 'tests/**', '**/testing/**'];

/** What a folder may not import, as no-restricted-imports patterns: the import string, then why. */
const PLAN_STORAGE = {
  group: ['yjs', 'yjs/*', 'y-*', 'dexie', 'dexie/*', 'dexie-*'],
  message: 'Only client/src/data opens Y.Docs, providers and the device database: go through its hooks and mutators.',
};
const SYNC_SERVER = {
  group: ['@concord/sync-server', '@concord/sync-server/*', '**/sync-server/**'],
  message: 'The relay is another program: share code through shared/, never by importing sync-server.',
};
const CLIENT = {
  group: ['@concord/client', '@concord/client/*', '**/client/src/**'],
  message: 'client/ is the app: shared/ (which the app and the relay both use) and the relay never import it.',
};
const TEST_SUPPORT = {
  group: ['**/testing/*', '**/*.test', '**/*.test.*', '**/test-postgres', '**/testing'],
  message: 'Test support stays out of what ships.',
};

/** One no-restricted-imports rule with these patterns (each folder lists all of its own, as a later block replaces the rule). */
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default defineConfig(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/dev-dist/**', '.tmp/**', 'data/**', 'coverage/**', 'test-results/**'],
  },
  js.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: TS,
    extends: [tseslint.configs.recommended],
    rules: {
      // The type-checker reports undefined names with the types in hand; this rule only knows the globals listed.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      ...restrict(PLAN_STORAGE, SYNC_SERVER, TEST_SUPPORT),
    },
  },
  { files: ['client/src/data/**'], rules: restrict(SYNC_SERVER, TEST_SUPPORT) },
  { files: ['shared/src/**'], rules: restrict(CLIENT, SYNC_SERVER, TEST_SUPPORT) },
  { files: ['sync-server/src/**'], rules: restrict(CLIENT, TEST_SUPPORT) },
  // Tests may use what the code under test may not: a unit test of a screen can build a doc to render.
  { files: TESTS, rules: { 'no-restricted-imports': 'off', '@typescript-eslint/no-explicit-any': 'off' } },
  { files: ['shared/src/**/*.test.ts', 'shared/testing/**'], rules: restrict(CLIENT, SYNC_SERVER) },
  { files: ['client/src/**/*.test.{ts,tsx}'], rules: restrict(SYNC_SERVER) },
);
