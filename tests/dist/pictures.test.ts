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

describe('timeline chart', () => {
  const html = pages.get('/timeline/')!;
  const chart = /<div class="timeline-chart"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
  const marks = [...chart.matchAll(/<a href="#([^"]+)" class="mark"><circle cx="([\d.]+)"/g)].map((m) => ({ id: m[1]!, x: +m[2]! }));
  const entries = new Map([...html.matchAll(/<li id="([^"]+)"[^>]*><time datetime="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));

  it('marks every event of the list, each linking to its entry', () => {
    expect(marks.length).toBeGreaterThanOrEqual(entries.size);
    for (const m of marks) expect(entries.has(m.id), m.id).toBe(true);
    expect(new Set(marks.map((m) => m.id))).toEqual(new Set(entries.keys()));
  });
  it('places the marks in date order along the axis', () => {
    const byDate = [...marks].sort((a, b) => entries.get(a.id)!.localeCompare(entries.get(b.id)!) || a.x - b.x);
    const xs = byDate.map((m) => m.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(500);
  });
});

describe('status strips', () => {
  const claims = contentPages.filter((p) => p.startsWith('/claims/'));
  it.each(claims)('%s: the strip shows the status history, in order', (path) => {
    const html = pages.get(path)!;
    const strip = [...(/<svg class="status-strip"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '').matchAll(/data-status="([a-z-]+)"/g)].map((m) => m[1]!);
    const history = /<ol class="history"[\s\S]*?<\/ol>/.exec(html)![0];
    const listed = [...history.matchAll(/class="badge badge-([a-z-]+)/g)].map((m) => m[1]!);
    expect(strip.length, path).toBeGreaterThan(0);
    expect(strip).toEqual(listed);
  });
});
