import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { lineOfPath, locateField } from '../../src/lib/field-lines.ts';

describe('field lines', () => {
  it('lineOfPath finds keys and list items, and falls back to the nearest parent', () => {
    const lines = new LineCounter();
    const doc = parseDocument('a: 1\nb:\n  - x: 1\n  - x: 2\n    y: 3\n', { lineCounter: lines });
    expect(lineOfPath(doc.contents, ['a'], lines)).toBe(1);
    expect(lineOfPath(doc.contents, ['b', 1, 'y'], lines)).toBe(5);
    expect(lineOfPath(doc.contents, ['b', 1, 'missing'], lines)).toBe(4);
    expect(lineOfPath(doc.contents, ['missing'], lines, 7)).toBe(7);
  });
  it('locates a field in a YAML file and in an MDX file', () => {
    const text = 'title: X\nroles:\n  - title: Press Secretary\n    organization: pentagon\nmakers: [rtx, kongsberg]\n';
    expect(locateField(text, 'roles[0].organization')).toBe(4);
    expect(locateField(text, 'makers[1]')).toBe(5);
    expect(locateField(text, 'title')).toBe(1);
    expect(locateField(text, 'missing')).toBeUndefined();
    expect(locateField(text, undefined)).toBeUndefined();
    expect(locateField(`---\n${text}---\nProse.\n`, 'makers[1]')).toBe(6);
  });
});
