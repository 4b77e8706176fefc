/**
 * What index pages show for each entry: title, link, summary and a short descriptor
 * (an actor's kind and country, a weapon's category, a claim's latest status).
 */
import { latestStatus, type StatusChange } from './claims.ts';
import type { EntryLike } from './graph.ts';
import { titleOf } from './graph.ts';
import { entryUrl } from './urls.ts';
import { ACTOR_KINDS, WEAPON_CATEGORIES, type ActorKind, type ClaimStatus, type EntityCollection, type WeaponCategory } from './vocabulary.ts';

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

interface EntityData {
  summary: string;
  kind?: ActorKind;
  country?: string;
  category?: WeaponCategory;
  origin?: string;
  history?: StatusChange[];
}

/** The index row of an actor, weapon or claim. */
export function listItem(entry: EntryLike & { collection: EntityCollection }): ListItem {
  const data = entry.data as EntityData;
  const base = { href: entryUrl(entry.collection, entry.id), title: titleOf(entry), summary: data.summary };
  switch (entry.collection) {
    case 'actors':
      return { ...base, meta: [data.kind && ACTOR_KINDS[data.kind], data.country].filter(Boolean).join(', ') };
    case 'weapons':
      return { ...base, meta: [data.category && WEAPON_CATEGORIES[data.category], data.origin].filter(Boolean).join(', ') };
    case 'claims': {
      const latest = latestStatus(data.history ?? []);
      return { ...base, meta: 'Latest status', status: latest?.status };
    }
  }
}
