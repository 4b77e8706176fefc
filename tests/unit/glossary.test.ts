import { describe, expect, it } from 'vitest';
import { groupByLetter, letterOf } from '../../src/lib/glossary.ts';

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
