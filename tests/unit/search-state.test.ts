import { describe, expect, it } from 'vitest';
import { formatSearch, pagefindFilters, parseSearch } from '../../src/lib/search-state.ts';

describe('search state in the URL', () => {
  it('round-trips a query with filters', () => {
    const url = '?q=Geran-2&type=Weapon+system&type=Disputed+claim&status=Confirmed';
    const state = parseSearch(url);
    expect(state).toEqual({ q: 'Geran-2', filters: { type: ['Weapon system', 'Disputed claim'], status: ['Confirmed'] } });
    expect(formatSearch(state)).toBe(url);
  });
  it('ignores unknown and empty parameters and trims the query', () => {
    expect(parseSearch('?q=%20nasams%20&page=2&country=')).toEqual({ q: 'nasams', filters: {} });
    expect(formatSearch({ q: '', filters: {} })).toBe('');
  });
  it('keeps "search instead for" the typed query in the URL', () => {
    expect(parseSearch('?q=Shahid-136&literal=1')).toEqual({ q: 'Shahid-136', filters: {}, literal: true });
    expect(formatSearch({ q: 'Shahid-136', filters: {}, literal: true })).toBe('?q=Shahid-136&literal=1');
    expect(formatSearch({ q: '', filters: {}, literal: true })).toBe('');
  });
  it('turns filters into Pagefind "any of" filters', () => {
    expect(pagefindFilters({ q: 'x', filters: { type: ['Actor'], country: [] } })).toEqual({ type: { any: ['Actor'] } });
  });
});
