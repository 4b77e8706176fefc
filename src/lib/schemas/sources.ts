/** The schema of sources: the bibliography, one file per source. */
import { z } from 'astro/zod';
import { SOURCE_KIND_VALUES } from '../vocabulary.ts';
import { date, draft, oneOf, sharedFields, text, type RefField } from './fields.ts';

/** An address a reader can open: http or https only. */
const address = (what: string) => z.url({ protocol: /^https?$/, error: `${what} must be a full address starting with https://` });

/** Builds the sources schema; a source refers to other sources only in its corrections. */
export function sourceSchema(ref: RefField) {
  const { corrections } = sharedFields(ref);
  return z
    .strictObject({
      draft,
      corrections,
      title: text('title').meta({ description: 'The headline or title, as published.' }),
      publisher: text('publisher').meta({ description: 'Who published it, e.g. "Kyiv Independent".' }),
      date: date('date').meta({ description: 'When it was published.' }),
      url: address('url').meta({ description: "The original publisher's address (never a proxy, mirror or scraper)." }),
      copyUrl: address('copyUrl').optional().meta({ description: 'Where a copy can be read when the original is gone; the original is still cited.' }),
      kind: oneOf('kind', SOURCE_KIND_VALUES).meta({ description: 'What kind of source this is; state-affiliated media are labelled wherever cited.' }),
      language: z
        .string()
        .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'language must be a language tag such as "en".')
        .default('en')
        .meta({ description: 'The language it is written in, as a language tag ("en", "pl").' }),
      accessed: date('accessed').meta({ description: 'When a contributor last checked that it says what the site cites it for.' }),
      caution: text('caution').optional().meta({ description: 'Why a reader should weigh it with care, e.g. "Machine translation of a Norwegian report."' }),
    })
    .meta({ description: 'The bibliography: one file per source.' });
}
