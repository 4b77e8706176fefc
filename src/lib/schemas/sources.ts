/** The schema of sources: the bibliography, one file per source. */
import { z } from 'astro/zod';
import { COPY_RELATION_VALUES, SOURCE_KIND_VALUES } from '../vocabulary.ts';
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
      title: text('title').meta({ description: 'The headline or title of the original report, statement or document, as published.' }),
      publisher: text('publisher').meta({
        description:
          'Who reported it: the outlet, agency or body whose report, statement or document it is (e.g. "Reuters", "US Department of Defense"), never a site that only carried a copy.',
      }),
      date: date('date').meta({ description: 'When the original was published.' }),
      url: address('url').optional().meta({
        description: "The original's own address, when it is known (never a proxy, mirror or scraper); without it, copy says where the text was read.",
      }),
      copy: z
        .strictObject({
          host: text('copy.host').meta({ description: 'Who carried the copy that was read, e.g. "Brisbane Times".' }),
          url: address('copy.url').meta({ description: "The copy's address." }),
          relation: oneOf('copy.relation', COPY_RELATION_VALUES).meta({
            description:
              'What the copy is: a wire story carried by another outlet, a syndicated or aggregated copy, a translation, a third-party transcript or an archived copy.',
          }),
        })
        .optional()
        .meta({ description: 'Where it was read, when that was a copy on another site rather than the original.' }),
      retells: text('retells')
        .optional()
        .meta({ description: 'The outlet whose report this one only retells, e.g. "The Washington Post"; cite that report where it can be found.' }),
      kind: oneOf('kind', SOURCE_KIND_VALUES).meta({
        description: 'What kind of outlet or body the publisher is; state-affiliated media are labelled wherever cited.',
      }),
      ownership: text('ownership').optional().meta({
        description:
          'For a state-owned or state-funded outlet with editorial independence: the state and the arrangement, e.g. "funded by the government of Qatar"; shown next to the source.',
      }),
      language: z
        .string()
        .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'language must be a language tag such as "en".')
        .default('en')
        .meta({ description: 'The language it is written in, as a language tag ("en", "pl").' }),
      accessed: date('accessed').meta({ description: 'When a contributor last checked that it says what the site cites it for.' }),
      caution: text('caution').optional().meta({ description: 'Why a reader should weigh it with care, e.g. "Machine translation of a Norwegian report."' }),
    })
    .refine((s) => s.url !== undefined || s.copy !== undefined, {
      path: ['url'],
      message: "url is missing: give the original's address, or, when only a copy can be read, the copy (host, url and relation).",
    })
    .meta({ description: 'The bibliography: one file per source.' });
}
