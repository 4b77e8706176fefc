/** Runs every golden case of every remark plugin (see harness.ts). */
import { describe, expect, it } from 'vitest';
import { goldenCases, render, updateGolden } from './harness.ts';

for (const plugin of ['remark-wikilinks', 'remark-citations', 'remark-acronyms']) {
  describe(plugin, () => {
    for (const c of goldenCases(plugin)) {
      it(c.name, async () => {
        if (c.error) {
          await expect(render(c.input)).rejects.toThrow(c.error);
          return;
        }
        const { code } = await render(c.input, c.path);
        if (updateGolden(c, code)) return;
        expect(c.output, `missing ${c.outputFile}: run with UPDATE_GOLDEN=1 to create it`).toBeDefined();
        expect(code.trim()).toBe(c.output!.trim());
      });
    }
  });
}
