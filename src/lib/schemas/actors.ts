/** The schema of actors: people, governments, ministries, armed forces, companies, media outlets, alliances. */
import { z } from 'astro/zod';
import { ACTOR_KIND_VALUES } from '../vocabulary.ts';
import { date, draft, flag, list, oneOf, sharedFields, text, type RefField } from './fields.ts';

/** A position an actor held, with its dates and sources. */
function role(ref: RefField) {
  const { sources } = sharedFields(ref);
  return z.strictObject({
    title: text('A role title').meta({ description: 'The position, e.g. "Pentagon Press Secretary".' }),
    organization: ref('actors').optional().meta({ description: 'The organization the role is held in, by actor id, when it has a page.' }),
    from: date('from').optional().meta({ description: 'When the role began, if known.' }),
    to: date('to').optional().meta({ description: 'When the role ended; omit it while the role lasts.' }),
    asOf: date('asOf').optional().meta({ description: 'The day a source last confirmed the role, for roles that may have changed since.' }),
    sources: sources.meta({ description: 'Where the role is reported, by source id.' }),
  });
}

/** Builds the actors schema with the given kind of reference. */
export function actorSchema(ref: RefField) {
  const { aliases, nativeNames, descriptiveNames, summary, corrections } = sharedFields(ref);
  return z
    .strictObject({
      draft,
      corrections,
      title: text('title').meta({ description: 'The current English standard name, e.g. "Mykhailo Podolyak".' }),
      kind: oneOf('kind', ACTOR_KIND_VALUES).meta({ description: 'What kind of actor this is.' }),
      country: text('country')
        .optional()
        .meta({ description: 'The country the actor belongs to, in English, e.g. "Ukraine"; omit it for international bodies.' }),
      aliases: aliases.meta({
        description: 'Other names and spellings readers may meet, including the story\'s ("Mikhail Podoliak"), so [[links]] and search find the page.',
      }),
      nativeNames,
      descriptiveNames,
      summary,
      roles: list('roles', role(ref), '[{ title: …, from: 2022-08-01, sources: [...] }]').meta({
        description: 'Positions held, each with its dates and sources.',
      }),
      partOf: list('partOf', ref('actors'), '[us-department-of-defense]').meta({
        description: 'Organizations this actor is part of, by actor id (a ministry of a government, a spokesman of a department).',
      }),
      stateAffiliated: flag('stateAffiliated')
        .default(false)
        .meta({ description: 'For media outlets: true when owned or controlled by a state; it is then labelled wherever cited.' }),
    })
    .meta({ description: 'People, governments, ministries, armed forces, companies, media outlets, alliances.' });
}
