import { describe, expect, it } from 'vitest';
import { buildNameIndex, resolveTarget, sentenceAt, targetUrl } from '../../src/lib/wikilinks.ts';

describe('wikilink targets', () => {
  it('resolves wikilink targets through the name index', () => {
    const index = buildNameIndex([{ collection: 'weapons', id: 'shahed-136', title: 'Shahed-136', aliases: ['Geran-2'] }]);
    const t = resolveTarget(index, 'geran 2')!;
    expect(targetUrl(t)).toBe('/weapons/shahed-136/');
    expect(resolveTarget(index, 'Geran-3')).toBeUndefined();
  });
});

describe('sentenceAt', () => {
  it('finds the sentence at an offset, without citations', () => {
    const text = 'Iran denied it. Ryder said no [@s1]. Later, more [2].';
    expect(sentenceAt(text, text.indexOf('Ryder'))).toBe('Ryder said no.');
    expect(sentenceAt(text, 0)).toBe('Iran denied it.');
    expect(sentenceAt(text, text.indexOf('more'))).toBe('Later, more.');
  });
  it('keeps abbreviations followed by lower case together, and cuts long sentences', () => {
    expect(sentenceAt('On 8 Nov. the Pentagon said so. Then nothing.', 3)).toBe('On 8 Nov. the Pentagon said so.');
    expect(sentenceAt('It quotes Patrick S. Ryder on this. Next.', 12)).toBe('It quotes Patrick S. Ryder on this.');
    expect(sentenceAt('CNN is owned by Warner Bros. Discovery. It reported it.', 0)).toBe('CNN is owned by Warner Bros. Discovery.');
    expect(sentenceAt('Gen. Valery Gerasimov said so. Then nothing.', 0)).toBe('Gen. Valery Gerasimov said so.');
    expect(sentenceAt('a'.repeat(400), 5)).toHaveLength(280);
  });
});
