// Lint for the site's TypeScript and Astro code (`npm run lint`, part of `npm test`):
// typescript-eslint's recommended rules, the Astro plugin for .astro files, and no import
// circles (import-x/no-cycle), so a module's dependencies stay one-way. Zero warnings.
import astro from 'eslint-plugin-astro';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'tests/.output/', '.astro/', 'tests/fixtures/', 'tests/unit/golden/**/output.html'] },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    files: ['**/*.{ts,mjs,js,astro}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.mjs', '.js'] })] },
    rules: {
      'import-x/no-cycle': 'error',
      // Unused names are dead code; a leading underscore marks one kept on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Test and tool code reads JSON reports and third-party shapes.
    files: ['tests/**/*.ts', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
