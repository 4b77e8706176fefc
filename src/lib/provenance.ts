/**
 * Who reported a source and where it was read, in words and in numbers: the phrase the
 * source list shows for a copy, and the provenance share the audit measures per claim page
 * (the share of its citations that credit an independent original reporter or primary
 * document, rather than state media or a retelling of another outlet's report).
 */
import { COPY_RELATIONS, type CopyRelation, type SourceKind } from './vocabulary.ts';

/** The fields of a source that decide its provenance. */
export interface ProvenanceFacts {
  kind: SourceKind;
  retells?: string;
  copy?: { host: string; url: string; relation: CopyRelation };
}

/** Why a source does not count as an independent original, or undefined when it does. */
export function weakness(s: ProvenanceFacts): string | undefined {
  if (s.kind === 'state-affiliated-media') return 'state-affiliated media';
  if (s.retells) return `retells ${s.retells}`;
  return undefined;
}

/**
 * The words after "read in" for a copy: what the copy is and who carried it. The host is
 * named as written, without an article or a possessive, which no rule gets right for
 * every name ("the Brisbane Times'", "Rev's", "El Siglo de Torreón's").
 *
 *   copyPhrase({ host: 'Brisbane Times', relation: 'wire-copy' }) === 'the wire copy at Brisbane Times'
 */
export function copyPhrase(copy: { host: string; relation: CopyRelation }): string {
  return `the ${COPY_RELATIONS[copy.relation]} at ${copy.host.trim()}`;
}

/** One claim page's provenance: its citations, how many credit an independent original, and the ones that do not. */
export interface ProvenanceShare {
  citations: number;
  originals: number;
  /** The ids of the sources that pull the share down, with how often each is cited and why. */
  weak: Array<{ id: string; times: number; why: string }>;
}

/**
 * The provenance share of a page from the ids it cites, one per citation (a source cited
 * three times counts three times), and the facts of each source.
 */
export function provenanceShare(citedIds: readonly string[], facts: (id: string) => ProvenanceFacts | undefined): ProvenanceShare {
  const weak = new Map<string, { times: number; why: string }>();
  let originals = 0;
  for (const id of citedIds) {
    const source = facts(id);
    const why = source ? weakness(source) : 'unknown source';
    if (why === undefined) originals++;
    else weak.set(id, { times: (weak.get(id)?.times ?? 0) + 1, why });
  }
  return {
    citations: citedIds.length,
    originals,
    weak: [...weak].map(([id, w]) => ({ id, ...w })).sort((a, b) => b.times - a.times || a.id.localeCompare(b.id)),
  };
}

/** A share as a whole percentage, e.g. "71%". */
export const percent = (share: ProvenanceShare) => `${share.citations ? Math.round((100 * share.originals) / share.citations) : 100}%`;
