/**
 * Acronyms: the pure side of the glossary. Forms (a term and its variants) are looked up
 * case-sensitively, with an optional plural "s"; any other all-capitals token of two or
 * more letters is undefined unless it is on the ignore list below.
 */
import { entryUrl } from './urls.ts';

/**
 * All-capitals words that are not acronyms, so they need no glossary entry. Keep it short
 * and say why for each; anything else in capitals must be defined in content/glossary/.
 */
export const IGNORED_TOKENS: Readonly<Record<string, string>> = {
  III: 'a regnal-style numeral in a name ("Lloyd J. Austin III")',
  NOT: 'emphasis in a quotation ("Iran has NOT delivered ballistic missiles")',
  // Markers of unfinished text (in drafts made by `npm run new`); the content audit refuses
  // them in a published page with its own message, so they are not reported twice.
  TODO: 'a marker of unfinished text, refused by the content audit',
  TBD: 'a marker of unfinished text, refused by the content audit',
  FIXME: 'a marker of unfinished text, refused by the content audit',
};

/** One glossary term as the plugin needs it. */
export interface GlossaryTerm {
  /** The glossary entry's id: its anchor on /glossary/. */
  id: string;
  term: string;
  expansion: string;
  /** The URL of the page the term stands for, if it has one. */
  href?: string;
}

/** Every written form of every term (term and variants), mapped to its term. */
export type GlossaryIndex = Map<string, GlossaryTerm>;

/** Builds the form index; a form claimed twice keeps its first term (the graph reports the clash). */
export function buildGlossaryIndex(terms: Array<GlossaryTerm & { variants: string[] }>): GlossaryIndex {
  const index: GlossaryIndex = new Map();
  for (const { variants, ...term } of terms) {
    for (const form of [term.term, ...variants]) if (!index.has(form)) index.set(form, term);
  }
  return index;
}

/** The term a token is a form of, allowing a plural "s" ("UAVs" → UAV). */
export function lookupForm(index: GlossaryIndex, token: string): GlossaryTerm | undefined {
  return index.get(token) ?? (token.endsWith('s') ? index.get(token.slice(0, -1)) : undefined);
}

/** Whether a token must be defined: two or more capital letters and no lower-case letter but a plural "s". */
export function needsDefinition(token: string): boolean {
  const core = token.endsWith('s') ? token.slice(0, -1) : token;
  return /^[A-Z0-9]*$/.test(core) && (core.match(/[A-Z]/g)?.length ?? 0) >= 2 && !(core in IGNORED_TOKENS);
}

/** Where a term's first use on a page links: its entity page, unless that is this page, else its glossary entry. */
export function termHref(term: GlossaryTerm, currentUrl?: string): string {
  return term.href && term.href !== currentUrl ? term.href : entryUrl('glossary', term.id);
}

/** Candidate tokens: words starting with a capital, digits and inner hyphens allowed ("MGM-140", "UAVs", "DoD"). */
export const TOKEN = /(?<![\p{L}\p{N}_-])[A-Z][\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*(?![\p{L}\p{N}_]|-[\p{L}\p{N}])/gu;

/** Splits a token into the defined forms it contains: the whole if defined, else its hyphen parts ("NASAMS-ER": NASAMS, ER). */
export function acronymParts(index: GlossaryIndex, token: string): Array<{ text: string; term?: GlossaryTerm }> {
  const whole = lookupForm(index, token);
  if (whole || !token.includes('-')) return [{ text: token, term: whole }];
  return token.split(/(-)/).map((text) => ({ text, term: text === '-' ? undefined : lookupForm(index, text) }));
}

/**
 * A text cut into its plain runs and the glossary terms in it, for marking up frontmatter
 * text where a page shows it (as remark-acronyms marks prose):
 *
 *   acronymSegments(index, 'Two NASAMS arrived') // [{ text: 'Two ' }, { text: 'NASAMS', term: … }, { text: ' arrived' }]
 */
export function acronymSegments(index: GlossaryIndex, text: string): Array<{ text: string; term?: GlossaryTerm }> {
  const segments: Array<{ text: string; term?: GlossaryTerm }> = [];
  const plain = (t: string) => {
    if (!t) return;
    const last = segments.at(-1);
    if (last && !last.term) last.text += t;
    else segments.push({ text: t });
  };
  let at = 0;
  for (const m of text.matchAll(TOKEN)) {
    plain(text.slice(at, m.index));
    for (const part of acronymParts(index, m[0])) {
      if (part.term) segments.push(part);
      else plain(part.text);
    }
    at = m.index + m[0].length;
  }
  plain(text.slice(at));
  return segments;
}

/** The all-capitals words in a text that the glossary does not define, in order, each once. */
export function undefinedAcronyms(index: GlossaryIndex, text: string): string[] {
  const found = [...text.matchAll(TOKEN)].flatMap((m) =>
    acronymParts(index, m[0])
      .filter((p) => !p.term && needsDefinition(p.text))
      .map((p) => p.text),
  );
  return [...new Set(found)];
}

/** How to define an acronym the glossary lacks: the same fix in prose and in frontmatter. */
export function acronymFix(token: string): string {
  return (
    `Run npm run new -- term "${token}", fill in its expansion and definition and delete its draft: true line (or add "${token}" to the variants of an existing term); ` +
    'if it is not an acronym, add it with a reason to IGNORED_TOKENS in src/lib/acronyms.ts.'
  );
}
