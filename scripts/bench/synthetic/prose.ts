/**
 * The prose of a synthetic page: about 600 words in four or five `##` sections, made of
 * sentence templates with the page's wikilinks (by id, by alias and with their own text),
 * citations, made-up acronyms, and now and then an `<Aside>` or a `<Quote>`.
 */
import type { EntityCollection } from '../../../src/lib/vocabulary.ts';
import { Day, EARLIEST, LATEST } from './day.ts';
import type { Entity, Term, World } from './model.ts';
import {
  ADJECTIVES,
  ADVERBS,
  cap,
  GENERIC_MENTIONS,
  NOUNS,
  PARTICIPLES,
  plural,
  REPORT_VERBS,
  ROLE_TITLES,
  STATES,
  TIME_PHRASES,
  UNIT_NOUNS,
} from './words.ts';

/** One sentence; `m(start)` gives the mention of a page, `t` an optional acronym. */
type Template = (w: World, m: (start: boolean) => string, t: Term | undefined) => string;

const date = ({ r }: World) => Day.between(r, EARLIEST, LATEST);
const publisher = ({ r, publishers }: World) => publishers[r.int(0, publishers.length - 1)]!.name;
/** The acronym (sometimes as a plural), or a fallback word when the sentence carries none. */
const acr = (w: World, t: Term | undefined) => (t ? (w.r.chance(0.2) ? `${t.term}s` : t.term) : w.r.pick(ADJECTIVES));

const TEMPLATES: Template[] = [
  (w, m) =>
    `On ${date(w).prose}, ${m(false)} said that the ${w.r.pick(ADJECTIVES)} ${w.r.pick(NOUNS)} near ${w.r.pick(w.places)} had been ${w.r.pick(PARTICIPLES)} ${w.r.pick(TIME_PHRASES)}.`,
  (w, m) => `${m(true)} ${w.r.pick(REPORT_VERBS)} the ${w.r.pick(NOUNS)} in a statement, and gave no figures for the ${w.r.pick(NOUNS)}.`,
  (w, m, t) =>
    `According to ${publisher(w)}, the ${w.r.pick(NOUNS)} involved ${w.r.int(2, 90)} ${plural(w.r.pick(NOUNS))} and at least one ${acr(w, t)} ${w.r.pick(UNIT_NOUNS)} linked to ${m(false)}.`,
  (w, m, t) => `Reports from ${w.r.pick(w.places)} described a ${w.r.pick(ADJECTIVES)} ${acr(w, t)} ${w.r.pick(NOUNS)} connected with ${m(false)}.`,
  (w, m) => `The ${w.r.pick(NOUNS)} was ${w.r.pick(ADVERBS)} ${w.r.pick(PARTICIPLES)} by ${m(false)} in ${date(w).month}.`,
  (w, m) =>
    `Officials in ${w.r.pick(w.places)} ${w.r.pick(REPORT_VERBS)} that the ${plural(w.r.pick(NOUNS))} were ${w.r.pick(STATES)}, a point ${m(false)} did not dispute.`,
  (w, m) =>
    `Analysts ${w.r.pick(REPORT_VERBS)} that the ${w.r.pick(ADJECTIVES)} ${w.r.pick(NOUNS)} could change how ${m(false)} plans its ${plural(w.r.pick(NOUNS))}.`,
  (w, m) =>
    `${m(true)} later ${w.r.pick(REPORT_VERBS)} that the ${w.r.pick(NOUNS)} had been ${w.r.pick(PARTICIPLES)} ${w.r.pick(TIME_PHRASES)}, without naming a source.`,
  (w, m, t) =>
    `It is not known how many ${plural(w.r.pick(NOUNS))} reached ${w.r.pick(w.places)}, or when the ${acr(w, t)} ${w.r.pick(NOUNS)} mentioned by ${m(false)} was first ${w.r.pick(PARTICIPLES)}.`,
  (w, m, t) =>
    `A ${w.r.pick(ADJECTIVES)} ${w.r.pick(NOUNS)} of the ${acr(w, t)} type was seen near ${w.r.pick(w.places)} ${w.r.pick(TIME_PHRASES)}, and ${m(false)} was named in the report.`,
  (w, m) => `The same ${w.r.pick(NOUNS)} is described differently by ${m(false)} and by ${publisher(w)}.`,
  (w, m) => `${m(true)} has not ${w.r.pick(PARTICIPLES)} the ${w.r.pick(NOUNS)} in public since ${w.r.int(2015, 2021)}.`,
];
/** The templates with an acronym slot, for sentences that must carry one. */
const WITH_TERM = [2, 3, 8, 9];

const SECTIONS: Record<EntityCollection, string[]> = {
  actors: ['In the story', 'Background', 'Positions and statements', 'What is known, and what is not', 'Later developments'],
  weapons: ['In the story', 'Design and development', 'Operators', 'What is known, and what is not', 'Later developments'],
  claims: ['The claim', 'In the story', 'Evidence as of the article', 'Denials', 'Later developments'],
};

/** A reference to a page in running text: a wikilink (by id, alias or with own text) or its name. */
function mention({ r }: World, e: Entity, link: boolean, start: boolean): string {
  // A claim's title is a sentence, so it is introduced as one.
  const that = e.collection === 'claims' ? (start ? 'The claim that ' : 'the claim that ') : '';
  const about = e.collection === 'claims' ? (start ? 'The claim about ' : 'the claim about ') : '';
  if (!link) return `${that}${e.title}`;
  const style = r.next();
  if (style < 0.5 || (style < 0.75 && !e.aliases.length)) return `${that}[[${e.id}]]`;
  if (style < 0.75) return `${about}[[${r.pick(e.aliases)}]]`;
  return `[[${e.id}|${start ? cap(e.short) : e.short}]]`;
}

/** About 600 words of sentences; the `links` and the `used` terms each go into one of them. */
function sentences(w: World, page: Entity, links: Entity[], used: Term[]): string[] {
  const { r } = w;
  const count = Math.round(r.int(560, 660) / 19);
  const slots = r.sample(
    Array.from({ length: count }, (_, i) => i),
    count,
  );
  const linkAt = new Map<number, Entity>();
  links.forEach((e, i) => linkAt.set(slots[i % slots.length]!, e));
  // Terms fill the slots from the other end, so a sentence rarely carries both.
  const termAt = new Map<number, Term>();
  const termUses = used.flatMap((t) => Array.from({ length: r.int(1, 3) }, () => t));
  termUses.forEach((t, i) => termAt.set(slots[(slots.length - 1 - i + slots.length) % slots.length]!, t));
  return Array.from({ length: count }, (_, i) => {
    const linked = linkAt.get(i);
    const other = r.pick(w.entities);
    const m = (start: boolean) =>
      linked
        ? mention(w, linked, true, start)
        : other !== page && r.chance(0.5)
          ? mention(w, other, false, start)
          : start
            ? cap(r.pick(GENERIC_MENTIONS))
            : r.pick(GENERIC_MENTIONS);
    const t = termAt.get(i);
    return TEMPLATES[t ? r.pick(WITH_TERM) : r.int(0, TEMPLATES.length - 1)]!(w, m, t);
  });
}

/** Paragraphs of three to five sentences, each ending with one or two citations; every citation used at least once. */
function paragraphs({ r }: World, all: string[], cites: string[]): string[] {
  const out: string[] = [];
  let cite = 0;
  for (let i = 0; i < all.length;) {
    const k = Math.min(r.int(3, 5), all.length - i);
    const chunk = all.slice(i, i + k);
    const ids = [cites[cite++ % cites.length]!];
    if (r.chance(0.25)) ids.push(cites[cite++ % cites.length]!);
    const mark = ids.length > 1 && r.chance(0.5) ? `[${ids.map((id) => `@${id}`).join('; ')}]` : ids.map((id) => `[@${id}]`).join(' ');
    chunk[chunk.length - 1] = chunk[chunk.length - 1]!.replace(/\.$/, ` ${mark}.`);
    out.push(chunk.join(' '));
    i += k;
  }
  // The citations not yet used go on the last paragraphs.
  for (; cite < cites.length; cite++) out[out.length - 1 - (cite % out.length)] += ` The ${r.pick(NOUNS)} is also reported in [@${cites[cite]}].`;
  return out;
}

/** The MDX body of a page: its sections, with its links, citations and acronyms placed. */
export function prose(w: World, page: Entity, links: Entity[], cites: string[], used: Term[]): string {
  const { r } = w;
  const paras = paragraphs(w, sentences(w, page, links, used), cites);
  const headings = SECTIONS[page.collection].slice(0, r.int(4, 5));
  const blocks: string[] = [];
  headings.forEach((h, i) => {
    const own = paras.slice(Math.floor((i * paras.length) / headings.length), Math.floor(((i + 1) * paras.length) / headings.length));
    if (own.length) blocks.push(`## ${h}`, ...own);
  });
  if (r.chance(0.2)) {
    blocks.splice(
      2,
      0,
      `<Aside title="On the figures">\nThe figures in this section come from ${publisher(w)} and were not checked independently [@${cites[0]}].\n</Aside>`,
    );
  }
  if (r.chance(0.2)) {
    const speaker = r.pick(w.actors);
    blocks.push(
      `<Quote by="${speaker.title}, ${r.pick(ROLE_TITLES).toLowerCase()}">\nThe ${r.pick(NOUNS)} was ${r.pick(PARTICIPLES)} as planned, and we will say more ${r.pick(TIME_PHRASES)} [@${cites[cites.length - 1]}].\n</Quote>`,
    );
  }
  return `\n${blocks.join('\n\n')}\n`;
}
