/**
 * Synthetic content for the scale benchmark (`npm run bench`, scripts/bench.ts): a valid
 * content set of any size, shaped like the real one. Pure and deterministic: the same
 * `n` and `seed` always give the same files, byte for byte.
 *
 * `syntheticContent(n)` returns `n` entity pages (half actors, a quarter weapon systems,
 * a quarter claims) and what they need to pass the content check and the content audit:
 *
 * - sources (one per page, so every source is cited: page i cites source i in its prose,
 *   plus four to six others), from a pool of made-up publishers;
 * - events (one per eight pages), each naming a few pages and citing sources;
 * - 40 made-up all-capitals glossary terms used in the prose, plus the sources and terms
 *   the site's own /about/ page cites and uses (src/pages/about.mdx), copied from
 *   tests/fixtures/base/.
 *
 * Each page has frontmatter like a real page (aliases; roles and partOf; makers,
 * operators and specs; claimants, deniers, history), and about 600 words of prose in four
 * or five `##` sections, with wikilinks by id, by alias and with their own text, citations
 * and acronyms. Every page is linked from another: page i links to page i + 1 (a ring
 * through all pages), besides random links and event references.
 *
 * Names are made from syllables and a small word list, so they are unique (after
 * {@link nameKey} folding), plain, never all capitals and never a placeholder word.
 * Paths are relative to the content root, e.g. `actors/varek-dolmano.mdx`.
 */
import { nameKey } from './names.ts';
import {
  ACTOR_KINDS,
  CLAIM_STATUS_VALUES,
  WEAPON_CATEGORY_VALUES,
  type ActorKind,
  type ClaimStatus,
  type EntityCollection,
} from './vocabulary.ts';

/** One generated file: its path below the content root and its text. */
export interface SyntheticFile {
  path: string;
  text: string;
}

/** How many pages of each kind `n` pages make: ≈ 50% actors, 25% weapons, 25% claims. */
export function syntheticMix(n: number): Record<EntityCollection, number> {
  const actors = Math.ceil(n / 2);
  const weapons = Math.floor(n / 4);
  return { actors, weapons, claims: n - actors - weapons };
}

/** The number of made-up glossary terms. */
export const SYNTHETIC_TERM_COUNT = 40;

// ---------------------------------------------------------------------------------------
// Randomness

/** A seeded PRNG (mulberry32) with the helpers the generator needs. */
class Random {
  private state: number;
  constructor(seed: number | string) {
    let h = 2166136261;
    for (const ch of String(seed)) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
    this.state = h >>> 0;
  }
  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (!items.length) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** Up to `k` distinct items, in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < k && copy.length) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]!);
    return out;
  }
}

// ---------------------------------------------------------------------------------------
// Words

const ONSETS = ['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'gr', 'kr', 'st', 'tr', 'sh', 'ch', 'pl'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'o', 'ai', 'ea', 'ou'];
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'k', 'm', 'v', 'th'];
const COUNTRY_ENDINGS = ['ia', 'ova', 'and', 'ar', 'esh', 'istan', 'ia', 'ora'];

/** Words a made-up name must never be: placeholders the audit refuses, and words MDX reads as code. */
const BANNED = /^(todo|tbd|fixme|lorem|ipsum|placeholder|import|export|not|iii)$/i;

const NOUNS = [
  'report', 'convoy', 'shipment', 'factory', 'briefing', 'statement', 'agreement', 'programme', 'contract', 'delivery',
  'trial', 'launch', 'unit', 'battery', 'site', 'port', 'route', 'budget', 'plan', 'team', 'inquiry', 'order',
  'exercise', 'depot', 'warehouse', 'airfield', 'radar', 'engine', 'component', 'warhead', 'launcher', 'vehicle',
  'sensor', 'bridge', 'workshop', 'meeting', 'visit', 'licence', 'payment', 'cargo', 'flight', 'vessel', 'harbour',
  'plant', 'laboratory', 'survey', 'photograph', 'document', 'letter', 'interview', 'hearing', 'contractor', 'supplier',
];
const ADJECTIVES = [
  'new', 'large', 'small', 'early', 'late', 'northern', 'southern', 'eastern', 'western', 'official', 'public', 'limited',
  'regular', 'modern', 'older', 'joint', 'heavy', 'light', 'regional', 'second', 'first', 'final', 'partial', 'mobile',
  'coastal', 'temporary', 'permanent', 'formal', 'separate', 'recent',
];
const REPORT_VERBS = ['said', 'reported', 'confirmed', 'denied', 'announced', 'noted', 'argued', 'suggested', 'stated', 'claimed', 'wrote', 'told reporters', 'maintained', 'repeated'];
const PARTICIPLES = ['moved', 'delivered', 'tested', 'built', 'inspected', 'repaired', 'approved', 'delayed', 'cancelled', 'expanded', 'reduced', 'described', 'photographed', 'recorded', 'seized', 'returned', 'assembled', 'shipped', 'funded', 'stored'];
const STATES = ['complete', 'incomplete', 'delayed', 'on schedule', 'under review', 'in storage', 'in service', 'out of service', 'larger than planned', 'smaller than planned'];
const TIME_PHRASES = ['later that month', 'by the end of the year', 'within a few weeks', 'in the following spring', 'before the summer', 'during the winter', 'over several days', 'at the start of the month'];
const ADVERBS = ['quickly', 'quietly', 'partly', 'formally', 'briefly', 'publicly', 'first', 'again'];
const GENERIC_MENTIONS = ['the ministry', 'the spokesman', 'the company', 'a senior official', 'the government', 'the agency', 'two officials', 'the embassy', 'a regional governor', 'the defence committee'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DOMAINS = ['Defence', 'Foreign Affairs', 'Interior', 'Industry', 'Energy', 'Trade', 'Transport', 'Finance', 'Justice', 'Communications'];
const COMPANY_SUFFIXES = ['Industries', 'Dynamics', 'Aerospace', 'Systems', 'Machine Works', 'Engineering', 'Electronics', 'Motors'];
const MEDIA_FORMS = ['The {} Herald', '{} Daily', '{} Radio', 'The {} Observer', '{} Television'];
const FORCES = ['Armed Forces', 'Air Force', 'Navy', 'Army', 'Border Guard', 'Air Defence Forces'];
const ROLE_TITLES = ['Minister', 'Deputy Minister', 'Spokesman', 'Spokeswoman', 'Chief of Staff', 'Director', 'Adviser', 'Press Secretary', 'Ambassador', 'Commander', 'Chief Executive', 'Analyst'];
const WEAPON_NOUNS = ['drones', 'missiles', 'rockets', 'launchers', 'shells', 'radars'];
const SPEC_LABELS: Array<[string, (r: Random) => string]> = [
  ['Range', (r) => `up to ${r.int(2, 60) * 10} km`],
  ['Speed', (r) => `about ${r.int(12, 90) * 10} km/h`],
  ['Length', (r) => `${r.int(15, 120) / 10} m`],
  ['Weight', (r) => `${r.int(4, 400) * 5} kg`],
  ['Warhead', (r) => `${r.int(2, 100) * 5} kg`],
];
const PUBLISHER_FORMS: Array<[string, string]> = [
  ['The {} Herald', 'newspaper'],
  ['{} Times', 'newspaper'],
  ['{} News Agency', 'news-agency'],
  ['{} Press', 'news-agency'],
  ['{} Radio', 'broadcaster'],
  ['{} State Television', 'state-affiliated-media'],
  ['{} Institute', 'think-tank'],
  ['{} Ministry Bulletin', 'government'],
  ['{} Yearbook', 'reference-work'],
  ['{} Defence Review', 'company'],
];
/** Capitalized words by initial, for acronym expansions. */
const EXPANSION_WORDS: Record<string, string[]> = {
  A: ['Advanced', 'Aerial', 'Allied', 'Airborne'],
  B: ['Ballistic', 'Border', 'Base'],
  C: ['Command', 'Coastal', 'Combined', 'Control'],
  D: ['Defence', 'Drone', 'Directorate'],
  E: ['Early', 'Electronic', 'Engineering'],
  F: ['Field', 'Forward', 'Fire'],
  G: ['Ground', 'Guided', 'General'],
  H: ['Heavy', 'High', 'Harbour'],
  I: ['Integrated', 'Interceptor', 'Industrial'],
  K: ['Kinetic', 'Keel'],
  L: ['Long', 'Launch', 'Logistics'],
  M: ['Missile', 'Mobile', 'Maritime'],
  N: ['National', 'Naval', 'Network'],
  O: ['Operational', 'Orbital', 'Office'],
  P: ['Patrol', 'Precision', 'Programme'],
  R: ['Radar', 'Regional', 'Range'],
  S: ['Surface', 'Strike', 'System', 'Support'],
  T: ['Tactical', 'Transport', 'Training'],
  U: ['Unified', 'Unmanned', 'Upper'],
  V: ['Vehicle', 'Vertical'],
  W: ['Warning', 'Weapon', 'Works'],
};
const ACRONYM_LETTERS = Object.keys(EXPANSION_WORDS);
const UNIT_NOUNS = ['unit', 'battery', 'team', 'site', 'programme', 'office'];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const kebab = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
const plural = (w: string) => (/[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : /(s|sh|ch|x)$/.test(w) ? `${w}es` : `${w}s`);
const pad = (n: number) => String(n).padStart(2, '0');

/** A day as written in YAML (`2022-11-08`, unquoted) and in prose ("8 November 2022"). */
class Day {
  readonly y: number;
  readonly m: number;
  readonly d: number;
  constructor(y: number, m: number, d: number) {
    this.y = y;
    this.m = m;
    this.d = d;
  }
  get iso(): string {
    return `${this.y}-${pad(this.m)}-${pad(this.d)}`;
  }
  get prose(): string {
    return `${this.d} ${MONTHS[this.m - 1]} ${this.y}`;
  }
  get month(): string {
    return `${MONTHS[this.m - 1]} ${this.y}`;
  }
  get time(): number {
    return Date.UTC(this.y, this.m - 1, this.d);
  }
  static between(r: Random, from: Day, to: Day): Day {
    const t = from.time + Math.floor(r.next() * (to.time - from.time + 1) / 86400000) * 86400000;
    const d = new Date(t);
    return new Day(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
}
const ARTICLE_DAY = new Day(2022, 11, 9);
const CHECKED_DAY = new Day(2026, 11, 24);
const EARLIEST = new Day(2019, 1, 1);
const LATEST = new Day(2025, 12, 31);

// ---------------------------------------------------------------------------------------
// YAML

type YamlValue = string | number | boolean | Day | YamlValue[] | { [key: string]: YamlValue | undefined };

function scalar(v: string | number | boolean | Day): string {
  return v instanceof Day ? v.iso : typeof v === 'string' ? JSON.stringify(v) : String(v);
}

function isMapping(v: unknown): v is { [key: string]: YamlValue | undefined } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Day);
}

/** YAML in the style of the real content files: quoted strings, unquoted dates, empty lists left out. */
function yaml(obj: { [key: string]: YamlValue | undefined }, indent = ''): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(obj)) {
    if (value === undefined || (Array.isArray(value) && !value.length)) continue;
    if (Array.isArray(value)) {
      out.push(`${indent}${key}:`);
      for (const item of value) {
        if (isMapping(item)) {
          const lines = yaml(item, `${indent}    `);
          lines[0] = `${indent}  - ${lines[0]!.slice(indent.length + 4)}`;
          out.push(...lines);
        } else out.push(`${indent}  - ${scalar(item as string)}`);
      }
    } else if (isMapping(value)) {
      out.push(`${indent}${key}:`, ...yaml(value, `${indent}  `));
    } else out.push(`${indent}${key}: ${scalar(value)}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// The model

interface Entity {
  collection: EntityCollection;
  id: string;
  title: string;
  aliases: string[];
  /** A short way to refer to it in running text ("the ministry"), for `[[id|text]]` links. */
  short: string;
  kind?: ActorKind;
  country?: string;
  /** Index in the list of all pages, for the ring of links. */
  index: number;
}

interface Source {
  id: string;
  publisher: number;
}

interface Term {
  id: string;
  term: string;
}

/** The support files: what src/pages/about.mdx cites and uses, as in tests/fixtures/base/. */
const SUPPORT_FILES: SyntheticFile[] = [
  {
    path: 'sources/presstv-2022-11-09-pentagon-no-evidence-iran-missiles.yaml',
    text: 'title: "PressTV report of 9 November 2022 on the Pentagon, Iranian missiles and drones, and NASAMS"\npublisher: "PressTV"\ndate: 2022-11-09\nurl: "https://presstv.ir/Detail/2022/11/09/692447/US-Russia-Ukraine-Iran-missiles-drones-Pentagon-"\nkind: "state-affiliated-media"\naccessed: 2026-11-24\n',
  },
  {
    path: 'sources/digitaltveurope-2012-01-23-press-tv-licence.yaml',
    text: 'title: "Press TV loses UK licence"\npublisher: "Digital TV Europe"\ndate: 2012-01-23\nurl: "https://www.digitaltveurope.com/2012/01/23/press-tv-loses-uk-licence/"\nkind: "newspaper"\naccessed: 2026-11-24\n',
  },
  {
    path: 'sources/rt-2022-11-08-us-cannot-confirm-kiev-claims.yaml',
    text: 'title: "US says cannot confirm Kiev\'s claims on Iranian missiles"\npublisher: "RT"\ndate: 2022-11-08\nurl: "https://www.rt.com/news/566180-pentagon-kiev-claims-iran-missiles-russia/"\nkind: "state-affiliated-media"\nlanguage: "en"\naccessed: 2026-11-24\n',
  },
  {
    path: 'sources/sofia-globe-2022-03-02-eu-sanctions-rt-sputnik.yaml',
    text: 'title: "EU sanctions state-owned outlets RT/Russia Today and Sputnik\'s broadcasting in the EU"\npublisher: "The Sofia Globe"\ndate: 2022-03-02\nurl: "https://sofiaglobe.com/2022/03/02/eu-sanctions-state-owned-outlets-rt-russia-today-and-sputniks-broadcasting-in-the-eu/"\nkind: "newspaper"\naccessed: 2026-11-24\n',
  },
  { path: 'glossary/eu.yaml', text: 'term: "EU"\nexpansion: "European Union"\ndefinition: "A political and economic union of 27 European countries."\n' },
  { path: 'glossary/nasams.yaml', text: 'term: "NASAMS"\nexpansion: "National Advanced Surface-to-Air Missile System"\ndefinition: "A ground-based air defence system developed in Norway and the United States."\n' },
  { path: 'glossary/rt.yaml', text: 'term: "RT"\nexpansion: "RT, formerly Russia Today"\ndefinition: "A Russian state-funded international broadcaster."\n' },
  { path: 'glossary/uk.yaml', text: 'term: "UK"\nexpansion: "United Kingdom"\ndefinition: "The United Kingdom of Great Britain and Northern Ireland."\n' },
];
/** All-capitals terms the support files define, which made-up terms must not repeat. */
const SUPPORT_TERMS = ['EU', 'NASAMS', 'RT', 'UK'];

/**
 * Generates a content set of `n` entity pages and everything they need; see the module
 * comment. Paths are relative to the content root.
 */
export function syntheticContent(n: number, seed: number | string = 1): SyntheticFile[] {
  if (!Number.isInteger(n) || n < 1) throw new Error(`syntheticContent: n must be a positive integer, not ${n}`);
  const r = new Random(seed);
  const taken = new Set<string>(); // nameKey of every entity id, title and alias
  const words = new Set<string>(); // made-up words already used, so names differ

  const syllables = (count: number) => {
    let w = '';
    for (let i = 0; i < count; i++) w += r.pick(ONSETS) + r.pick(VOWELS);
    return w + r.pick(CODAS);
  };
  /** A new made-up capitalized word. */
  const madeUp = (min = 2, max = 3): string => {
    for (;;) {
      const w = cap(syllables(r.int(min, max)));
      if (!BANNED.test(w) && !words.has(w)) {
        words.add(w);
        return w;
      }
    }
  };
  /** Claims a set of names for one page if none is taken; returns false otherwise. */
  const claim = (names: string[]): boolean => {
    const keys = [...new Set(names.map(nameKey))];
    if (keys.some((k) => !k || taken.has(k))) return false;
    for (const k of keys) taken.add(k);
    return true;
  };
  /** Tries `make` until its id and title are free, then adds the aliases that are free. */
  const named = (make: () => { id: string; title: string; aliases: string[] }) => {
    for (;;) {
      const { id, title, aliases } = make();
      if (!claim([id, title])) continue;
      return { id, title, aliases: aliases.filter((a) => claim([a])) };
    }
  };

  const mix = syntheticMix(n);
  const countries = Array.from({ length: Math.min(200, Math.max(8, Math.round(n / 40))) }, () => {
    const w = cap(syllables(r.int(1, 2)).replace(/[aeiou]+$/, '')) + r.pick(COUNTRY_ENDINGS);
    words.add(w);
    return w;
  });
  const places = Array.from({ length: Math.max(20, Math.round(n / 10)) }, () => madeUp(2, 3));

  // Actors: people and organizations.
  const kinds: Array<[ActorKind, number]> = [
    ['person', 0.5], ['government', 0.08], ['ministry', 0.1], ['agency', 0.06], ['armed-forces', 0.06],
    ['company', 0.1], ['media', 0.05], ['alliance', 0.03], ['international-organization', 0.02],
  ];
  const pickKind = (): ActorKind => {
    let x = r.next();
    for (const [k, p] of kinds) if ((x -= p) < 0) return k;
    return 'person';
  };
  const entities: Entity[] = [];
  const add = (e: Omit<Entity, 'index'>) => entities.push({ ...e, index: entities.length });
  for (let i = 0; i < mix.actors; i++) {
    const kind = pickKind();
    const country = kind === 'alliance' || kind === 'international-organization' ? undefined : r.pick(countries);
    let short = 'the organization';
    const names = named(() => {
      const w = madeUp();
      let title: string;
      let aliases: string[];
      switch (kind) {
        case 'person': {
          const last = madeUp(2, 3);
          title = `${w} ${last}`;
          aliases = [`${w.charAt(0)}. ${last}`, `${w} ${last.replace(/k/g, 'c').replace(/v/g, 'w')}`];
          short = r.pick(['the spokesman', 'the minister', 'the official', 'the adviser']);
          break;
        }
        case 'government':
          title = `Government of ${country} ${w}`;
          aliases = [`${w} government of ${country}`];
          short = 'the government';
          break;
        case 'ministry': {
          const domain = r.pick(DOMAINS);
          title = `${country} ${w} Ministry of ${domain}`;
          aliases = [`${w} ${domain.toLowerCase()} ministry`];
          short = 'the ministry';
          break;
        }
        case 'agency':
          title = `${country} ${w} ${r.pick(DOMAINS)} Agency`;
          aliases = [`${w} Agency`];
          short = 'the agency';
          break;
        case 'armed-forces':
          title = `${country} ${w} ${r.pick(FORCES)}`;
          aliases = [`${w} forces`];
          short = 'the armed forces';
          break;
        case 'company':
          title = `${w} ${r.pick(COMPANY_SUFFIXES)}`;
          aliases = [w];
          short = 'the company';
          break;
        case 'media':
          title = r.pick(MEDIA_FORMS).replace('{}', w);
          aliases = [`${w} media`];
          short = 'the outlet';
          break;
        case 'alliance':
          title = `${w} ${r.pick(['Pact', 'Union', 'Alliance', 'Treaty Organization'])}`;
          aliases = [`${w} bloc`];
          short = 'the alliance';
          break;
        default:
          title = `${w} ${r.pick(['Council', 'Commission', 'Organization'])} for ${r.pick(DOMAINS)}`;
          aliases = [`${w} Council`];
          short = 'the council';
      }
      return { id: kebab(title), title, aliases };
    });
    add({ collection: 'actors', ...names, short, kind, country });
  }
  for (let i = 0; i < mix.weapons; i++) {
    const names = named(() => {
      const title = `${madeUp(2, 2)}-${r.int(1, 40) * (r.chance(0.5) ? 10 : 1)}`;
      const aliases = [`${madeUp(2, 2)}-${r.int(1, 9)}`];
      if (r.chance(0.4)) aliases.push(`${title} ${r.pick(['system', 'series', 'family'])}`);
      return { id: kebab(title), title, aliases };
    });
    add({ collection: 'weapons', ...names, short: r.pick(['the system', 'the weapon', 'the design']), country: r.pick(countries) });
  }
  const actors = entities.filter((e) => e.collection === 'actors');
  const weapons = entities.filter((e) => e.collection === 'weapons');
  const governments = actors.filter((a) => a.kind === 'government');
  const companies = actors.filter((a) => a.kind === 'company');
  const organizations = actors.filter((a) => a.kind !== 'person' && a.kind !== 'media');
  for (let i = 0; i < mix.claims; i++) {
    const names = named(() => {
      const from = r.pick(countries);
      const to = r.pick(countries.filter((c) => c !== from));
      const thing = weapons.length ? r.pick(weapons).title : madeUp();
      const noun = r.pick(WEAPON_NOUNS);
      const verb = r.pick(['supplied', 'sold', 'shipped', 'promised']);
      const title = `${from} ${verb} ${thing} ${noun} to ${to}`;
      const id = kebab(`${from} ${thing} ${noun} to ${to}`);
      return { id, title, aliases: [`${thing} ${noun} for ${to}`, `${from}-${to} ${noun} deal`] };
    });
    add({ collection: 'claims', ...names, short: 'the claim' });
  }

  // Publishers and sources: one source per page.
  const publishers = Array.from({ length: Math.min(300, Math.max(10, Math.round(n / 20))) }, () => {
    const [form, kind] = r.pick(PUBLISHER_FORMS);
    const name = form.replace('{}', madeUp(2, 2));
    return { name, kind, slug: kebab(name.replace(/^The /, '')) };
  });
  const sourceIds = new Set<string>();
  const sources: Source[] = [];
  const files: SyntheticFile[] = [];
  for (let i = 0; i < Math.max(n, 2); i++) {
    const publisher = i < publishers.length ? i : r.int(0, publishers.length - 1);
    const p = publishers[publisher]!;
    const date = Day.between(r, EARLIEST, LATEST);
    let headline: string;
    let id: string;
    do {
      headline = `${cap(r.pick(ADJECTIVES))} ${r.pick(NOUNS)} ${r.pick(PARTICIPLES)} near ${r.pick(places)}`;
      id = `${p.slug}-${date.iso}-${kebab(headline).split('-').slice(1).join('-')}`;
    } while (sourceIds.has(id));
    sourceIds.add(id);
    sources.push({ id, publisher });
    const data: Record<string, YamlValue | undefined> = {
      title: headline,
      publisher: p.name,
      date,
      url: `https://www.${p.slug}.example/${date.y}/${pad(date.m)}/${pad(date.d)}/${kebab(headline)}-${i + 1}`,
      kind: p.kind,
      language: 'en',
      accessed: CHECKED_DAY,
      caution: p.kind === 'state-affiliated-media' ? `State media of ${r.pick(countries)}; cited for what it published, not for contested facts.` : undefined,
    };
    files.push({ path: `sources/${id}.yaml`, text: `${yaml(data).join('\n')}\n` });
  }
  const publisherIndex = new Map(sources.map((s) => [s.id, s.publisher]));
  const publisherOf = (id: string) => publisherIndex.get(id);

  // Glossary: made-up all-capitals terms.
  const terms: Term[] = [];
  const termSet = new Set(SUPPORT_TERMS);
  while (terms.length < SYNTHETIC_TERM_COUNT) {
    const letters = Array.from({ length: r.int(3, 4) }, () => r.pick(ACRONYM_LETTERS));
    const term = letters.join('');
    if (termSet.has(term) || BANNED.test(term)) continue;
    termSet.add(term);
    const expansion = letters.map((l) => r.pick(EXPANSION_WORDS[l]!)).join(' ');
    const entity = weapons.length && r.chance(0.15) ? r.pick(weapons).id : undefined;
    const data: Record<string, YamlValue | undefined> = {
      term,
      expansion,
      definition: `A ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} used in reports on the ${r.pick(NOUNS)} near ${r.pick(places)}.`,
      entity,
      sources: r.chance(0.3) ? [r.pick(sources).id] : undefined,
    };
    terms.push({ id: term.toLowerCase(), term });
    files.push({ path: `glossary/${term.toLowerCase()}.yaml`, text: `${yaml(data).join('\n')}\n` });
  }

  // ------------------------------------------------------------------------------------
  // Prose

  /** A reference to a page in running text: a wikilink (by id, alias or with own text) or its name. */
  const mention = (e: Entity, link: boolean, start: boolean): string => {
    // A claim's title is a sentence, so it is introduced as one.
    const that = e.collection === 'claims' ? (start ? 'The claim that ' : 'the claim that ') : '';
    const about = e.collection === 'claims' ? (start ? 'The claim about ' : 'the claim about ') : '';
    if (!link) return `${that}${e.title}`;
    const style = r.next();
    if (style < 0.5 || (style < 0.75 && !e.aliases.length)) return `${that}[[${e.id}]]`;
    if (style < 0.75) return `${about}[[${r.pick(e.aliases)}]]`;
    return `[[${e.id}|${start ? cap(e.short) : e.short}]]`;
  };
  const date = () => Day.between(r, EARLIEST, LATEST);
  const acr = (t: Term | undefined, fallback: () => string) => (t ? (r.chance(0.2) ? `${t.term}s` : t.term) : fallback());

  /** One sentence; `m(start)` gives the mention of a page, `t` an optional acronym. */
  const TEMPLATES: Array<(m: (start: boolean) => string, t: Term | undefined) => string> = [
    (m) => `On ${date().prose}, ${m(false)} said that the ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} near ${r.pick(places)} had been ${r.pick(PARTICIPLES)} ${r.pick(TIME_PHRASES)}.`,
    (m) => `${m(true)} ${r.pick(REPORT_VERBS)} the ${r.pick(NOUNS)} in a statement, and gave no figures for the ${r.pick(NOUNS)}.`,
    (m, t) => `According to ${publishers[r.int(0, publishers.length - 1)]!.name}, the ${r.pick(NOUNS)} involved ${r.int(2, 90)} ${plural(r.pick(NOUNS))} and at least one ${acr(t, () => r.pick(ADJECTIVES))} ${r.pick(UNIT_NOUNS)} linked to ${m(false)}.`,
    (m, t) => `Reports from ${r.pick(places)} described a ${r.pick(ADJECTIVES)} ${acr(t, () => r.pick(ADJECTIVES))} ${r.pick(NOUNS)} connected with ${m(false)}.`,
    (m) => `The ${r.pick(NOUNS)} was ${r.pick(ADVERBS)} ${r.pick(PARTICIPLES)} by ${m(false)} in ${date().month}.`,
    (m) => `Officials in ${r.pick(places)} ${r.pick(REPORT_VERBS)} that the ${plural(r.pick(NOUNS))} were ${r.pick(STATES)}, a point ${m(false)} did not dispute.`,
    (m) => `Analysts ${r.pick(REPORT_VERBS)} that the ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} could change how ${m(false)} plans its ${plural(r.pick(NOUNS))}.`,
    (m) => `${m(true)} later ${r.pick(REPORT_VERBS)} that the ${r.pick(NOUNS)} had been ${r.pick(PARTICIPLES)} ${r.pick(TIME_PHRASES)}, without naming a source.`,
    (m, t) => `It is not known how many ${plural(r.pick(NOUNS))} reached ${r.pick(places)}, or when the ${acr(t, () => r.pick(ADJECTIVES))} ${r.pick(NOUNS)} mentioned by ${m(false)} was first ${r.pick(PARTICIPLES)}.`,
    (m, t) => `A ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} of the ${acr(t, () => r.pick(ADJECTIVES))} type was seen near ${r.pick(places)} ${r.pick(TIME_PHRASES)}, and ${m(false)} was named in the report.`,
    (m) => `The same ${r.pick(NOUNS)} is described differently by ${m(false)} and by ${publishers[r.int(0, publishers.length - 1)]!.name}.`,
    (m) => `${m(true)} has not ${r.pick(PARTICIPLES)} the ${r.pick(NOUNS)} in public since ${r.int(2015, 2021)}.`,
  ];

  const SECTIONS: Record<EntityCollection, string[]> = {
    actors: ['In the story', 'Background', 'Positions and statements', 'What is known, and what is not', 'Later developments'],
    weapons: ['In the story', 'Design and development', 'Operators', 'What is known, and what is not', 'Later developments'],
    claims: ['The claim', 'In the story', 'Evidence as of the article', 'Denials', 'Later developments'],
  };

  /** The prose of a page: about 600 words, with its links, citations and acronyms placed. */
  const prose = (page: Entity, links: Entity[], cites: string[], used: Term[]): string => {
    const target = r.int(560, 660);
    const count = Math.round(target / 19);
    const linkAt = new Map<number, Entity>();
    const slots = r.sample(Array.from({ length: count }, (_, i) => i), count);
    links.forEach((e, i) => linkAt.set(slots[i % slots.length]!, e));
    const termAt = new Map<number, Term>();
    const termUses = used.flatMap((t) => Array.from({ length: r.int(1, 3) }, () => t));
    termUses.forEach((t, i) => termAt.set(slots[(slots.length - 1 - i + slots.length) % slots.length]!, t));
    // Templates that have an acronym slot, for sentences that must carry one.
    const withTerm = [2, 3, 8, 9];
    const sentences = Array.from({ length: count }, (_, i) => {
      const linked = linkAt.get(i);
      const other = r.pick(entities);
      const m = (start: boolean) =>
        linked ? mention(linked, true, start) : other !== page && r.chance(0.5) ? mention(other, false, start) : start ? cap(r.pick(GENERIC_MENTIONS)) : r.pick(GENERIC_MENTIONS);
      const t = termAt.get(i);
      return TEMPLATES[t ? r.pick(withTerm) : r.int(0, TEMPLATES.length - 1)]!(m, t);
    });
    // Paragraphs of three to five sentences, each ending with one or two citations.
    const paragraphs: string[] = [];
    let cite = 0;
    for (let i = 0; i < sentences.length; ) {
      const k = Math.min(r.int(3, 5), sentences.length - i);
      const chunk = sentences.slice(i, i + k);
      const ids = [cites[cite++ % cites.length]!];
      if (r.chance(0.25)) ids.push(cites[cite++ % cites.length]!);
      const mark = ids.length > 1 && r.chance(0.5) ? `[${ids.map((id) => `@${id}`).join('; ')}]` : ids.map((id) => `[@${id}]`).join(' ');
      chunk[chunk.length - 1] = chunk[chunk.length - 1]!.replace(/\.$/, ` ${mark}.`);
      paragraphs.push(chunk.join(' '));
      i += k;
    }
    // Every citation at least once: the rest go on the last paragraphs.
    for (; cite < cites.length; cite++) paragraphs[paragraphs.length - 1 - (cite % paragraphs.length)] += ` The ${r.pick(NOUNS)} is also reported in [@${cites[cite]}].`;
    const headings = SECTIONS[page.collection].slice(0, r.int(4, 5));
    const blocks: string[] = [];
    headings.forEach((h, i) => {
      const own = paragraphs.slice(Math.floor((i * paragraphs.length) / headings.length), Math.floor(((i + 1) * paragraphs.length) / headings.length));
      if (own.length) blocks.push(`## ${h}`, ...own);
    });
    if (r.chance(0.2)) {
      blocks.splice(2, 0, `<Aside title="On the figures">\nThe figures in this section come from ${publishers[r.int(0, publishers.length - 1)]!.name} and were not checked independently [@${cites[0]}].\n</Aside>`);
    }
    if (r.chance(0.2)) {
      const speaker = r.pick(actors);
      blocks.push(`<Quote by="${speaker.title}, ${r.pick(ROLE_TITLES).toLowerCase()}">\nThe ${r.pick(NOUNS)} was ${r.pick(PARTICIPLES)} as planned, and we will say more ${r.pick(TIME_PHRASES)} [@${cites[cites.length - 1]}].\n</Quote>`);
    }
    return `\n${blocks.join('\n\n')}\n`;
  };

  // ------------------------------------------------------------------------------------
  // Pages

  const sourcesNear = (own: string, k: number) => [own, ...r.sample(sources, k + 1).map((s) => s.id).filter((id) => id !== own).slice(0, k)];
  const summaryOf = (e: Entity, what: string) =>
    `${e.title} is ${what} that appears in reports on the ${r.pick(NOUNS)} near ${r.pick(places)}. Sources describe its part in the events of ${r.int(2019, 2022)} and what was said about the ${r.pick(NOUNS)} later.`;
  const statement = (cites: string[], actor: Entity, when: Day) => ({
    actor: actor.id,
    date: when,
    said: `Said that the ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} near ${r.pick(places)} had been ${r.pick(PARTICIPLES)}.`,
    sources: r.sample(cites, r.int(1, 2)),
  });

  for (const e of entities) {
    const next = entities[(e.index + 1) % entities.length]!;
    const others = r.sample(entities, r.int(3, 6)).filter((o) => o !== e && o !== next);
    const links = next === e ? others : [next, ...others];
    const cites = sourcesNear(sources[e.index]!.id, r.int(4, 6));
    const used = r.sample(terms, r.int(2, 5));
    let data: Record<string, YamlValue | undefined>;
    if (e.collection === 'actors') {
      const org = organizations.filter((o) => o !== e);
      const person = e.kind === 'person';
      data = {
        title: e.title,
        kind: e.kind!,
        country: e.country,
        aliases: e.aliases,
        summary: summaryOf(e, person ? `a ${r.pick(ROLE_TITLES).toLowerCase()} from ${e.country}` : `${/^[aeiou]/i.test(ACTOR_KINDS[e.kind!]) ? 'an' : 'a'} ${ACTOR_KINDS[e.kind!].toLowerCase()}${e.country ? ` of ${e.country}` : ''}`),
        roles: person
          ? Array.from({ length: r.int(1, 2) }, () => ({
              title: r.pick(ROLE_TITLES),
              organization: org.length ? r.pick(org).id : undefined,
              from: Day.between(r, EARLIEST, ARTICLE_DAY),
              asOf: Day.between(r, ARTICLE_DAY, LATEST),
              sources: r.sample(cites, r.int(1, 2)),
            }))
          : undefined,
        partOf: ['ministry', 'agency', 'armed-forces'].includes(e.kind!) && governments.length ? [r.pick(governments).id] : undefined,
        stateAffiliated: e.kind === 'media' && r.chance(0.3) ? true : undefined,
      };
    } else if (e.collection === 'weapons') {
      const operatorCountries = r.sample(countries, r.int(1, 3));
      data = {
        title: e.title,
        category: r.pick(WEAPON_CATEGORY_VALUES),
        origin: e.country!,
        aliases: e.aliases,
        summary: summaryOf(e, `a weapon system from ${e.country}`),
        makers: companies.length ? r.sample(companies, r.int(1, 2)).map((c) => c.id) : undefined,
        operators: operatorCountries.map((name) => {
          const gov = governments.find((g) => g.country === name);
          return { name, actor: gov?.id, since: String(r.int(1995, 2023)), sources: r.sample(cites, 1) };
        }),
        specs: r.sample(SPEC_LABELS, r.int(2, 4)).map(([label, value]) => ({
          label,
          value: value(r),
          source: r.pick(cites),
          asOf: Day.between(r, EARLIEST, LATEST),
        })),
        firstUse: r.chance(0.5) ? { text: `First seen near ${r.pick(places)}`, date: String(r.int(2010, 2022)), sources: r.sample(cites, 1) } : undefined,
      };
    } else {
      // A claim: claimants and deniers, and a status history that starts by the article's date.
      const speakers = actors.filter((a) => a.kind === 'person' || a.kind === 'government' || a.kind === 'ministry');
      const pool = speakers.length ? speakers : actors;
      const first = Day.between(r, new Day(2021, 6, 1), ARTICLE_DAY);
      const statuses: ClaimStatus[] = [r.pick(['unverified', 'contested', 'corroborated', 'not-checkable'] as const)];
      const history = [{ date: first, status: statuses[0]!, why: `Reports described the ${r.pick(NOUNS)} near ${r.pick(places)}, but no independent evidence was public.`, sources: r.sample(cites, r.int(1, 2)) }];
      let when = first;
      for (let k = r.int(0, 2); k > 0; k--) {
        when = Day.between(r, new Day(when.y, when.m, when.d), LATEST);
        if (when.time <= history.at(-1)!.date.time) continue;
        history.push({ date: when, status: r.pick(CLAIM_STATUS_VALUES), why: `New reports on the ${r.pick(NOUNS)} changed how the claim stood.`, sources: r.sample(cites, r.int(1, 2)) });
      }
      // At least two publishers among its sources.
      if (new Set(cites.map(publisherOf)).size < 2) {
        const other = sources.find((s) => s.publisher !== publisherOf(cites[0]!));
        if (other) cites.push(other.id);
      }
      const concerns = weapons.length ? r.sample(weapons, r.int(1, 2)).map((w) => w.id) : undefined;
      data = {
        title: e.title,
        claim: `${r.pick(pool).title} said that ${e.title}; others denied it.`,
        aliases: e.aliases,
        summary: summaryOf(e, 'a disputed claim'),
        claimants: r.sample(pool, r.int(1, 2)).map((a) => statement(cites, a, Day.between(r, new Day(2021, 6, 1), LATEST))),
        deniers: r.sample(pool, r.int(0, 2)).map((a) => statement(cites, a, Day.between(r, new Day(2021, 6, 1), LATEST))),
        history,
        checked: CHECKED_DAY,
        singleSource: false,
        weapons: concerns,
        actors: actors.length ? r.sample(actors, r.int(1, 2)).map((a) => a.id) : undefined,
      };
    }
    files.push({ path: `${e.collection}/${e.id}.mdx`, text: `---\n${yaml(data).join('\n')}\n---\n${prose(e, links, cites, used)}` });
  }

  // Events: one per eight pages, each naming a few pages (the first always names page 0).
  const eventIds = new Set<string>();
  for (let i = 0; i < Math.max(1, Math.round(n / 8)); i++) {
    const when = Day.between(r, EARLIEST, LATEST);
    const who = i === 0 ? entities[0]! : r.pick(actors);
    let title: string;
    let id: string;
    do {
      title = `${who.title} ${r.pick(REPORT_VERBS)} ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} near ${r.pick(places)}`;
      id = `${when.iso}-${kebab(title).split('-').slice(-4).join('-')}`;
    } while (eventIds.has(id));
    eventIds.add(id);
    const involved = [who, ...r.sample(entities, r.int(1, 4))].filter((e, k, all) => all.indexOf(e) === k);
    const of = (c: EntityCollection) => involved.filter((e) => e.collection === c).map((e) => e.id);
    const data: Record<string, YamlValue | undefined> = {
      date: when,
      title,
      text: `${who.title} ${r.pick(REPORT_VERBS)} that the ${r.pick(NOUNS)} near ${r.pick(places)} had been ${r.pick(PARTICIPLES)}. Other accounts of the ${r.pick(NOUNS)} differ.`,
      actors: of('actors'),
      weapons: of('weapons'),
      claims: of('claims'),
      sources: r.sample(sources, r.int(1, 2)).map((s) => s.id),
    };
    files.push({ path: `events/${id}.yaml`, text: `${yaml(data).join('\n')}\n` });
  }

  return [...files, ...SUPPORT_FILES].sort((a, b) => a.path.localeCompare(b.path));
}
