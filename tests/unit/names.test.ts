import { describe, expect, it } from 'vitest';
import { nameKey } from '../../src/lib/names.ts';

describe('names', () => {
  it('folds case, accents, spaces and dashes', () => {
    expect(nameKey('Geran-2')).toBe(nameKey('geran 2'));
    expect(nameKey('GERAN–2')).toBe('geran 2');
    expect(nameKey('Hossein Amir‑Abdollahian')).toBe(nameKey('hossein amir abdollahian'));
    expect(nameKey('Zelenskyy')).not.toBe(nameKey('Zelensky'));
  });
});
