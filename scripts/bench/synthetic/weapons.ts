/** The frontmatter of a synthetic weapon page: category, origin, makers, operators, specs and first use. */
import { WEAPON_CATEGORY_VALUES } from '../../../src/lib/vocabulary.ts';
import { Day, EARLIEST, LATEST } from './day.ts';
import type { Entity, World } from './model.ts';
import type { Random } from './random.ts';
import { summaryOf } from './summary.ts';
import type { YamlMap } from './yaml.ts';

/** Specification rows: a label and a made-up figure. */
const SPECS: Array<[string, (r: Random) => string]> = [
  ['Range', (r) => `up to ${r.int(2, 60) * 10} km`],
  ['Speed', (r) => `about ${r.int(12, 90) * 10} km/h`],
  ['Length', (r) => `${r.int(15, 120) / 10} m`],
  ['Weight', (r) => `${r.int(4, 400) * 5} kg`],
  ['Warhead', (r) => `${r.int(2, 100) * 5} kg`],
];

/** A weapon's fields; its operators are countries, linked to their government's page when the set has one. */
export function weaponData(w: World, e: Entity, cites: string[]): YamlMap {
  const { r } = w;
  const companies = w.actors.filter((a) => a.kind === 'company');
  const governments = w.actors.filter((a) => a.kind === 'government');
  return {
    title: e.title,
    category: r.pick(WEAPON_CATEGORY_VALUES),
    origin: e.country!,
    aliases: e.aliases,
    summary: summaryOf(w, e, `a weapon system from ${e.country}`),
    makers: companies.length ? r.sample(companies, r.int(1, 2)).map((c) => c.id) : undefined,
    operators: r.sample(w.countries, r.int(1, 3)).map((name) => ({
      name,
      actor: governments.find((g) => g.country === name)?.id,
      since: String(r.int(1995, 2023)),
      sources: r.sample(cites, 1),
    })),
    specs: r.sample(SPECS, r.int(2, 4)).map(([label, value]) => ({ label, value: value(r), source: r.pick(cites), asOf: Day.between(r, EARLIEST, LATEST) })),
    firstUse: r.chance(0.5) ? { text: `First seen near ${r.pick(w.places)}`, date: String(r.int(2010, 2022)), sources: r.sample(cites, 1) } : undefined,
  };
}
