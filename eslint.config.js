// Lint for the site's TypeScript and Astro code (`npm run lint`, part of `npm test`):
// typescript-eslint's recommended rules, the Astro plugin for .astro files, and no import
// circles (import-x/no-cycle), so a module's dependencies stay one-way, and the folder
// boundaries (import-x/no-restricted-paths). Zero warnings.
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
      // The boundaries of CONTRIBUTING's "Extending the site": pure code in src/lib never
      // reaches into the data layer or the plugins, and tools never import tests.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/lib',
              from: ['./src/data', './src/plugins', './src/integrations', './scripts'],
              message: 'src/lib is pure: pass what it needs in as arguments.',
            },
            { target: ['./scripts', './src'], from: './tests', message: 'Tools and the site never import tests.' },
          ],
        },
      ],
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
