/** The schema of events: the timeline, one file per event. */
import { z } from 'astro/zod';
import { DATE_PRECISIONS } from '../vocabulary.ts';
import { date, draft, list, oneOf, sharedFields, text, type RefField } from './fields.ts';

/** Builds the events schema with the given kind of reference. */
export function eventSchema(ref: RefField) {
  const { sources, corrections } = sharedFields(ref);
  return z
    .strictObject({
      draft,
      corrections,
      date: date('date').meta({ description: 'When it happened (for a month-only date, the first of the month with precision "month").' }),
      precision: oneOf('precision', DATE_PRECISIONS).default('day').meta({ description: 'How precisely the date is known, when not to the day.' }),
      title: text('title').meta({ description: 'What happened, in one short line.' }),
      text: text('text').meta({ description: 'One or two sentences of detail, attributed where contested.' }),
      actors: list('actors', ref('actors'), '[iran]').meta({ description: 'Actors involved, by actor id.' }),
      weapons: list('weapons', ref('weapons'), '[shahed-136]').meta({ description: 'Weapon systems involved, by weapon id.' }),
      claims: list('claims', ref('claims'), '[iran-drones-to-russia]').meta({ description: 'Claims the event bears on, by claim id.' }),
      sources: sources.meta({ description: 'Where it is reported, by source id. The audit requires at least one.' }),
    })
    .meta({ description: 'The timeline: one file per event.' });
}
