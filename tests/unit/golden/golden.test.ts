/** Runs every golden case of every remark plugin, each plugin alone (see harness.ts). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SITE_PLUGINS } from '../../../src/plugins/index.ts';
import { goldenCases, isSitePlugin, pluginFolders, pluginsFor, render } from './harness.ts';
import { CITATION, citationIds } from '../../../src/lib/citations.ts';
import { TOKEN } from '../../../src/lib/acronyms.ts';
import { WIKILINK } from '../../../src/lib/wikilinks.ts';

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

// The plugins search with copies of the shared patterns: a file refused half-way through a
// search leaves its pattern's lastIndex where it stopped, and matchAll starts from there,
// so the graph then missed the first citations of the next page it read.
it('a file refused half-way leaves the shared patterns as they were', async () => {
  for (const [plugin, name] of [
    ['remark-citations', 'unknown-source'],
    ['remark-wikilinks', 'unknown-id'],
  ] as const) {
    const c = goldenCases(plugin).find((g) => g.name === name);
    expect(c?.fails, `${plugin}/${name} is a failing case`).toBe(true);
    await expect(render(c!.input, c!.path, pluginsFor(plugin))).rejects.toBeTruthy();
  }
  expect([CITATION.lastIndex, TOKEN.lastIndex, WIKILINK.lastIndex]).toEqual([0, 0, 0]);
  expect(citationIds('As said [@a] and [@b; @c].')).toEqual(['a', 'b', 'c']);
  CITATION.lastIndex = 9;
  expect(citationIds('As said [@a] and [@b; @c].'), 'whatever lastIndex the pattern has').toEqual(['a', 'b', 'c']);
  CITATION.lastIndex = 0;
});
