// Four projects: fast unit tests of src/lib and src/plugins; `astro`, tests that import
// Astro modules through Astro's own Vite config (tests/astro/vitest.config.ts); build tests
// that run a real `astro build` on fixture content and check how it fails (slow, so run
// apart); and dist tests that check the site already built into dist/ (`npm run build` first).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // The unit and dist tests share their workers' modules from file to file (isolate:
      // false): none keeps state another reads, and loading the modules (the built site, for
      // the dist tests) once a worker instead of once a file halves their time.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false } },
      'tests/astro/vitest.config.ts',
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // Each case is a whole astro build sharing the project's .astro/ folder: one at a time.
          fileParallelism: false,
        },
      },
      { test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], isolate: false } },
    ],
  },
});
