import { describe, expect, it } from 'vitest';
import { filterOptions, filtersLabel, formatSearch, pagefindFilters, parseSearch } from '../../src/lib/search-state.ts';

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
  it('labels the one "Filters" disclosure with how many values are chosen', () => {
    expect(filtersLabel(parseSearch('?q=x'))).toBe('Filters');
    expect(filtersLabel(parseSearch('?q=x&type=Actor&type=Weapon+system&country=Iran'))).toBe('Filters (3 active)');
  });
  it('offers the values that keep results, sorted, and a chosen value even with none', () => {
    const values = ['Weapon system', 'Actor', 'Disputed claim'];
    expect(filterOptions(values, { Actor: 3, 'Weapon system': 0, 'Disputed claim': 1 })).toEqual([
      { value: 'Actor', count: 3, checked: false },
      { value: 'Disputed claim', count: 1, checked: false },
    ]);
    expect(filterOptions(values, { Actor: 3 }, ['Weapon system']).map((o) => [o.value, o.count, o.checked])).toEqual([
      ['Actor', 3, false],
      ['Weapon system', 0, true],
    ]);
    expect(filterOptions(values, undefined)).toEqual([]);
  });
});
