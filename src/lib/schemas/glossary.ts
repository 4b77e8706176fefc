/** The schema of glossary terms: acronyms and terms, written once and applied everywhere by the build. */
import { z } from 'astro/zod';
import { draft, list, sharedFields, text, type RefField } from './fields.ts';

/** Builds the glossary schema with the given kind of reference. */
export function glossarySchema(ref: RefField) {
  const { sources, corrections } = sharedFields(ref);
  return z
    .strictObject({
      draft,
      corrections,
      term: text('term').meta({ description: 'The term as usually written, e.g. "NASAMS".' }),
      expansion: text('expansion').meta({ description: 'What it stands for, e.g. "National Advanced Surface-to-Air Missile System".' }),
      definition: text('definition').meta({ description: 'One plain sentence saying what it is.' }),
      variants: list('variants', text('A variant'), '[UAVs]').meta({
        description: 'Other forms: plurals, spellings and designations ("UAVs", "DOD", "MGM-140").',
      }),
      // An id of any entity collection, so a plain id: the graph checks that the page exists.
      entity: text('entity').optional().meta({ description: 'The id of the page the term stands for, when there is one.' }),
      sources: sources.meta({ description: 'Sources, by source id, where the expansion is not common knowledge.' }),
    })
    .meta({ description: 'Acronyms and terms, written once and applied everywhere by the build.' });
}
