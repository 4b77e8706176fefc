/** The schema of weapon systems: drones, missiles, air defence systems, launchers. */
import { z } from 'astro/zod';
import { WEAPON_CATEGORY_VALUES } from '../vocabulary.ts';
import { date, draft, list, oneOf, sharedFields, text, type RefField } from './fields.ts';

/** Builds the weapons schema with the given kind of reference. */
export function weaponSchema(ref: RefField) {
  const { sources, aliases, nativeNames, descriptiveNames, summary, corrections } = sharedFields(ref);
  const reported = sources.meta({ description: 'Where it is reported, by source id.' });
  const operator = z.strictObject({
    name: text('An operator name').meta({ description: 'The operator as a reader knows it, e.g. "Norway" or "US Army".' }),
    actor: ref('actors').optional().meta({ description: "The operator's page, by actor id, when it has one." }),
    since: text('since').optional().meta({ description: 'Since when, as precisely as the source says ("2022-11", "1990s").' }),
    sources: reported,
  });
  const spec = z.strictObject({
    label: text('A spec label').meta({ description: 'What is measured, e.g. "Range".' }),
    value: text('A spec value').meta({ description: 'The figure as the source gives it, e.g. "up to 300 km".' }),
    source: ref('sources').meta({ description: 'Who published it, by source id.' }),
    asOf: date('asOf').meta({ description: 'When the source published or last confirmed it.' }),
    note: text('note').optional().meta({ description: 'A caveat, e.g. which version the figure is for.' }),
  });
  const firstUse = z.strictObject({
    text: text('firstUse.text').meta({ description: 'What happened, e.g. "Initial fielding with the US Army".' }),
    date: text('firstUse.date').meta({ description: 'When, as precisely as the source says ("1990s").' }),
    sources: reported,
  });
  return z
    .strictObject({
      draft,
      corrections,
      title: text('title').meta({ description: 'The standard English name, e.g. "Shahed-136".' }),
      category: oneOf('category', WEAPON_CATEGORY_VALUES).meta({ description: 'What kind of system this is.' }),
      origin: text('origin').meta({ description: 'Country of origin, in English, e.g. "Iran".' }),
      aliases: aliases.meta({ description: 'Other names and designations readers may meet ("Geran-2", "MGM-140"), so [[links]] and search find the page.' }),
      nativeNames,
      descriptiveNames,
      summary,
      makers: list('makers', ref('actors'), '[raytheon, kongsberg]').meta({ description: 'Designers and manufacturers, by actor id.' }),
      operators: list('operators', operator, '[{ name: Norway, sources: [...] }]').meta({
        description: 'Who operates it: each with a name, its page if one exists, since when, and sources.',
      }),
      specs: list('specs', spec, '[{ label: Range, value: "up to 300 km", source: …, asOf: 2022-11-08 }]').meta({
        description:
          'Specifications as published, one row per figure per source, never one "true" number: the same label may appear several times with different values and sources.',
      }),
      firstUse: firstUse.optional().meta({ description: 'First use in combat or first fielding, if a source says.' }),
    })
    .meta({ description: 'Weapon systems: drones, missiles, air defence systems, launchers.' });
}
