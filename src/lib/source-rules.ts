/**
 * The content guide's provenance and ownership rules for one source record, checked by the
 * content check (src/lib/content-check.ts) once the record matches its schema:
 *
 * - `source/copy-host-publisher`: a syndication or aggregation site (src/lib/outlets.ts) is
 *   named as publisher, or its address as the original's, with no original outlet named;
 * - `source/republisher-publisher`: the publisher is the site that carried the copy;
 * - `source/state-media-kind`: an outlet the guide lists as state-affiliated media has another kind;
 * - `source/state-funded-kind`: an outlet the guide lists as state-owned or state-funded with
 *   editorial independence is kinded as state-affiliated media;
 * - `source/ownership-note`: such an outlet has no ownership note.
 *
 *   sourceRuleProblems({ publisher: 'Devdiscourse (Reuters)', url: 'https://www.devdiscourse.com/…', kind: 'news-agency' })
 *   → [{ field: 'publisher', rule: 'source/copy-host-publisher', … }]
 */
import { copyHost, namesCopyHost, stateAffiliatedOutlet, stateFundedOutlet } from './outlets.ts';
import { COPY_RELATION_VALUES, SOURCE_KINDS, type SourceKind } from './vocabulary.ts';

/** The fields of a source record the rules read. */
export interface SourceFacts {
  publisher: string;
  url?: string;
  copy?: { host: string; url: string };
  kind: SourceKind;
  ownership?: string;
}

/** One broken rule, pointed at a field of the record. */
export interface SourceRuleProblem {
  field: string;
  problem: string;
  fix: string;
  rule: string;
}

const RELATIONS = COPY_RELATION_VALUES.join(', ');

/** The guide's rules that a source record breaks (none for a record that keeps them). */
export function sourceRuleProblems(s: SourceFacts): SourceRuleProblem[] {
  const problems: SourceRuleProblem[] = [];
  const atUrl = copyHost(s.url);
  const named = namesCopyHost(s.publisher);
  const host = atUrl ?? named;
  if (host) {
    const address = atUrl ? s.url! : (s.copy?.url ?? s.url ?? 'its address');
    const site = named ? s.publisher.replace(/\s*\(.*\)$/, '') : host.host;
    problems.push({
      field: named ? 'publisher' : 'url',
      problem: `${host.host} is ${host.what}, not the outlet that reported this; the record names no original outlet.`,
      fix: `Set publisher (and kind) to the outlet, agency or body whose report or document it is, and url to its own page if it can be found; record the copy as copy: { host: "${site}", url: "${address}", relation: one of ${RELATIONS} }.`,
      rule: 'source/copy-host-publisher',
    });
  }
  if (s.copy && s.copy.host.trim().toLowerCase() === s.publisher.trim().toLowerCase()) {
    problems.push({
      field: 'publisher',
      problem: `the publisher is "${s.publisher}", the site that carried the copy, not the outlet whose report it is.`,
      fix: 'Set publisher (and kind) to the outlet, agency or body that reported it, e.g. "Reuters"; copy.host keeps the site where it was read.',
      rule: 'source/republisher-publisher',
    });
  }
  const state = stateAffiliatedOutlet(s.publisher, s.url);
  if (state && s.kind !== 'state-affiliated-media') {
    problems.push({
      field: 'kind',
      problem: `${state.name} is state-affiliated media in the content guide's list, but kind is "${s.kind}" (${SOURCE_KINDS[s.kind]}).`,
      fix: 'Set kind: "state-affiliated-media", so the source is labelled wherever it is cited.',
      rule: 'source/state-media-kind',
    });
  }
  const funded = stateFundedOutlet(s.publisher, s.url);
  if (funded && s.kind === 'state-affiliated-media') {
    problems.push({
      field: 'kind',
      problem: `${funded.name} is a state-owned or state-funded outlet with editorial independence in the content guide's list, not state-affiliated media.`,
      fix: `Give it its ordinary kind (e.g. "broadcaster" or "newspaper") and an ownership note: ownership: "${funded.ownership}"`,
      rule: 'source/state-funded-kind',
    });
  }
  if (funded && !s.ownership) {
    problems.push({
      field: 'publisher',
      problem: `${funded.name} is state-owned or state-funded, but the record has no ownership note to show next to it.`,
      fix: `Add ownership: "${funded.ownership}" (or what is known about the owner).`,
      rule: 'source/ownership-note',
    });
  }
  return problems;
}
