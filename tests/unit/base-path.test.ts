/** Publishing settings and the URL helpers (remark-base-path has golden cases in tests/unit/golden/). */
import { describe, expect, it } from 'vitest';
import { parseBasePath, parseSiteUrl, readSettings, settingsSummary, PREVIEW_URL } from '../../src/lib/settings.ts';
import { absoluteUrl, collectionUrl, editUrl, entryUrl, href, repositoryUrl, sitePathOf } from '../../src/lib/urls.ts';

describe('settings from the environment', () => {
  it('reads the origin, base path and repository, normalising slashes', () => {
    const s = readSettings({ SITE_URL: 'https://example.org/', BASE_PATH: '/iran-russia-drones', SITE_REPOSITORY: 'https://github.com/o/r.git' });
    expect(s).toMatchObject({
      siteUrl: 'https://example.org',
      siteUrlIsPreview: false,
      basePath: '/iran-russia-drones/',
      repository: 'https://github.com/o/r',
    });
  });

  it('without SITE_URL builds for the preview address, at the root, and says so', () => {
    const s = readSettings({});
    expect(s).toMatchObject({ siteUrl: PREVIEW_URL, siteUrlIsPreview: true, basePath: '/', repository: undefined, outDir: 'dist', contentDir: 'content' });
    expect(settingsSummary(s)).toBe(
      'Building for the local preview address http://127.0.0.1:4321/ (set SITE_URL to the public origin to publish); no SITE_REPOSITORY, so pages have no "Edit this page" link.',
    );
    expect(settingsSummary(readSettings({ SITE_URL: 'https://example.org', SITE_REPOSITORY: 'https://github.com/o/r' }))).toBe(
      'Building for https://example.org/.',
    );
  });

  it('falls back to the repository GitHub Actions names', () => {
    expect(readSettings({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'fork/explainer' }).repository).toBe('https://github.com/fork/explainer');
    expect(readSettings({ GITHUB_REPOSITORY: 'fork/explainer' }).repository).toBeUndefined();
  });

  it('refuses a SITE_URL that is not an absolute http(s) origin, saying what is expected', () => {
    expect(() => parseSiteUrl('example.org')).toThrow(
      'SITE_URL is "example.org", which is not an address. Expected an absolute http(s) origin such as "https://example.org".',
    );
    expect(() => parseSiteUrl('ftp://example.org')).toThrow('it must start with https://');
    expect(() => parseSiteUrl('https://example.org/?x=1')).toThrow('origin only');
    expect(() => parseSiteUrl('https://user.github.io/repo/')).toThrow(
      'SITE_URL is the origin only: set SITE_URL=https://user.github.io and BASE_PATH=/repo/.',
    );
  });

  it('refuses a base path without its slashes, or with odd parts', () => {
    expect(parseBasePath('')).toBe('/');
    expect(parseBasePath('/')).toBe('/');
    expect(parseBasePath('/a/b')).toBe('/a/b/');
    expect(() => parseBasePath('explainer')).toThrow('BASE_PATH is "explainer": a base path starts and ends with "/". Expected e.g. "/explainer/"');
    for (const bad of ['/a//b/', '/a/../b/', '/a b/', '/a?x/']) expect(() => parseBasePath(bad), bad).toThrow('plain path');
  });

  it('marks previews noindex and knows a Cloudflare build', () => {
    expect(readSettings({ SITE_NOINDEX: '1' }).noindex).toBe(true);
    expect(readSettings({}).noindex).toBe(false);
    expect(readSettings({ WORKERS_CI: '1' }).onCloudflare).toBe(true);
  });
});

describe('the size from which a build checks its content in a worker thread', () => {
  it('is 1,000 files unless EXPLAINER_LARGE_SITE says otherwise, and refuses what is not a count', () => {
    expect(readSettings({}).largeSite).toBe(1000);
    expect(readSettings({ EXPLAINER_LARGE_SITE: '0' }).largeSite).toBe(0);
    expect(() => readSettings({ EXPLAINER_LARGE_SITE: 'many' })).toThrow('EXPLAINER_LARGE_SITE is "many": expected a whole number of files, such as 1000.');
  });
});

describe('URLs under a base path', () => {
  it('puts the base in front of site paths, keeping fragments', () => {
    expect(href('/weapons/nasams/', '/explainer/')).toBe('/explainer/weapons/nasams/');
    expect(href('/', '/explainer/')).toBe('/explainer/');
    expect(href('/glossary/#uav', '/')).toBe('/glossary/#uav');
    expect(() => href('weapons/', '/')).toThrow('site path starting with "/"');
  });

  it('builds entry and collection links, sources at their anchor on the source list', () => {
    expect(entryUrl('weapons', 'nasams', '/x/')).toBe('/x/weapons/nasams/');
    expect(entryUrl('sources', 's1', '/')).toBe('/sources/#source-s1');
    expect(entryUrl('events', 'e1', '/x/')).toBe('/x/timeline/#e1');
    expect(entryUrl('glossary', 'uav', '/')).toBe('/glossary/#uav');
    expect(collectionUrl('events', '/x/')).toBe('/x/timeline/');
    expect(collectionUrl('claims', '/')).toBe('/claims/');
  });

  it('turns links into public addresses, and back into site paths', () => {
    expect(absoluteUrl('/explainer/about/', 'https://example.org')).toBe('https://example.org/explainer/about/');
    expect(sitePathOf('/explainer/about/', '/explainer/')).toBe('/about/');
    expect(sitePathOf('/explainer', '/explainer/')).toBe('/');
    expect(sitePathOf('/about/', '/explainer/')).toBeUndefined();
    expect(sitePathOf('/about/', '/')).toBe('/about/');
  });

  it('links to the repository only when one is configured', () => {
    expect(editUrl('content/a.mdx', { repository: 'https://github.com/o/r', branch: 'main' })).toBe('https://github.com/o/r/edit/main/content/a.mdx');
    expect(repositoryUrl('CONTRIBUTING.md', { repository: 'https://github.com/o/r', branch: 'main' })).toBe('https://github.com/o/r/blob/main/CONTRIBUTING.md');
    expect(repositoryUrl('issues/new/choose', { repository: 'https://github.com/o/r', branch: 'main' })).toBe('https://github.com/o/r/issues/new/choose');
    expect(repositoryUrl('CONTRIBUTING.md', { repository: undefined, branch: 'main' })).toBeUndefined();
  });
});
