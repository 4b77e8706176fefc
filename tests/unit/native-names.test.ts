/** Names in their own scripts: language tags, scripts, and folding for search. */
import { describe, expect, it } from 'vitest';
import { foldScript, nativeLanguage, primaryLanguage, scriptMismatch } from '../../src/lib/native-names.ts';
import { nameKey } from '../../src/lib/names.ts';
import { actorSchema } from '../../src/lib/schemas/actors.ts';
import { plainRef } from '../../src/lib/schemas/fields.ts';

describe('native names', () => {
  it('reads BCP 47 tags and refuses malformed ones', () => {
    expect(primaryLanguage('fa-IR')).toBe('fa');
    expect(primaryLanguage('uk')).toBe('uk');
    expect(primaryLanguage('ukrainian!')).toBeUndefined();
    expect(primaryLanguage('x')).toBeUndefined();
    expect(nativeLanguage('de')).toBeUndefined();
    expect(nativeLanguage('ar-EG')?.dir).toBe('rtl');
  });

  it('a name must be written in its language’s script', () => {
    expect(scriptMismatch('Володимир Зеленський', 'uk')).toBeUndefined();
    expect(scriptMismatch('شاهد ۱۳۶', 'fa')).toBeUndefined();
    expect(scriptMismatch('Герань-2', 'ru')).toBeUndefined();
    expect(scriptMismatch('Amir-Abdollahian', 'fa')).toBe('Arabic');
    expect(scriptMismatch('Зеленський', 'fa')).toBe('Arabic');
    expect(scriptMismatch('Zelensky', 'uk')).toBe('Cyrillic');
  });

  it('folds Arabic and Persian letter forms, digits, harakat, kashida and ZWNJ', () => {
    expect(foldScript('اميرعبداللهيان')).toBe(foldScript('امیرعبداللهیان'));
    expect(foldScript('ناصر كنعاني')).toBe('ناصر کنعانی');
    expect(foldScript('شاهد ١٣٦')).toBe('شاهد 136');
    expect(foldScript('شاهد ۱۳۶')).toBe('شاهد 136');
    expect(foldScript('مُحَمَّد')).toBe('محمد');
    expect(foldScript('امیر‌عبداللهیان')).toBe('امیرعبداللهیان');
    expect(foldScript('Зеленський')).toBe(foldScript('Зеленськии'));
    expect(foldScript('Peskóv')).toBe('peskov');
    expect(nameKey('Шахед–136')).toBe('шахед 136');
  });

  it('the schema refuses a bad tag and a Latin name tagged fa, at the name', () => {
    const base = { title: 'X', kind: 'person', summary: 'S.' };
    const schema = actorSchema(plainRef);
    const bad = schema.safeParse({ ...base, nativeNames: [{ name: 'حسین', lang: 'persian!', sources: ['s'] }] });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]).toMatchObject({ path: ['nativeNames', 0, 'lang'] });
    // It names the only tags that would pass, not any valid tag ("en" would be refused next).
    expect(bad.error!.issues[0]!.message).toContain('native names are given in uk, ru, fa, ar only');
    const latin = schema.safeParse({ ...base, nativeNames: [{ name: 'Hossein', lang: 'fa', sources: ['s'] }] });
    expect(latin.error!.issues[0]).toMatchObject({ path: ['nativeNames', 0, 'name'] });
    expect(latin.error!.issues[0]!.message).toMatch(/not written in the Arabic script/);
    const unsourced = schema.safeParse({ ...base, nativeNames: [{ name: 'حسین', lang: 'fa' }] });
    expect(unsourced.success).toBe(false);
    expect(schema.safeParse({ ...base, nativeNames: [{ name: 'حسین', lang: 'fa', sources: ['s'] }] }).success).toBe(true);
  });
});
