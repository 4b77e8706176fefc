/**
 * The synthetic entity pages: frontmatter (actors.ts, weapons.ts, claims.ts) and prose
 * (prose.ts). Page i links to page i + 1, a ring through all pages so each is linked from
 * another, besides random links; it cites source i and four to six others.
 */
import type { EntityCollection } from '../../../src/lib/vocabulary.ts';
import { actorData } from './actors.ts';
import { claimData } from './claims.ts';
import type { Entity, SyntheticFile, World } from './model.ts';
import { prose } from './prose.ts';
import { weaponData } from './weapons.ts';
import { yamlText, type YamlMap } from './yaml.ts';

const DATA: Record<EntityCollection, (w: World, e: Entity, cites: string[]) => YamlMap> = {
  actors: actorData,
  weapons: weaponData,
  claims: claimData,
};

/** The page's own source first, then `k` others. */
function sourcesNear({ r, sources }: World, own: string, k: number): string[] {
  return [
    own,
    ...r
      .sample(sources, k + 1)
      .map((s) => s.id)
      .filter((id) => id !== own)
      .slice(0, k),
  ];
}

/** One MDX file per entity. */
export function makePages(w: World): SyntheticFile[] {
  const { r, entities } = w;
  return entities.map((e) => {
    const next = entities[(e.index + 1) % entities.length]!;
    const others = r.sample(entities, r.int(3, 6)).filter((o) => o !== e && o !== next);
    const links = next === e ? others : [next, ...others];
    const cites = sourcesNear(w, w.sources[e.index]!.id, r.int(4, 6));
    const used = r.sample(w.terms, r.int(2, 5));
    // The data first: a claim may add a source to `cites`, which the prose must then cite.
    const data = DATA[e.collection](w, e, cites);
    return { path: `${e.collection}/${e.id}.mdx`, text: `---\n${yamlText(data)}---\n${prose(w, e, links, cites, used)}` };
  });
}
