/**
 * The outlets the content guide names (/work/shared/CONTENT-GUIDE.md, "Ownership and state
 * media"), and the syndication and aggregation sites the source review found carrying other
 * outlets' reports. The content check holds every source record to them
 * (src/lib/source-rules.ts); the provenance audit counts on them (src/lib/provenance.ts).
 */

/** An outlet whose ownership the guide rules on. */
export interface KnownOutlet {
  /** The outlet's usual name. */
  name: string;
  /** Other names a `publisher` may give it, compared without case. */
  aliases: readonly string[];
  /** Its hosts; a subdomain matches too. */
  hosts: readonly string[];
}

/** A state-owned or state-funded outlet with editorial independence in law or charter. */
export interface StateFundedOutlet extends KnownOutlet {
  /** What the ownership note of a record from it says, at least in substance. */
  ownership: string;
}

/**
 * Outlets under a government's editorial control: kind `state-affiliated-media`, labelled
 * wherever cited.
 */
export const STATE_AFFILIATED: readonly KnownOutlet[] = [
  { name: 'PressTV', aliases: ['Press TV', 'PressTV (French)'], hosts: ['presstv.ir', 'presstv.com'] },
  { name: 'Mehr News Agency', aliases: ['Mehr'], hosts: ['mehrnews.com'] },
  { name: 'IRNA', aliases: ['Islamic Republic News Agency'], hosts: ['irna.ir'] },
  { name: 'Tasnim News Agency', aliases: ['Tasnim'], hosts: ['tasnimnews.com'] },
  { name: 'Tehran Times', aliases: [], hosts: ['tehrantimes.com'] },
  { name: 'RT', aliases: ['Russia Today'], hosts: ['rt.com'] },
  { name: 'TASS', aliases: [], hosts: ['tass.com', 'tass.ru'] },
  { name: 'RIA Novosti', aliases: ['RIA'], hosts: ['ria.ru'] },
  { name: 'Sputnik', aliases: [], hosts: ['sputnikglobe.com', 'sputniknews.com'] },
  { name: 'Zvezda', aliases: ['TV Zvezda'], hosts: ['tvzvezda.ru'] },
  { name: 'Xinhua', aliases: ['Xinhua News Agency'], hosts: ['xinhuanet.com', 'news.cn'] },
  { name: 'Kuwait News Agency (KUNA)', aliases: ['KUNA', 'Kuwait News Agency'], hosts: ['kuna.net.kw'] },
  { name: 'Ukrinform', aliases: [], hosts: ['ukrinform.net', 'ukrinform.ua'] },
];

/**
 * State-owned or state-funded outlets with editorial independence in law or charter: their
 * ordinary kind, plus an ownership note naming the state and the arrangement.
 */
export const STATE_FUNDED: readonly StateFundedOutlet[] = [
  {
    name: 'BBC',
    aliases: ['BBC News'],
    hosts: ['bbc.com', 'bbc.co.uk'],
    ownership: 'A UK public corporation established by Royal Charter, funded mainly by the licence fee.',
  },
  {
    name: 'Deutsche Welle',
    aliases: ['DW'],
    hosts: ['dw.com'],
    ownership: "Germany's international broadcaster, funded by the German federal government; editorially independent under the Deutsche Welle Act.",
  },
  {
    name: 'Radio Free Europe/Radio Liberty',
    aliases: ['RFE/RL'],
    hosts: ['rferl.org'],
    ownership: 'Funded by the US Congress through the US Agency for Global Media; editorially independent under US law.',
  },
  {
    name: 'NHK World-Japan',
    aliases: ['NHK'],
    hosts: ['nhk.or.jp'],
    ownership: "Japan's public broadcaster, a corporation established under Japan's Broadcast Act.",
  },
  {
    name: 'RaiNews',
    aliases: ['RAI', 'Rai News'],
    hosts: ['rainews.it', 'rai.it'],
    ownership: "Part of RAI, Italy's public broadcaster, owned by the Italian state.",
  },
  {
    name: 'TASR',
    aliases: ['TASR (teraz.sk)', 'News Agency of the Slovak Republic'],
    hosts: ['teraz.sk', 'tasr.sk'],
    ownership: "The Slovak Republic's public news agency, established by Slovak law.",
  },
  { name: 'Al Jazeera', aliases: ['Al Jazeera English'], hosts: ['aljazeera.com', 'aljazeera.net'], ownership: 'Funded by the government of Qatar.' },
  {
    name: 'Al Arabiya',
    aliases: ['Al Arabiya English'],
    hosts: ['alarabiya.net'],
    ownership: 'Saudi-owned: part of MBC Group, reported to be majority-owned by the Saudi state since 2018.',
  },
  {
    name: 'Arab News',
    aliases: [],
    hosts: ['arabnews.com', 'arabnews.pk'],
    ownership: 'A Saudi-owned newspaper, published by the Saudi Research and Media Group.',
  },
];

/** A site that carries other outlets' reports and is never itself the publisher of one. */
export interface CopyHost {
  host: string;
  /** What the site is, for the message. */
  what: string;
}

/**
 * The syndication, aggregation and transcription sites the source review found. Sites that
 * write their own summaries of others' reports (Newser, Benzinga) are not here: they are
 * publishers of retellings (`retells:`).
 */
export const COPY_HOSTS: readonly CopyHost[] = [
  { host: 'devdiscourse.com', what: 'a portal that publishes wire feeds automatically' },
  { host: 'spacewar.com', what: 'a Space Media Network site that reposts AFP wire copy' },
  { host: 'nasdaq.com', what: "an exchange operator's site that reposts Reuters" },
  { host: 'marketscreener.com', what: 'a financial site that reposts wire copy' },
  { host: 'news.yahoo.com', what: 'a syndication portal' },
  { host: 'rev.com', what: 'a commercial transcription company' },
  { host: 'ballotpedia.org', what: 'a wiki that reproduces government texts' },
  { host: 'publicnow.com', what: 'a site that reposts press releases' },
];

/** The host of an address, without "www.", or undefined when it is not one. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** Whether `host` is `domain` or a subdomain of it. */
const onDomain = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/** The outlet of a list that a publisher name or address belongs to. */
function find<T extends KnownOutlet>(outlets: readonly T[], publisher: string, url?: string): T | undefined {
  const name = publisher.trim().toLowerCase();
  const host = hostOf(url);
  return outlets.find((o) => [o.name, ...o.aliases].some((n) => n.toLowerCase() === name) || (host !== undefined && o.hosts.some((h) => onDomain(host, h))));
}

/** The guide's state-affiliated outlet a source's publisher (or original address) is, if any. */
export const stateAffiliatedOutlet = (publisher: string, url?: string) => find(STATE_AFFILIATED, publisher, url);

/** The guide's state-owned or state-funded outlet a source's publisher (or original address) is, if any. */
export const stateFundedOutlet = (publisher: string, url?: string) => find(STATE_FUNDED, publisher, url);

/** The known syndication or aggregation site an address is on, if any. */
export function copyHost(url: string | undefined): CopyHost | undefined {
  const host = hostOf(url);
  return host === undefined ? undefined : COPY_HOSTS.find((c) => onDomain(host, c.host));
}

/** Whether a publisher name is a known copy host's (e.g. "Devdiscourse (Reuters)" for devdiscourse.com). */
export function namesCopyHost(publisher: string): CopyHost | undefined {
  const words = publisher.toLowerCase().replace(/[^a-z0-9.]+/g, ' ');
  return COPY_HOSTS.find((c) => words.split(' ').some((w) => w === c.host || w === c.host.split('.').at(-2) || w === c.host.replace(/\.[a-z]+$/, '')));
}
