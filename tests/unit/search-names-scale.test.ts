/**
 * The names layer stays small at any size: for the 5,000-page synthetic set of the scale
 * benchmark (scripts/bench/synthetic/), the list of shards plus the largest shard, gzipped as
 * a static host serves them, is at most 20 KB: the most a first search loads of it.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { syntheticContent, syntheticEntries } from '../../scripts/bench/synthetic/index.ts';
import { buildGraph } from '../../src/lib/graph.ts';
import { searchNames, shardNames } from '../../src/lib/search-names.ts';

const N = 5000;
const gz = (value: unknown) => gzipSync(JSON.stringify(value), { level: 9 }).length;

describe(`the names layer at ${N} pages`, () => {
  it('a first search loads at most 20 KB of it', () => {
    const names = searchNames(buildGraph(syntheticEntries(syntheticContent(N))));
    const { prefixes, shards } = shardNames(names);
    expect(Object.keys(names).length).toBeGreaterThan(N);
    const largest = Math.max(...shards.map(gz));
    const firstSearch = gz(prefixes) + largest;
    console.log(
      `names layer at ${N} pages: ${Object.keys(names).length} names in ${shards.length} shards; list ${gz(prefixes)} B + largest shard ${largest} B gzipped = ${firstSearch} B`,
    );
    expect(firstSearch).toBeLessThanOrEqual(20 * 1024);
  }, 120_000);
});
