/** The corrections log: notes gathered from entries, newest first, each linked to its page and section. */
import { describe, expect, it } from 'vitest';
import { entry } from './entry.ts';
import { correctionLog, noteSources, noteTarget, pageSections, type CorrectionNote } from '../../src/lib/corrections.ts';

const note = (date: string, text: string, section?: string): CorrectionNote => ({
  date: new Date(`${date}T00:00:00Z`),
  kind: 'correction',
  text,
  sources: [{ collection: 'sources', id: 's1' }],
  ...(section ? { section } : {}),
});
const entries = [
  entry('actors', 'john-kirby', { title: 'John Kirby', corrections: [note('2026-12-01', 'a', 'later-developments')] }),
  entry('claims', 'x', { title: 'Claim X', corrections: [note('2026-11-01', 'old'), note('2026-12-05', 'newest', 'status-now')] }),
  entry('weapons', 'no-notes', { title: 'No notes' }),
  entry('events', '2022-09-13-wreckage', { title: 'Wreckage', corrections: [note('2026-12-01', 'event', 'ignored')] }),
  entry('glossary', 'uav', { term: 'UAV', corrections: [note('2026-12-03', 'term')] }),
];

describe('correctionLog', () => {
  it('lists every note newest first, keeping entry order on the same day', () => {
    expect(correctionLog(entries, '/').map((c) => c.note.text)).toEqual(['newest', 'term', 'a', 'event', 'old']);
  });

  it('links each note to its page and to the section it names, else to the page’s corrections list', () => {
    const byText = Object.fromEntries(correctionLog(entries, '/').map((c) => [c.note.text, c]));
    expect(byText.newest).toMatchObject({ title: 'Claim X', page: '/claims/x/', target: '/claims/x/#status-now' });
    expect(byText.old!.target).toBe('/claims/x/#corrections');
    expect(byText.a!.target).toBe('/actors/john-kirby/#later-developments');
  });

  it('sends notes on list-page entries (events, glossary, sources) to the entry’s anchor', () => {
    const byText = Object.fromEntries(correctionLog(entries, '/').map((c) => [c.note.text, c]));
    expect(byText.event!.target).toBe('/timeline/#2022-09-13-wreckage');
    expect(byText.term).toMatchObject({ title: 'UAV', target: '/glossary/#uav' });
    expect(noteTarget('sources', 'reuters-x', undefined, '/')).toBe('/sources/#source-reuters-x');
  });

  it('puts the base path on every link', () => {
    const log = correctionLog(entries, '/explainer/');
    expect(log.map((c) => c.target)).toEqual([
      '/explainer/claims/x/#status-now',
      '/explainer/glossary/#uav',
      '/explainer/actors/john-kirby/#later-developments',
      '/explainer/timeline/#2022-09-13-wreckage',
      '/explainer/claims/x/#corrections',
    ]);
    expect(log[0]!.page).toBe('/explainer/claims/x/');
  });

  it('is empty when no entry has a note', () => {
    expect(correctionLog([entries[2]!], '/')).toEqual([]);
  });
});

describe('pageSections', () => {
  it('gives each heading of the body the id Astro gives it, and claim pages their status history', () => {
    const body = '## The claim\n\nText.\n\n### Who *said* it: [[john-kirby|Kirby]]\n\n```\n## not a heading\n```\n\n## The claim\n';
    expect([...pageSections('claims', body)]).toEqual([
      ['the-claim', 'The claim'],
      ['who-said-it-kirby', 'Who said it: Kirby'],
      ['the-claim-1', 'The claim'],
      ['history-heading', 'Status history'],
    ]);
    expect([...pageSections('weapons', body).keys()]).not.toContain('history-heading');
  });
});

describe('noteSources', () => {
  it('numbers a source the page lists and links any other to /sources/', () => {
    expect(noteSources(['a', 'b'], new Map([['a', 3]]), (id) => `Publisher ${id}`, '/explainer/')).toEqual([
      { href: '#source-a', text: '[3]', number: 3 },
      { href: '/explainer/sources/#source-b', text: 'Publisher b' },
    ]);
  });
});
