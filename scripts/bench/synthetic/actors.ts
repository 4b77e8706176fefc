/** The frontmatter of a synthetic actor page: kind, country, aliases, summary, roles and what it is part of. */
import { ACTOR_KINDS } from '../../../src/lib/vocabulary.ts';
import { ARTICLE_DAY, Day, EARLIEST, LATEST } from './day.ts';
import type { Entity, World } from './model.ts';
import { summaryOf } from './summary.ts';
import { ROLE_TITLES } from './words.ts';
import type { YamlMap } from './yaml.ts';

/** An actor's fields; a person gets one or two roles in organizations of the set. */
export function actorData(w: World, e: Entity, cites: string[]): YamlMap {
  const { r } = w;
  const kind = e.kind!;
  const person = kind === 'person';
  const organizations = w.actors.filter((o) => o !== e && o.kind !== 'person' && o.kind !== 'media');
  const governments = w.actors.filter((a) => a.kind === 'government');
  const label = ACTOR_KINDS[kind].toLowerCase();
  const what = person
    ? `a ${r.pick(ROLE_TITLES).toLowerCase()} from ${e.country}`
    : `${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label}${e.country ? ` of ${e.country}` : ''}`;
  return {
    title: e.title,
    kind,
    country: e.country,
    aliases: e.aliases,
    summary: summaryOf(w, e, what),
    roles: person
      ? Array.from({ length: r.int(1, 2) }, () => ({
          title: r.pick(ROLE_TITLES),
          organization: organizations.length ? r.pick(organizations).id : undefined,
          from: Day.between(r, EARLIEST, ARTICLE_DAY),
          asOf: Day.between(r, ARTICLE_DAY, LATEST),
          sources: r.sample(cites, r.int(1, 2)),
        }))
      : undefined,
    partOf: ['ministry', 'agency', 'armed-forces'].includes(kind) && governments.length ? [r.pick(governments).id] : undefined,
    stateAffiliated: kind === 'media' && r.chance(0.3) ? true : undefined,
  };
}
