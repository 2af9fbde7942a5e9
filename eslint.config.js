// @ts-check
// Lint finds mistakes; Prettier owns formatting, and none of the sets below has stylistic rules.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'dist/',
    '.astro/',
    'data/outline/',
    'tests/bench/results.json',
    'test-results/',
    'playwright-report/',
    'tests/e2e/__screenshots__/',
    'shots/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  astro.configs.recommended,
  astro.configs['jsx-a11y-strict'],
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // `const { heading: _, ...rest } = x` is how this code drops a field from a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // Type-aware rules for .ts files only. astro-eslint-parser has no project service and types every
    // template expression as `any` (each `.map(() => <li>)` would be an "unsafe return"); `astro check`
    // type-checks the components. Plain JS and the virtual files of <script> blocks are not in the project.
    files: ['**/*.{js,mjs}', '**/*.astro', '**/*.astro/*.{js,ts}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // Build code, tests and config files run under Node.
    files: ['**/*.{js,mjs,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    // Browser code: the map element, the <script> blocks of components, the publishers' embed helper.
    files: ['src/map/**/*.ts', '**/*.astro/*.{js,ts}', 'public/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['public/**/*.js'],
    languageOptions: { sourceType: 'script' },
  },
  {
    // The rule tests reach into the raw, untyped input (`data: unknown`, read as the fixture's `Loose`)
    // to break one field at a time, which is what the no-unsafe-* rules exist to stop everywhere else.
    files: ['src/lib/rules/*.test.ts', 'tests/unit/evidence.test.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
