import { describe, expect, it } from 'vitest';
import { ContentError, formatProblem, locateField } from '../../src/lib/content-error.ts';
import { nameKey } from '../../src/lib/names.ts';
import { latestStatus, sortedHistory, statementCount, statusAtArticle, statusOn } from '../../src/lib/claims.ts';
import { splitList } from '../../src/lib/disclosure.ts';
import { formatDate, isoDate } from '../../src/lib/dates.ts';
import { collectionUrl, entryUrl } from '../../src/lib/urls.ts';
import { citerLink, entryLink, sourceNumbers } from '../../src/lib/links.ts';
import { groupByMonth } from '../../src/lib/timeline.ts';
import { listItem } from '../../src/lib/listing.ts';
import { groupByLetter, letterOf } from '../../src/lib/glossary.ts';
import { buildNameIndex, resolveTarget, sentenceAt, targetUrl } from '../../src/lib/wikilinks.ts';

describe('names', () => {
  it('folds case, accents, spaces and dashes', () => {
    expect(nameKey('Geran-2')).toBe(nameKey('geran 2'));
    expect(nameKey('GERAN–2')).toBe('geran 2');
    expect(nameKey('Hossein Amir‑Abdollahian')).toBe(nameKey('hossein amir abdollahian'));
    expect(nameKey('Zelenskyy')).not.toBe(nameKey('Zelensky'));
  });
});

describe('content errors', () => {
  it('formats file, line, field, problem and fix', () => {
    expect(formatProblem({ file: 'content/a.mdx', line: 3, field: 'kind', problem: 'bad.', fix: 'Do this.' })).toBe(
      'content/a.mdx:3 (field "kind"): bad.\n    Fix: Do this.',
    );
    expect(formatProblem({ file: 'content/a.mdx', problem: 'bad.', fix: 'Do this.' })).toBe('content/a.mdx: bad.\n    Fix: Do this.');
  });
  it('lists every problem in the error message', () => {
    const e = new ContentError([
      { file: 'a', problem: 'one.', fix: 'x' },
      { file: 'b', problem: 'two.', fix: 'y' },
    ]);
    expect(e.message).toContain('2 problems');
    expect(e.message).toContain('a: one.');
    expect(e.message).toContain('b: two.');
  });
  it('locates a field by key and value', () => {
    const text = 'title: X\nroles:\n  - title: Press Secretary\n    organization: pentagon\nmakers: [rtx, kongsberg]\n';
    expect(locateField(text, 'roles[0].organization', 'pentagon')).toBe(4);
    expect(locateField(text, 'makers[1]', 'kongsberg')).toBe(5);
    expect(locateField(text, 'title')).toBe(1);
    expect(locateField(text, 'missing')).toBeUndefined();
  });
});

const change = (date: string, status: 'unverified' | 'confirmed') => ({ date: new Date(date), status, why: '' });

describe('claim status', () => {
  const history = [change('2024-09-10', 'confirmed'), change('2022-10-16', 'unverified')];
  it('sorts history oldest first', () => {
    expect(sortedHistory(history).map((h) => h.status)).toEqual(['unverified', 'confirmed']);
  });
  it('reads the status on the article date and the latest status', () => {
    expect(statusAtArticle(history)?.status).toBe('unverified');
    expect(latestStatus(history)?.status).toBe('confirmed');
    expect(statusOn(history, new Date('2022-01-01'))).toBeUndefined();
  });
  it('counts the statements for and against a claim for its fact box', () => {
    expect(statementCount(9, 5)).toBe('9 assertions, 5 denials');
    expect(statementCount(1, 0)).toBe('1 assertion');
    expect(statementCount(0, 1)).toBe('1 denial');
    expect(statementCount(0, 0)).toBeUndefined();
  });
});

describe('fact box lists', () => {
  it('shows the first items and hides the rest, but never hides just one', () => {
    expect(splitList(['a', 'b', 'c', 'd'], 2)).toEqual([['a', 'b'], ['c', 'd']]);
    expect(splitList(['a', 'b', 'c'], 2)).toEqual([['a', 'b', 'c'], []]);
    expect(splitList([], 2)).toEqual([[], []]);
  });
});

describe('dates', () => {
  it('formats in UTC at each precision', () => {
    const d = new Date('2022-11-08T00:00:00Z');
    expect(formatDate(d)).toBe('8 November 2022');
    expect(formatDate(d, 'month')).toBe('November 2022');
    expect(isoDate(d)).toBe('2022-11-08');
    expect(isoDate(d, 'month')).toBe('2022-11');
    expect(isoDate(d, 'year')).toBe('2022');
  });
});

describe('urls and links', () => {
  it('builds entry and collection URLs', () => {
    expect(entryUrl('weapons', 'nasams')).toBe('/weapons/nasams/');
    expect(entryUrl('sources', 's1')).toBe('/sources/#source-s1');
    expect(entryUrl('glossary', 'uav')).toBe('/glossary/#uav');
    expect(collectionUrl('events')).toBe('/timeline/');
  });
  it('links entries by title, and names what kind of entry cites a source', () => {
    expect(entryLink({ collection: 'weapons', id: 'nasams', data: { title: 'NASAMS' } })).toEqual({ href: '/weapons/nasams/', text: 'NASAMS' });
    expect(citerLink({ collection: 'events', id: 'e1', data: { title: 'Briefing' } })).toEqual({ href: '/timeline/#e1', text: 'Timeline: Briefing' });
    expect(citerLink({ collection: 'glossary', id: 'uav', data: { term: 'UAV' } }).text).toBe('Glossary: UAV');
  });
  it('numbers a page’s sources in order', () => {
    expect([...sourceNumbers([{ id: 'b' }, { id: 'a' }])]).toEqual([['b', 1], ['a', 2]]);
  });
  it('resolves wikilink targets through the name index', () => {
    const index = buildNameIndex([{ collection: 'weapons', id: 'shahed-136', title: 'Shahed-136', aliases: ['Geran-2'] }]);
    const t = resolveTarget(index, 'geran 2')!;
    expect(targetUrl(t)).toBe('/weapons/shahed-136/');
    expect(resolveTarget(index, 'Geran-3')).toBeUndefined();
  });
});

describe('timeline and listings', () => {
  it('groups events by month in order', () => {
    const ev = (id: string, date: string) => ({ id, data: { date: new Date(date) } });
    const groups = groupByMonth([ev('a', '2022-10-16'), ev('b', '2022-10-18'), ev('c', '2022-11-08')]);
    expect(groups.map((g) => [g.id, g.label, g.events.map((e) => e.id)])).toEqual([
      ['m-2022-10', 'October 2022', ['a', 'b']],
      ['m-2022-11', 'November 2022', ['c']],
    ]);
  });
  it('describes each kind of entity for index pages', () => {
    expect(listItem({ collection: 'actors', id: 'p', data: { title: 'P', summary: 'S', kind: 'person', country: 'Ukraine' } })).toMatchObject({
      href: '/actors/p/',
      meta: 'Person, Ukraine',
    });
    expect(listItem({ collection: 'weapons', id: 'w', data: { title: 'W', summary: 'S', category: 'ballistic-missile', origin: 'Iran' } }).meta).toBe(
      'Ballistic missile, Iran',
    );
    const claim = listItem({ collection: 'claims', id: 'c', data: { title: 'C', summary: 'S', history: [change('2022-10-16', 'unverified'), change('2024-09-10', 'confirmed')] } });
    expect(claim.status).toBe('confirmed');
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
    expect(sentenceAt('a'.repeat(400), 5)).toHaveLength(280);
  });
});

describe('glossary grouping', () => {
  it('files terms by first letter, case-insensitively, digits first', () => {
    const groups = groupByLetter(['UAV', 'e3', 'EU', 'DoD', '9K720'], (t) => t);
    expect(groups.map((g) => [g.letter, g.items])).toEqual([
      ['#', ['9K720']],
      ['D', ['DoD']],
      ['E', ['e3', 'EU']],
      ['U', ['UAV']],
    ]);
    expect(letterOf('prSM')).toBe('P');
  });
});
