/** The frontmatter of a synthetic claim page: claimants, deniers, and a status history that starts by the article's date. */
import { CLAIM_STATUS_VALUES, type ClaimStatus } from '../../../src/lib/vocabulary.ts';
import { ARTICLE_DAY, CHECKED_DAY, Day, LATEST } from './day.ts';
import type { Entity, World } from './model.ts';
import { summaryOf } from './summary.ts';
import { ADJECTIVES, NOUNS, PARTICIPLES } from './words.ts';
import type { YamlMap } from './yaml.ts';

/** The earliest day a claim is made on. */
const FIRST_CLAIM = new Day(2021, 6, 1);
/** The statuses a claim may start with: not yet settled either way. */
const OPENING: readonly ClaimStatus[] = ['unverified', 'contested', 'corroborated', 'not-checkable'];

/** One claimant's or denier's statement. */
function statement(w: World, cites: string[], actor: Entity) {
  const { r } = w;
  return {
    actor: actor.id,
    date: Day.between(r, FIRST_CLAIM, LATEST),
    said: `Said that the ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} near ${r.pick(w.places)} had been ${r.pick(PARTICIPLES)}.`,
    sources: r.sample(cites, r.int(1, 2)),
  };
}

/** One to three status changes, oldest first, the first on or before the article's day. */
function history(w: World, cites: string[]) {
  const { r } = w;
  const first = Day.between(r, FIRST_CLAIM, ARTICLE_DAY);
  const changes = [
    {
      date: first,
      status: r.pick(OPENING),
      why: `Reports described the ${r.pick(NOUNS)} near ${r.pick(w.places)}, but no independent evidence was public.`,
      sources: r.sample(cites, r.int(1, 2)),
    },
  ];
  let when = first;
  for (let k = r.int(0, 2); k > 0; k--) {
    when = Day.between(r, when, LATEST);
    if (when.time <= changes.at(-1)!.date.time) continue;
    changes.push({
      date: when,
      status: r.pick(CLAIM_STATUS_VALUES),
      why: `New reports on the ${r.pick(NOUNS)} changed how the claim stood.`,
      sources: r.sample(cites, r.int(1, 2)),
    });
  }
  return changes;
}

/**
 * A claim's fields. `cites` may gain a source, so the claim has two independent
 * publishers as the audit requires.
 */
export function claimData(w: World, e: Entity, cites: string[]): YamlMap {
  const { r } = w;
  const speakers = w.actors.filter((a) => a.kind === 'person' || a.kind === 'government' || a.kind === 'ministry');
  const pool = speakers.length ? speakers : w.actors;
  const changes = history(w, cites);
  const publisherOf = (id: string) => w.publisherOf.get(id);
  // At least two publishers among its sources.
  if (new Set(cites.map(publisherOf)).size < 2) {
    const other = w.sources.find((s) => s.publisher !== publisherOf(cites[0]!));
    if (other) cites.push(other.id);
  }
  return {
    title: e.title,
    claim: `${r.pick(pool).title} said that ${e.title}; others denied it.`,
    aliases: e.aliases,
    summary: summaryOf(w, e, 'a disputed claim'),
    claimants: r.sample(pool, r.int(1, 2)).map((a) => statement(w, cites, a)),
    deniers: r.sample(pool, r.int(0, 2)).map((a) => statement(w, cites, a)),
    history: changes,
    checked: CHECKED_DAY,
    singleSource: false,
    weapons: w.weapons.length ? r.sample(w.weapons, r.int(1, 2)).map((x) => x.id) : undefined,
    actors: w.actors.length ? r.sample(w.actors, r.int(1, 2)).map((a) => a.id) : undefined,
  };
}
