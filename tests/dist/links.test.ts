/** Every link and #fragment in the built site resolves, every page is reachable, external links are marked. */
import { expect, it } from 'vitest';
import { checkLinks, formatLinkProblems } from '../../scripts/lib/link-check.ts';
import { BASE_PATH, files, pages, SITE_URL } from './dist.ts';

it('has no broken link, missing anchor, orphan page, link outside the base path or unmarked external link', () => {
  const { problems, linksChecked } = checkLinks(pages, files, { origin: SITE_URL, base: BASE_PATH });
  expect(linksChecked).toBeGreaterThan(1000);
  expect(problems, formatLinkProblems(problems)).toEqual([]);
});
