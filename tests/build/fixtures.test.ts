/**
 * Content rules proved on real builds: the valid fixture builds, and each broken case
 * fails with its expected message and leaves no half-built site behind.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCase, cases, expectedLines } from './harness.ts';

describe('fixture builds', () => {
  it('the valid base set builds, with its pages and a search index', () => {
    const result = buildCase();
    expect(result.status, result.output).toBe(0);
    for (const page of ['index.html', 'weapons/nasams/index.html', 'actors/patrick-ryder/index.html', 'pagefind/pagefind.js']) {
      expect(existsSync(join(result.outDir, page)), page).toBe(true);
    }
    // The components content may use without importing them render as their markup.
    const ryder = readFileSync(join(result.outDir, 'actors/patrick-ryder/index.html'), 'utf8');
    expect(ryder).toMatch(/<aside class="aside[^"]*" aria-label="The components a page may use"/);
    expect(ryder).toMatch(/<blockquote[^>]*>[\s\S]*no information to corroborate[\s\S]*<\/blockquote>\s*<figcaption[^>]*>— Patrick S. Ryder/);
    expect(ryder).toMatch(/<img src="\/favicon.svg" alt="The site's icon" width="32" height="32" loading="lazy"/);
    // A Markdown link to another site is marked as external and cannot reach back (rehype-external-links).
    const nasams = readFileSync(join(result.outDir, 'weapons/nasams/index.html'), 'utf8');
    expect(nasams).toMatch(/<a href="https:\/\/www\.kongsberg\.com\/[^"]*" rel="external noopener noreferrer">its own page<\/a>/);
  });

  for (const name of cases('broken')) {
    it(`fails on ${name}`, () => {
      const result = buildCase(name);
      expect(result.status, result.output).not.toBe(0);
      for (const line of expectedLines('broken', name)) expect(result.output).toContain(line.replaceAll('<content>', result.contentDir));
      expect(existsSync(result.outDir), 'a failed build must not leave its output folder').toBe(false);
    });
  }

  for (const name of cases('warnings')) {
    it(`builds and warns on ${name}`, () => {
      const result = buildCase(name, 'warnings');
      expect(result.status, result.output).toBe(0);
      for (const line of expectedLines('warnings', name)) expect(result.output).toContain(line.replaceAll('<content>', result.contentDir));
    });
  }
});
