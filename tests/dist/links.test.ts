/** Every link and #fragment in the built site resolves, every page is reachable, external links are marked. */
import { expect, it } from 'vitest';
import { checkLinks, formatLinkProblems } from '../../scripts/lib/link-check.ts';
import { SITE } from '../../src/lib/site.ts';
import { files, pages } from './dist.ts';

it('has no broken link, missing anchor, orphan page or unmarked external link', () => {
  const { problems, linksChecked } = checkLinks(pages, files, { origin: SITE.url });
  expect(linksChecked).toBeGreaterThan(1000);
  expect(problems, formatLinkProblems(problems)).toEqual([]);
});
