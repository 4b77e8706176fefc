/** Runs every golden case of every remark plugin, each plugin alone (see harness.ts). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SITE_PLUGINS } from '../../../src/plugins/index.ts';
import { goldenCases, isSitePlugin, pluginFolders, pluginsFor, render } from './harness.ts';

// Astro's processor logs every failed render to the console before rethrowing; the
// failing cases are expected, and the test checks the error itself.
beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => {}));
afterEach(() => vi.restoreAllMocks());

it('every plugin of the site has golden cases, and every folder is a plugin', () => {
  expect(pluginFolders).toEqual(Object.keys(SITE_PLUGINS).sort());
});

for (const plugin of pluginFolders.filter(isSitePlugin)) {
  describe(plugin, () => {
    for (const c of goldenCases(plugin)) {
      it(c.name, async () => {
        const result = await render(c.input, c.path, pluginsFor(plugin)).then(
          (r) => ({ html: r.code }),
          (error: unknown) => ({ error }),
        );
        if (c.fails) {
          // The whole problem as the build prints it: file, line, problem, rule and fix.
          expect('error' in result, 'the case must fail').toBe(true);
          const { reason } = (result as { error: { reason?: string } }).error;
          await expect(`${reason}\n`).toMatchFileSnapshot(c.expected);
          return;
        }
        if ('error' in result) throw result.error;
        await expect(`${result.html.trim()}\n`).toMatchFileSnapshot(c.expected);
      });
    }
  });
}
