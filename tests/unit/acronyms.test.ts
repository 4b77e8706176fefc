import { describe, expect, it } from 'vitest';
import { acronymSegments, buildGlossaryIndex, IGNORED_TOKENS, lookupForm, needsDefinition, termHref, TOKEN } from '../../src/lib/acronyms.ts';
import { pageUrlOf } from '../../src/data/content-index.ts';

const index = buildGlossaryIndex([
  { id: 'uav', term: 'UAV', expansion: 'unmanned aerial vehicle', variants: [] },
  { id: 'atacms', term: 'ATACMS', expansion: 'Army Tactical Missile System', variants: ['MGM-140'], href: '/weapons/atacms/' },
]);

describe('acronym helpers', () => {
  it('finds forms and plurals, case-sensitively', () => {
    expect(lookupForm(index, 'UAVs')?.id).toBe('uav');
    expect(lookupForm(index, 'MGM-140')?.id).toBe('atacms');
    expect(lookupForm(index, 'Uav')).toBeUndefined();
  });
  it('asks a definition only of all-capital tokens with two or more letters, not ignored ones', () => {
    expect(needsDefinition('SRBM')).toBe(true);
    expect(needsDefinition('SRBMs')).toBe(true);
    expect(needsDefinition('G7')).toBe(false);
    expect(needsDefinition('GG7')).toBe(true);
    expect(needsDefinition('Ryder')).toBe(false);
    expect(needsDefinition('A')).toBe(false);
    for (const token of Object.keys(IGNORED_TOKENS)) expect(needsDefinition(token)).toBe(false);
  });
  it('cuts frontmatter text into plain runs and terms, plurals and hyphen parts included, losing no character', () => {
    const text = 'Two UAVs, an ATACMS-ER and a MGM-140 (not USAI).';
    const segments = acronymSegments(index, text);
    expect(segments.map((s) => [s.text, s.term?.id])).toEqual([
      ['Two ', undefined],
      ['UAVs', 'uav'],
      [', an ', undefined],
      ['ATACMS', 'atacms'],
      ['-ER and a ', undefined],
      ['MGM-140', 'atacms'],
      [' (not USAI).', undefined],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(acronymSegments(index, 'No terms here')).toEqual([{ text: 'No terms here' }]);
    expect(acronymSegments(index, '')).toEqual([]);
  });
  it('tokenises whole words with inner hyphens', () => {
    const tokens = (s: string) => [...s.matchAll(TOKEN)].map((m) => m[0]);
    expect(tokens('The USAI, US-made MGM-140 and non-US UAVs (S-400).')).toEqual(['The', 'USAI', 'US-made', 'MGM-140', 'UAVs', 'S-400']);
  });
  it('links the first use to the entity page unless it is the current page', () => {
    const atacms = lookupForm(index, 'ATACMS')!;
    expect(termHref(atacms)).toBe('/weapons/atacms/');
    expect(termHref(atacms, '/weapons/atacms/')).toBe('/glossary/#atacms');
    expect(termHref(lookupForm(index, 'UAV')!)).toBe('/glossary/#uav');
  });
  it('knows which page a content file renders to', () => {
    expect(pageUrlOf('content/weapons/nasams.mdx', 'content')).toBe('/weapons/nasams/');
    expect(pageUrlOf('content/sources/x.yaml', 'content')).toBeUndefined();
    expect(pageUrlOf('src/pages/about.mdx', 'content')).toBeUndefined();
  });
});
