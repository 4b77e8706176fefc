/**
 * The pages of the synthetic set, named: actors (people and organizations of made-up
 * countries), weapon systems with designations, and claims that one country supplied
 * another. Their frontmatter and prose are written later (actors.ts, weapons.ts,
 * claims.ts, prose.ts).
 */
import { kebabCase } from '../../../src/lib/content-check.ts';
import type { ActorKind, EntityCollection } from '../../../src/lib/vocabulary.ts';
import type { Entity } from './model.ts';
import type { Names, Namer } from './namer.ts';
import type { Random } from './random.ts';
import { COMPANY_SUFFIXES, DOMAINS, FORCES, MEDIA_FORMS, WEAPON_NOUNS } from './words.ts';

/** How often each kind of actor appears; the rest are people. */
const KINDS: Array<[ActorKind, number]> = [
  ['person', 0.5],
  ['government', 0.08],
  ['ministry', 0.1],
  ['agency', 0.06],
  ['armed-forces', 0.06],
  ['company', 0.1],
  ['media', 0.05],
  ['alliance', 0.03],
  ['international-organization', 0.02],
];

function pickKind(r: Random): ActorKind {
  let x = r.next();
  for (const [k, p] of KINDS) if ((x -= p) < 0) return k;
  return 'person';
}

/** An actor's title and aliases, and how the prose refers to it ("the ministry"). */
function actorNames(r: Random, namer: Namer, kind: ActorKind, country: string | undefined): { title: string; aliases: string[]; short: string } {
  const w = namer.madeUp();
  switch (kind) {
    case 'person': {
      const last = namer.madeUp(2, 3);
      const aliases = [`${w.charAt(0)}. ${last}`, `${w} ${last.replace(/k/g, 'c').replace(/v/g, 'w')}`];
      return { title: `${w} ${last}`, aliases, short: r.pick(['the spokesman', 'the minister', 'the official', 'the adviser']) };
    }
    case 'government':
      return { title: `Government of ${country} ${w}`, aliases: [`${w} government of ${country}`], short: 'the government' };
    case 'ministry': {
      const domain = r.pick(DOMAINS);
      return { title: `${country} ${w} Ministry of ${domain}`, aliases: [`${w} ${domain.toLowerCase()} ministry`], short: 'the ministry' };
    }
    case 'agency':
      return { title: `${country} ${w} ${r.pick(DOMAINS)} Agency`, aliases: [`${w} Agency`], short: 'the agency' };
    case 'armed-forces':
      return { title: `${country} ${w} ${r.pick(FORCES)}`, aliases: [`${w} forces`], short: 'the armed forces' };
    case 'company':
      return { title: `${w} ${r.pick(COMPANY_SUFFIXES)}`, aliases: [w], short: 'the company' };
    case 'media':
      return { title: r.pick(MEDIA_FORMS).replace('{}', w), aliases: [`${w} media`], short: 'the outlet' };
    case 'alliance':
      return { title: `${w} ${r.pick(['Pact', 'Union', 'Alliance', 'Treaty Organization'])}`, aliases: [`${w} bloc`], short: 'the alliance' };
    default:
      return { title: `${w} ${r.pick(['Council', 'Commission', 'Organization'])} for ${r.pick(DOMAINS)}`, aliases: [`${w} Council`], short: 'the council' };
  }
}

/** The named pages: `mix.actors` actors, then weapons, then claims about those weapons. */
export function makeEntities(r: Random, namer: Namer, countries: string[], mix: Record<EntityCollection, number>): Entity[] {
  const entities: Entity[] = [];
  const add = (e: Omit<Entity, 'index'>) => entities.push({ ...e, index: entities.length });
  for (let i = 0; i < mix.actors; i++) {
    const kind = pickKind(r);
    const country = kind === 'alliance' || kind === 'international-organization' ? undefined : r.pick(countries);
    let short = '';
    const names = namer.named(() => {
      const made = actorNames(r, namer, kind, country);
      short = made.short;
      return { id: kebabCase(made.title), title: made.title, aliases: made.aliases };
    });
    add({ collection: 'actors', ...names, short, kind, country });
  }
  for (let i = 0; i < mix.weapons; i++) {
    const names = namer.named(() => {
      const title = `${namer.madeUp(2, 2)}-${r.int(1, 40) * (r.chance(0.5) ? 10 : 1)}`;
      const aliases = [`${namer.madeUp(2, 2)}-${r.int(1, 9)}`];
      if (r.chance(0.4)) aliases.push(`${title} ${r.pick(['system', 'series', 'family'])}`);
      return { id: kebabCase(title), title, aliases };
    });
    add({ collection: 'weapons', ...names, short: r.pick(['the system', 'the weapon', 'the design']), country: r.pick(countries) });
  }
  const weapons = entities.filter((e) => e.collection === 'weapons');
  for (let i = 0; i < mix.claims; i++) add({ collection: 'claims', ...claimNames(r, namer, countries, weapons), short: 'the claim' });
  return entities;
}

/** A claim's names: "Drakia supplied Vorel-20 drones to Ostrand". */
function claimNames(r: Random, namer: Namer, countries: string[], weapons: Entity[]): Names {
  return namer.named(() => {
    const from = r.pick(countries);
    const to = r.pick(countries.filter((c) => c !== from));
    const thing = weapons.length ? r.pick(weapons).title : namer.madeUp();
    const noun = r.pick(WEAPON_NOUNS);
    const verb = r.pick(['supplied', 'sold', 'shipped', 'promised']);
    const title = `${from} ${verb} ${thing} ${noun} to ${to}`;
    return { id: kebabCase(`${from} ${thing} ${noun} to ${to}`), title, aliases: [`${thing} ${noun} for ${to}`, `${from}-${to} ${noun} deal`] };
  });
}
