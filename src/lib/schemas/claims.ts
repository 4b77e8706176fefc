/** The schema of disputed claims: who asserted what, who denied it, the evidence, and how its status moved. */
import { z } from 'astro/zod';
import { ARTICLE_DATE, CLAIM_STATUS_VALUES, type ClaimStatus } from '../vocabulary.ts';
import { date, draft, flag, list, oneOf, sharedFields, text, type RefField } from './fields.ts';

/** "2022-11-09", the day of the article, for the history's description. */
const ARTICLE_DAY = ARTICLE_DATE.toISOString().slice(0, 10);

/** Builds the claims schema with the given kind of reference. */
export function claimSchema(ref: RefField) {
  const { sources, aliases, summary, corrections } = sharedFields(ref);
  const reported = sources.meta({ description: 'Where it is reported, by source id.' });
  /** A statement made by an actor on a date, as reported by sources (claimants and deniers). */
  const statement = z.strictObject({
    actor: ref('actors').meta({ description: 'Who made the statement, by actor id.' }),
    date: date('date').meta({ description: 'When it was made.' }),
    said: text('said').meta({ description: "What they said, in the site's words or as a short quote." }),
    sources: reported,
  });
  const change = z.strictObject({
    date: date('date').meta({ description: 'When the status changed.' }),
    status: oneOf('status', CLAIM_STATUS_VALUES).meta({ description: "The new status, on the scale of the site's about page." }),
    why: text('why').meta({ description: 'One sentence of why.' }),
    sources: reported,
  });
  const example = '[{ actor: …, date: …, said: …, sources: [...] }]';
  return z
    .strictObject({
      draft,
      corrections,
      title: text('title').meta({ description: 'A short name for the claim, e.g. "Iran delivered ballistic missiles to Russia".' }),
      claim: text('claim').meta({ description: 'The claim in one sentence, attributed: who claims what.' }),
      aliases: aliases.meta({ description: 'Other ways the claim is referred to, so [[links]] and search find the page.' }),
      summary,
      claimants: list('claimants', statement, example).meta({
        description: 'Who asserted it, when, and where that is reported. The audit requires at least one.',
      }),
      deniers: list('deniers', statement, example).meta({
        description: 'Who denied or disputed it, when, and where that is reported; items as for claimants.',
      }),
      history: list('history', change, `[{ date: ${ARTICLE_DAY}, status: "${'contested' satisfies ClaimStatus}", why: …, sources: [...] }]`).meta({
        description:
          `How the claim's status changed, oldest first, starting with its status on or before ${ARTICLE_DAY}, the day of the article. ` +
          'The status at the article and the latest status are read from this list, so they are never written twice.',
      }),
      checked: date('checked').meta({ description: 'The day the latest status was last checked against the sources.' }),
      singleSource: flag('singleSource')
        .default(false)
        .meta({ description: 'True when the claim rests on a single source; the page must then say so plainly.' }),
      weapons: list('weapons', ref('weapons'), '[shahed-136]').meta({ description: 'Weapon systems the claim concerns, by weapon id.' }),
      actors: list('actors', ref('actors'), '[iran]').meta({ description: 'Actors the claim concerns beyond its claimants and deniers, by actor id.' }),
    })
    .meta({ description: 'Disputed claims: who asserted what, who denied it, the evidence, and how its status moved.' });
}
