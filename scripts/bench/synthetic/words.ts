/**
 * The word lists the synthetic content is made from: syllables for made-up names, plain
 * nouns, verbs and phrases for sentences, and letters with words for made-up acronyms.
 */
import type { Random } from './random.ts';

export const ONSETS = ['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'gr', 'kr', 'st', 'tr', 'sh', 'ch', 'pl'];
export const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'o', 'ai', 'ea', 'ou'];
export const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'k', 'm', 'v', 'th'];
export const COUNTRY_ENDINGS = ['ia', 'ova', 'and', 'ar', 'esh', 'istan', 'ia', 'ora'];

/** Words a made-up name must never be: placeholders the audit refuses, and words MDX reads as code. */
export const BANNED = /^(todo|tbd|fixme|lorem|ipsum|placeholder|import|export|not|iii)$/i;

export const NOUNS = [
  'report',
  'convoy',
  'shipment',
  'factory',
  'briefing',
  'statement',
  'agreement',
  'programme',
  'contract',
  'delivery',
  'trial',
  'launch',
  'unit',
  'battery',
  'site',
  'port',
  'route',
  'budget',
  'plan',
  'team',
  'inquiry',
  'order',
  'exercise',
  'depot',
  'warehouse',
  'airfield',
  'radar',
  'engine',
  'component',
  'warhead',
  'launcher',
  'vehicle',
  'sensor',
  'bridge',
  'workshop',
  'meeting',
  'visit',
  'licence',
  'payment',
  'cargo',
  'flight',
  'vessel',
  'harbour',
  'plant',
  'laboratory',
  'survey',
  'photograph',
  'document',
  'letter',
  'interview',
  'hearing',
  'contractor',
  'supplier',
];
export const ADJECTIVES = [
  'new',
  'large',
  'small',
  'early',
  'late',
  'northern',
  'southern',
  'eastern',
  'western',
  'official',
  'public',
  'limited',
  'regular',
  'modern',
  'older',
  'joint',
  'heavy',
  'light',
  'regional',
  'second',
  'first',
  'final',
  'partial',
  'mobile',
  'coastal',
  'temporary',
  'permanent',
  'formal',
  'separate',
  'recent',
];
export const REPORT_VERBS = [
  'said',
  'reported',
  'confirmed',
  'denied',
  'announced',
  'noted',
  'argued',
  'suggested',
  'stated',
  'claimed',
  'wrote',
  'told reporters',
  'maintained',
  'repeated',
];
export const PARTICIPLES = [
  'moved',
  'delivered',
  'tested',
  'built',
  'inspected',
  'repaired',
  'approved',
  'delayed',
  'cancelled',
  'expanded',
  'reduced',
  'described',
  'photographed',
  'recorded',
  'seized',
  'returned',
  'assembled',
  'shipped',
  'funded',
  'stored',
];
export const STATES = [
  'complete',
  'incomplete',
  'delayed',
  'on schedule',
  'under review',
  'in storage',
  'in service',
  'out of service',
  'larger than planned',
  'smaller than planned',
];
export const TIME_PHRASES = [
  'later that month',
  'by the end of the year',
  'within a few weeks',
  'in the following spring',
  'before the summer',
  'during the winter',
  'over several days',
  'at the start of the month',
];
export const ADVERBS = ['quickly', 'quietly', 'partly', 'formally', 'briefly', 'publicly', 'first', 'again'];
export const GENERIC_MENTIONS = [
  'the ministry',
  'the spokesman',
  'the company',
  'a senior official',
  'the government',
  'the agency',
  'two officials',
  'the embassy',
  'a regional governor',
  'the defence committee',
];
export const DOMAINS = ['Defence', 'Foreign Affairs', 'Interior', 'Industry', 'Energy', 'Trade', 'Transport', 'Finance', 'Justice', 'Communications'];
export const COMPANY_SUFFIXES = ['Industries', 'Dynamics', 'Aerospace', 'Systems', 'Machine Works', 'Engineering', 'Electronics', 'Motors'];
export const MEDIA_FORMS = ['The {} Herald', '{} Daily', '{} Radio', 'The {} Observer', '{} Television'];
export const FORCES = ['Armed Forces', 'Air Force', 'Navy', 'Army', 'Border Guard', 'Air Defence Forces'];
export const ROLE_TITLES = [
  'Minister',
  'Deputy Minister',
  'Spokesman',
  'Spokeswoman',
  'Chief of Staff',
  'Director',
  'Adviser',
  'Press Secretary',
  'Ambassador',
  'Commander',
  'Chief Executive',
  'Analyst',
];
export const WEAPON_NOUNS = ['drones', 'missiles', 'rockets', 'launchers', 'shells', 'radars'];
export const SPEC_LABELS: Array<[string, (r: Random) => string]> = [
  ['Range', (r) => `up to ${r.int(2, 60) * 10} km`],
  ['Speed', (r) => `about ${r.int(12, 90) * 10} km/h`],
  ['Length', (r) => `${r.int(15, 120) / 10} m`],
  ['Weight', (r) => `${r.int(4, 400) * 5} kg`],
  ['Warhead', (r) => `${r.int(2, 100) * 5} kg`],
];
export const PUBLISHER_FORMS: Array<[string, string]> = [
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
export const EXPANSION_WORDS: Record<string, string[]> = {
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
export const ACRONYM_LETTERS = Object.keys(EXPANSION_WORDS);
export const UNIT_NOUNS = ['unit', 'battery', 'team', 'site', 'programme', 'office'];

/** The word with its first letter in capitals. */
export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The plural of a plain English noun ("battery" → "batteries", "launch" → "launches"). */
export const plural = (w: string) => (/[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : /(s|sh|ch|x)$/.test(w) ? `${w}es` : `${w}s`);
