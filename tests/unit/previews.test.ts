import { describe, expect, it } from 'vitest';
import { statusBadge } from '../../src/lib/claims.ts';
import type { EntryLike } from '../../src/lib/entries.ts';
import { cardHtml, pagePreview, pagePreviews, sourcePreview, sourcePreviews } from '../../src/lib/previews.ts';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const claim = {
  collection: 'claims',
  id: 'missiles',
  data: {
    title: 'Iran supplied Russia with ballistic missiles',
    summary: 'The US said in September 2024 that Russia had received them. Iran denied it.',
    history: [
      { date: d('2024-09-10'), status: 'confirmed', why: 'US statement.' },
      { date: d('2022-11-01'), status: 'unverified', why: 'Reported.' },
    ],
  },
} as unknown as EntryLike<'claims'>;
const actor = {
  collection: 'actors',
  id: 'ryder',
  data: { title: 'Patrick S. Ryder', summary: 'Patrick S. Ryder was the Pentagon press secretary [@s1]. He spoke often.' },
} as unknown as EntryLike<'actors'>;
const source = {
  collection: 'sources',
  id: 'jpost-1',
  data: {
    title: 'Kremlin denies using Iranian drones',
    publisher: 'Reuters',
    date: d('2022-10-18'),
    kind: 'news-agency',
    copy: { host: 'The Jerusalem Post', url: 'https://www.jpost.com/x', relation: 'wire-copy' },
  },
} as unknown as EntryLike<'sources'>;

describe('link previews', () => {
  it('a claim shows its type, title, its summary’s first sentence and its latest status', () => {
    expect(pagePreview(claim)).toEqual({
      kicker: 'Disputed claim',
      title: 'Iran supplied Russia with ballistic missiles',
      line: 'The US said in September 2024 that Russia had received them.',
      status: 'confirmed',
    });
  });

  it('an actor has no status; an initial does not end the sentence, a citation is dropped', () => {
    expect(pagePreview(actor)).toEqual({ kicker: 'Actor', title: 'Patrick S. Ryder', line: 'Patrick S. Ryder was the Pentagon press secretary.' });
  });

  it('a source credits the original outlet and its date, never the site of the copy, and names its kind', () => {
    const card = sourcePreview(source);
    expect(card).toEqual({ kicker: 'Reuters, 18 October 2022', title: 'Kremlin denies using Iranian drones', line: 'News agency' });
    expect(Object.values(card).join(' ')).not.toMatch(/Jerusalem Post/);
    expect(sourcePreview({ ...source, data: { ...source.data, kind: 'state-affiliated-media' } } as typeof source).line).toBe('State-affiliated media');
  });

  it('renders the card in its order, a status as its badge shows it, and escapes the text', () => {
    const open = '<span class="preview" hidden aria-hidden="true">';
    expect(cardHtml(pagePreview(claim))).toBe(
      `${open}<span>Disputed claim</span> <span class="${statusBadge('confirmed').className}">Confirmed</span><b>Iran supplied Russia with ballistic missiles</b><span>The US said in September 2024 that Russia had received them.</span></span>`,
    );
    expect(cardHtml({ kicker: 'A & B', title: '<script>x</script>', line: '"q"' })).toBe(
      `${open}<span>A &#x26; B</span><b>&#x3C;script>x&#x3C;/script></b><span>"q"</span></span>`,
    );
  });

  it('keys pages by the link a wikilink writes, under the base path, and sources by the fragment a citation links to', () => {
    expect(Object.keys(pagePreviews([claim, actor], '/explainer/'))).toEqual(['/explainer/claims/missiles/', '/explainer/actors/ryder/']);
    expect(Object.keys(pagePreviews([actor], '/'))).toEqual(['/actors/ryder/']);
    expect(sourcePreviews([source])).toEqual({ '#source-jpost-1': cardHtml(sourcePreview(source)) });
  });
});

describe('status badge', () => {
  it('has the label, meaning and tone of the status scale', () => {
    expect(statusBadge('not-checkable')).toEqual({
      label: 'Not checkable',
      meaning: expect.stringMatching(/^A stated aim/),
      className: 'badge badge-not-checkable tone-neutral',
    });
  });
});
