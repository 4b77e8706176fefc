/**
 * The pictures of the built site and the text around them, read from the HTML as served:
 * the relationship maps (no two labels overlap, every node links to a page that exists,
 * every drawn relation is in the text alternative) and the words a new reader meets first.
 */
import { describe, expect, it } from 'vitest';
import { BASE_PATH, contentPages, pages } from './dist.ts';
import { sitePathOf } from '../../src/lib/urls.ts';

/** The text of some HTML, tags removed and spaces collapsed as a browser would show it. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('words', () => {
  it('the home page has a space after each link in its list of sections', () => {
    const home = textOf(pages.get('/')!);
    expect(home).toMatch(/\d+ actors, \d+ weapon systems, a timeline of \d+ events and \d+ sources/);
  });
  it('no content page has two headings of the same text', () => {
    for (const path of contentPages) {
      const headings = [...pages.get(path)!.matchAll(/<h[1-6]\b[^>]*>([\s\S]*?)<\/h[1-6]>/g)].map((m) => textOf(m[1]!).trim());
      expect(headings.filter((h, i) => headings.indexOf(h) !== i), path).toEqual([]);
    }
  });
});

interface Box {
  href: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The node boxes, edges and listed relations of each map on a page. */
function mapsOf(html: string) {
  return [...html.matchAll(/<section class="relation-map[\s\S]*?<\/section>/g)].map(([section]) => {
    const nodes: Box[] = [...section.matchAll(/<a href="([^"]+)" class="(?:actors|weapons|claims)"[^>]*>\s*<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)].map(
      (m) => ({ href: m[1]!, x: +m[2]!, y: +m[3]!, width: +m[4]!, height: +m[5]! }),
    );
    const edges = [...section.matchAll(/<path class="r-([a-z-]+)" d="M/g)].map((m) => m[1]!);
    const listed = [...section.matchAll(/<li data-relation="([a-z-]+)"><a href="([^"]+)"[\s\S]*?<a href="([^"]+)"/g)].map((m) => ({ type: m[1]!, pair: [m[2], m[3]].sort().join(' ') }));
    return { nodes, edges, listed };
  });
}

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('relationship maps', () => {
  const mapped = ['/map/', ...contentPages].map((path) => [path, mapsOf(pages.get(path)!)] as const).filter(([, maps]) => maps.length > 0);

  it('are on the story map and on most content pages', () => {
    expect(mapped.map(([p]) => p)).toContain('/map/');
    expect(mapped.length).toBeGreaterThan(contentPages.length / 2);
  });
  it.each(mapped)('%s: no two node labels overlap, every node links to a page that exists', (path, maps) => {
    for (const { nodes } of maps) {
      expect(nodes.length, path).toBeGreaterThan(1);
      for (const [i, a] of nodes.entries()) {
        for (const b of nodes.slice(i + 1)) expect(overlap(a, b), `${a.href} and ${b.href}`).toBe(false);
        expect(pages.has(sitePathOf(a.href, BASE_PATH) ?? a.href), a.href).toBe(true);
      }
    }
  });
  it.each(mapped)('%s: every drawn relation is in the text alternative, one line for each pair listed', (path, maps) => {
    for (const { edges, listed } of maps) {
      expect(edges.length, path).toBeGreaterThan(0);
      const types = listed.map((l) => l.type);
      for (const type of edges) expect(types, path).toContain(type);
      expect(edges.length, path).toBe(new Set(listed.map((l) => l.pair)).size);
    }
  });
});
