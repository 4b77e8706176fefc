import { describe, expect, it } from 'vitest';
import { listItem } from '../../src/lib/listing.ts';
import { entry } from './entry.ts';

const change = (date: string, status: 'unverified' | 'confirmed') => ({ date: new Date(date), status, why: '', sources: [] });

describe('listing', () => {
  it('describes each kind of entity for index pages', () => {
    expect(listItem(entry('actors', 'p', { title: 'P', summary: 'S', kind: 'person', country: 'Ukraine' }))).toMatchObject({
      href: '/actors/p/',
      meta: 'Person, Ukraine',
    });
    expect(listItem(entry('weapons', 'w', { title: 'W', summary: 'S', category: 'ballistic-missile', origin: 'Iran' })).meta).toBe('Ballistic missile, Iran');
    const claim = listItem(
      entry('claims', 'c', { title: 'C', summary: 'S', history: [change('2022-10-16', 'unverified'), change('2024-09-10', 'confirmed')] }),
    );
    expect(claim.status).toBe('confirmed');
  });
});
