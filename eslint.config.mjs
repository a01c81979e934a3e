// ESLint over the project's own code (issue 27): JavaScript's and typescript-eslint's recommended rules everywhere,
// the Lit and web-component rules on the elements. Formatting is Prettier's (.prettierrc.json), not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'cdn/',
      'dist/',
      'coverage/',
      'node_modules/',
      'wordpress/build/',
      '**/*.generated.ts',
      'bench/out/',
      'tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // A leading underscore marks a parameter or binding kept for its position or for documentation.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // Control characters in patterns are deliberate: ANSI escapes in terminal output, NUL placeholders in the
      // template minifier, characters SVG/XML may not hold.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.{ts,js}', 'demo/**/*.js', 'shared/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Node code; the scripts and Node tests that drive a browser also pass functions that run in the page.
    files: [
      'cli/**/*.js',
      'bin/**',
      'scripts/**/*.mjs',
      'test/node/**',
      '*.mjs',
      'wordpress/**/*.mjs',
      'bench/**/*.mjs',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Chai's property assertions (`expect(x).to.be.true`) are expressions by design.
    files: ['test/**', '**/*.test.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
);
