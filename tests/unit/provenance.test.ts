import { describe, expect, it } from 'vitest';
import { copyPhrase, percent, provenanceShare, weakness } from '../../src/lib/provenance.ts';

describe('provenance of a source', () => {
  it('says where a copy was read, naming the host as written', () => {
    expect(copyPhrase({ host: 'Brisbane Times', relation: 'wire-copy' })).toBe('the wire copy at Brisbane Times');
    expect(copyPhrase({ host: 'Rev', relation: 'transcript' })).toBe('the third-party transcript at Rev');
  });

  it('counts a wire story read in a copy as an original, and state media and retellings as not', () => {
    const copy = { host: 'Brisbane Times', url: 'https://x.example/', relation: 'wire-copy' as const };
    expect(weakness({ kind: 'news-agency', copy })).toBeUndefined();
    expect(weakness({ kind: 'state-affiliated-media' })).toBe('state-affiliated media');
    expect(weakness({ kind: 'broadcaster', retells: 'The Washington Post' })).toBe('retells The Washington Post');
  });

  it('measures the share per citation, repeats counted, the weakest sources first', () => {
    const facts = { a: { kind: 'newspaper' }, rt: { kind: 'state-affiliated-media' }, tvn: { kind: 'broadcaster', retells: 'The Washington Post' } } as const;
    const share = provenanceShare(['a', 'rt', 'tvn', 'rt', 'gone'], (id) => facts[id as keyof typeof facts]);
    expect(share).toEqual({
      citations: 5,
      originals: 1,
      weak: [
        { id: 'rt', times: 2, why: 'state-affiliated media' },
        { id: 'gone', times: 1, why: 'unknown source' },
        { id: 'tvn', times: 1, why: 'retells The Washington Post' },
      ],
    });
    expect(percent(share)).toBe('20%');
    expect(percent(provenanceShare([], () => undefined))).toBe('100%');
  });
});
