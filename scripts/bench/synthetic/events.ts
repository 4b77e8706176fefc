/** The synthetic timeline: one event per eight pages, each naming a few pages and citing sources. */
import { kebabCase } from '../../../src/lib/content-check.ts';
import type { EntityCollection } from '../../../src/lib/vocabulary.ts';
import { Day, EARLIEST, LATEST } from './day.ts';
import type { SyntheticFile, World } from './model.ts';
import { ADJECTIVES, NOUNS, PARTICIPLES, REPORT_VERBS } from './words.ts';
import { yamlText } from './yaml.ts';

/** The event files; the first always names page 0, so a one-page set has an event too. */
export function makeEvents(w: World, n: number): SyntheticFile[] {
  const { r, entities, actors, sources, places } = w;
  const ids = new Set<string>();
  const files: SyntheticFile[] = [];
  for (let i = 0; i < Math.max(1, Math.round(n / 8)); i++) {
    const when = Day.between(r, EARLIEST, LATEST);
    const who = i === 0 ? entities[0]! : r.pick(actors);
    let title: string;
    let id: string;
    do {
      title = `${who.title} ${r.pick(REPORT_VERBS)} ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} near ${r.pick(places)}`;
      id = `${when.iso}-${kebabCase(title).split('-').slice(-4).join('-')}`;
    } while (ids.has(id));
    ids.add(id);
    const involved = [who, ...r.sample(entities, r.int(1, 4))].filter((e, k, all) => all.indexOf(e) === k);
    const of = (c: EntityCollection) => involved.filter((e) => e.collection === c).map((e) => e.id);
    const text = yamlText({
      date: when,
      title,
      text: `${who.title} ${r.pick(REPORT_VERBS)} that the ${r.pick(NOUNS)} near ${r.pick(places)} had been ${r.pick(PARTICIPLES)}. Other accounts of the ${r.pick(NOUNS)} differ.`,
      actors: of('actors'),
      weapons: of('weapons'),
      claims: of('claims'),
      sources: r.sample(sources, r.int(1, 2)).map((s) => s.id),
    });
    files.push({ path: `events/${id}.yaml`, text });
  }
  return files;
}
