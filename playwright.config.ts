// End-to-end tests in a real Chromium against the built site (dist/), served by
// `astro preview`. `npm test` builds first; run `npm run build` before `npm run test:e2e`.
// A second project runs tests/e2e/base-path.spec.ts against the build made for a
// sub-path (`npm run build:base-path`, into tests/.output/dist-base), served under it.
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { BASE_PATH_BUILD } from './scripts/build-base-path.ts';
import { chromiumPath } from './scripts/lib/browser.ts';

// E2E_PORT lets two checkouts run their end-to-end tests side by side.
const port = Number(process.env.E2E_PORT ?? 4329);
const basePort = port + 1;

const withBasePath = existsSync(`${BASE_PATH_BUILD.EXPLAINER_OUT_DIR}/index.html`);
if (!withBasePath)
  console.warn(
    `No build for a sub-path in ${BASE_PATH_BUILD.EXPLAINER_OUT_DIR}/: the base-path tests are left out (npm run build:base-path makes it; npm test always does).`,
  );

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'tests/.output/playwright',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
  projects: [
    { name: 'site', testIgnore: /base-path\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${port}` } },
    ...(withBasePath
      ? [{ name: 'base-path', testMatch: /base-path\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${basePort}${BASE_PATH_BUILD.BASE_PATH}` } }]
      : []),
  ],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath(),
      // Chromium's own background connections would fail on a closed network.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
    },
  },
  webServer: [
    {
      command: `astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    ...(withBasePath
      ? [
          {
            command: `astro preview --host 127.0.0.1 --port ${basePort} --ignore-lock`,
            url: `http://127.0.0.1:${basePort}${BASE_PATH_BUILD.BASE_PATH}`,
            // astro preview serves the folder and the base path of the settings it reads.
            env: { ...BASE_PATH_BUILD },
            reuseExistingServer: !process.env.CI,
            timeout: 60_000,
          },
        ]
      : []),
  ],
});
