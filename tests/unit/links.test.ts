import { describe, expect, it } from 'vitest';
import { citerLink, entryLink, sourceNumbers } from '../../src/lib/links.ts';
import { entry } from './entry.ts';

describe('links', () => {
  it('links entries by title, and names what kind of entry cites a source', () => {
    expect(entryLink(entry('weapons', 'nasams', { title: 'NASAMS' }))).toEqual({ href: '/weapons/nasams/', text: 'NASAMS' });
    expect(citerLink(entry('events', 'e1', { title: 'Briefing' }))).toEqual({ href: '/timeline/#e1', text: 'Timeline: Briefing' });
    expect(citerLink(entry('glossary', 'uav', { term: 'UAV' })).text).toBe('Glossary: UAV');
  });
  it('numbers a page’s sources in order', () => {
    expect([...sourceNumbers([{ id: 'b' }, { id: 'a' }])]).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
  });
});
