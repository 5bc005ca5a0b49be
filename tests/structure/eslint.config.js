// ESLint for main/, renderer/, shared/ and tests/ (run from the project's root with --config tests/structure/eslint.config.js:
// the patterns below are relative to the working directory). Formatting is Prettier's job, so no stylistic rules here.
//
// The rules are the recommended sets of ESLint and typescript-eslint without type information: the type-aware sets
// would parse the whole program through the TypeScript compiler again, which `npm run typecheck` already does.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** What the plain JavaScript files (the start scripts, the tools' configurations) use of Node's globals. */
const NODE_GLOBALS = { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' };

export default defineConfig([
  globalIgnores(['node_modules/', 'out/', 'dist/', 'tests/artifacts/', '**/.scratch/']),
  {
    files: ['**/*.{ts,tsx,mts,mjs,js,cjs}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // An unused name prefixed with _ is deliberate (a parameter kept for its position); TypeScript's
      // noUnusedLocals/noUnusedParameters catch the rest, so ESLint's copy of the rule only adds the _ exception.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Chinese text sets 全角空格 (U+3000) between fields on purpose; outside text and comments it is still an error.
      'no-irregular-whitespace': [
        'error',
        { skipStrings: true, skipTemplates: true, skipComments: true, skipJSXText: true, skipRegExps: true },
      ],
      // Removing control characters from pasted and imported text is this app's business, so they appear in its patterns.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.{mjs,js}'],
    languageOptions: { globals: NODE_GLOBALS },
  },
  {
    // dependency-cruiser reads its configuration as CommonJS.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...NODE_GLOBALS, module: 'writable', require: 'readonly' } },
  },
  {
    // The two classic rules of hooks. The plugin's React Compiler rules (refs, purity, set-state-in-effect, …) are
    // left out: the app is not compiled by the React Compiler, and what they flag is sound React without it.
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
]);
