/**
 * Content rules proved on real builds: the valid fixture builds, and each broken case
 * fails with its expected message and leaves no half-built site behind.
 */
import { existsSync } from 'node:fs';
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
