/**
 * What index pages show for each entry: title, link, summary and a short descriptor
 * (an actor's kind and country, a weapon's category, a claim's latest status).
 */
import { latestStatus } from './claims.ts';
import { titleOf, type EntryLike } from './entries.ts';
import { entryUrl } from './urls.ts';
import { ACTOR_KINDS, WEAPON_CATEGORIES, type ClaimStatus, type EntityCollection } from './vocabulary.ts';

/** One row of an index page. */
export interface ListItem {
  href: string;
  title: string;
  summary: string;
  /** A short descriptor shown after the title. */
  meta: string;
  /** For claims: the latest status, shown as a badge. */
  status?: ClaimStatus;
}

/** The index row of an actor, weapon or claim. */
export function listItem(entry: EntryLike<EntityCollection>): ListItem {
  const base = { href: entryUrl(entry.collection, entry.id), title: titleOf(entry), summary: entry.data.summary };
  switch (entry.collection) {
    case 'actors':
      return { ...base, meta: [ACTOR_KINDS[entry.data.kind], entry.data.country].filter(Boolean).join(', ') };
    case 'weapons':
      return { ...base, meta: [WEAPON_CATEGORIES[entry.data.category], entry.data.origin].filter(Boolean).join(', ') };
    case 'claims': {
      const latest = latestStatus(entry.data.history ?? []);
      return { ...base, meta: 'Latest status', status: latest?.status };
    }
  }
}
