/**
 * Names in their own scripts: the languages a page's native names may be written in, the
 * script each must use, and the folding that lets a reader find them however they type
 * them (with or without diacritics, Persian or Arabic letter forms and digits).
 *
 *   scriptMismatch('Zelensky', 'uk')          === 'Cyrillic'   (a Latin name tagged Ukrainian)
 *   foldScript('امیرعبداللهیان') === foldScript('اميرعبداللهيان')
 */

/** The languages native names are given in: the reader-facing label, the script and the writing direction. */
export const NATIVE_LANGUAGES = {
  uk: { label: 'Ukrainian', script: 'Cyrillic', dir: 'ltr' },
  ru: { label: 'Russian', script: 'Cyrillic', dir: 'ltr' },
  fa: { label: 'Persian', script: 'Arabic', dir: 'rtl' },
  ar: { label: 'Arabic', script: 'Arabic', dir: 'rtl' },
} as const;
export type NativeLanguage = keyof typeof NATIVE_LANGUAGES;

/** The primary language subtag of a BCP 47 tag ("fa-IR" → "fa"), or undefined when the tag is not well-formed. */
export function primaryLanguage(tag: string): string | undefined {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical?.split('-')[0];
  } catch {
    return undefined;
  }
}

/** The language entry of a tag, when the tag is valid and its language is one native names may use. */
export function nativeLanguage(tag: string): (typeof NATIVE_LANGUAGES)[NativeLanguage] | undefined {
  const lang = primaryLanguage(tag);
  return lang && lang in NATIVE_LANGUAGES ? NATIVE_LANGUAGES[lang as NativeLanguage] : undefined;
}

/**
 * The script a name should have been written in, when it has a letter of another script;
 * undefined when every letter is in the language's script (digits, spaces and punctuation
 * are allowed in any name).
 */
export function scriptMismatch(name: string, tag: string): string | undefined {
  const language = nativeLanguage(tag);
  if (!language) return undefined;
  const other = new RegExp(`[^\\P{L}\\p{Script=${language.script}}]`, 'u');
  return other.test(name) ? language.script : undefined;
}

/** Arabic-script letter forms that readers type interchangeably, folded to the Persian form the content uses. */
const LETTER_FORMS: Record<string, string> = { ي: 'ی', ى: 'ی', ك: 'ک', ۀ: 'ه', ة: 'ه', أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا' };

/**
 * Folds text for matching across spellings: drops diacritics of every script (Latin
 * accents, Cyrillic breve, Arabic harakat), folds Arabic and Persian letter variants and
 * digits (۱۳۶ and ١٣٦ are 136), removes the kashida and turns the zero-width non-joiner
 * into nothing, so "امیر‌عبداللهیان" and "امیرعبداللهیان" match. Case is lowered.
 */
export function foldScript(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ـ\u200c]/g, '')
    .replace(/[يىكۀةأإآٱ]/g, (c) => LETTER_FORMS[c]!)
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0))
    .normalize('NFC')
    .toLowerCase();
}
