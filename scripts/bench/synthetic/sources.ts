/** The synthetic bibliography: made-up publishers, and one source per page so every source can be cited. */
import { kebabCase } from '../../../src/lib/content-check.ts';
import { CHECKED_DAY, Day, EARLIEST, LATEST } from './day.ts';
import type { Publisher, Source, SyntheticFile } from './model.ts';
import type { Namer } from './namer.ts';
import type { Random } from './random.ts';
import { ADJECTIVES, cap, NOUNS, PARTICIPLES, PUBLISHER_FORMS } from './words.ts';
import { yamlText } from './yaml.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** About one publisher per twenty pages, at least ten and at most 300. */
export function makePublishers(r: Random, namer: Namer, n: number): Publisher[] {
  return Array.from({ length: Math.min(300, Math.max(10, Math.round(n / 20))) }, () => {
    const [form, kind] = r.pick(PUBLISHER_FORMS);
    const name = form.replace('{}', namer.madeUp(2, 2));
    return { name, kind, slug: kebabCase(name.replace(/^The /, '')) };
  });
}

/**
 * `count` sources, each with a made-up headline and an `.example` address, named like
 * real sources: `<publisher>-<yyyy-mm-dd>-<words>`. Every publisher has at least one.
 */
export function makeSources(r: Random, publishers: Publisher[], places: string[], countries: string[], count: number) {
  const ids = new Set<string>();
  const sources: Source[] = [];
  const files: SyntheticFile[] = [];
  for (let i = 0; i < count; i++) {
    const publisher = i < publishers.length ? i : r.int(0, publishers.length - 1);
    const p = publishers[publisher]!;
    const date = Day.between(r, EARLIEST, LATEST);
    let headline: string;
    let id: string;
    do {
      headline = `${cap(r.pick(ADJECTIVES))} ${r.pick(NOUNS)} ${r.pick(PARTICIPLES)} near ${r.pick(places)}`;
      id = `${p.slug}-${date.iso}-${kebabCase(headline).split('-').slice(1).join('-')}`;
    } while (ids.has(id));
    ids.add(id);
    sources.push({ id, publisher });
    const text = yamlText({
      title: headline,
      publisher: p.name,
      date,
      url: `https://www.${p.slug}.example/${date.y}/${pad(date.m)}/${pad(date.d)}/${kebabCase(headline)}-${i + 1}`,
      kind: p.kind,
      language: 'en',
      accessed: CHECKED_DAY,
      caution: p.kind === 'state-affiliated-media' ? `State media of ${r.pick(countries)}; cited for what it published, not for contested facts.` : undefined,
    });
    files.push({ path: `sources/${id}.yaml`, text });
  }
  return { sources, files };
}
