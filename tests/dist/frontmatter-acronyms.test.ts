/**
 * Acronyms in frontmatter text are marked where the page shows that text, as prose's are:
 * every glossary term in a page's summary (its lede) and in a claim's sentence is an
 * <abbr> with its expansion (src/components/Acronyms.astro).
 */
import { describe, expect, it } from 'vitest';
import { readGlossaryIndex } from '../../src/data/content-index.ts';
import { acronymSegments } from '../../src/lib/acronyms.ts';
import { contentPages, escaped, frontmatterOf, pages } from './dist.ts';

const glossary = readGlossaryIndex('content');

/** The page's summary and (for a claim) its sentence, with the element that shows each. */
function shownTexts(path: string): Array<{ where: RegExp; text: string }> {
  const [, collection, id] = path.split('/');
  const front = frontmatterOf<{ summary: string; claim?: string }>(collection!, id!);
  const texts = [{ where: /<p class="lede"[^>]*>([\s\S]*?)<\/p>/, text: front.summary }];
  if (front.claim) texts.push({ where: /<p class="claim-sentence"[^>]*>([\s\S]*?)<\/p>/, text: front.claim });
  return texts;
}

describe('acronyms in frontmatter text', () => {
  it('are marked with their expansion in the lede and the claim sentence of every page', () => {
    let marked = 0;
    for (const path of contentPages) {
      for (const { where, text } of shownTexts(path)) {
        const html = where.exec(pages.get(path)!)?.[1];
        expect(html, `${path}: ${where}`).toBeDefined();
        for (const s of acronymSegments(glossary, text)) {
          if (!s.term) continue;
          expect(html, `${path}: "${s.text}"`).toContain(`<abbr title="${escaped(s.term.expansion)}">${s.text}</abbr>`);
          marked++;
        }
      }
    }
    // The real site's summaries use glossary terms (NASAMS, US, UAV…): the test is not vacuous.
    expect(marked).toBeGreaterThan(20);
  });
});
