/** The Pagefind integration: it indexes the built site and closes Pagefind whether or not that worked. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as pagefind from 'pagefind';
import pagefindIntegration, { EXCLUDED, SLIM_CACHE } from '../../src/integrations/pagefind.ts';
import { slimPagefind } from '../../src/integrations/pagefind-slim.ts';

vi.mock('pagefind', () => ({ createIndex: vi.fn(), close: vi.fn() }));
vi.mock('../../src/integrations/pagefind-slim.ts', () => ({ slimPagefind: vi.fn() }));

const index = { addDirectory: vi.fn(), writeFiles: vi.fn() };
const logger = { info: vi.fn() };

/** Runs the integration's build hook on a built site in /site/. */
async function buildDone() {
  const hook = pagefindIntegration().hooks['astro:build:done'] as (options: unknown) => Promise<void>;
  await hook({ dir: new URL('file:///site/'), logger });
}

beforeEach(() => {
  vi.resetAllMocks();
  vi.mocked(pagefind.createIndex).mockResolvedValue({ index, errors: [] } as never);
  index.addDirectory.mockResolvedValue({ errors: [], page_count: 3 });
  index.writeFiles.mockResolvedValue({ errors: [] });
  vi.mocked(slimPagefind).mockResolvedValue([{ file: 'pagefind.js', before: 40, after: 30 }]);
});

describe('pagefind integration', () => {
  it('indexes the site into its pagefind folder, less citation marks and correction notes, slims the bundle, then closes Pagefind', async () => {
    await buildDone();
    expect(EXCLUDED).toEqual(['sup.cite', 'section.corrections']);
    expect(pagefind.createIndex).toHaveBeenCalledWith({ includeCharacters: '-.', forceLanguage: 'en', excludeSelectors: EXCLUDED });
    expect(index.addDirectory).toHaveBeenCalledWith({ path: '/site/' });
    expect(index.writeFiles).toHaveBeenCalledWith({ outputPath: '/site/pagefind' });
    expect(logger.info).toHaveBeenCalledWith('Pagefind indexed 3 pages.');
    expect(slimPagefind).toHaveBeenCalledWith('/site/pagefind', SLIM_CACHE);
    expect(SLIM_CACHE).toMatch(/\/node_modules\/\.cache\/pagefind-slim\/$/);
    expect(logger.info).toHaveBeenCalledWith('pagefind.js: 40 → 30 bytes.');
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  it('closes Pagefind when it cannot start', async () => {
    vi.mocked(pagefind.createIndex).mockResolvedValue({ index: undefined, errors: ['no binary'] } as never);
    await expect(buildDone()).rejects.toThrow('Pagefind could not start: no binary');
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  it('closes Pagefind when indexing or writing fails', async () => {
    index.addDirectory.mockResolvedValue({ errors: ['bad html'], page_count: 0 });
    await expect(buildDone()).rejects.toThrow('Pagefind indexing failed: bad html');
    expect(pagefind.close).toHaveBeenCalledOnce();

    index.addDirectory.mockResolvedValue({ errors: [], page_count: 3 });
    index.writeFiles.mockResolvedValue({ errors: ['disk full'] });
    await expect(buildDone()).rejects.toThrow('Pagefind could not write its index: disk full');
    expect(pagefind.close).toHaveBeenCalledTimes(2);
  });

  it('closes Pagefind when a call throws', async () => {
    index.writeFiles.mockRejectedValue(new Error('crashed'));
    await expect(buildDone()).rejects.toThrow('crashed');
    expect(pagefind.close).toHaveBeenCalledOnce();
  });
});
