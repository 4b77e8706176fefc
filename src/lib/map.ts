/**
 * Layouts for the relationship maps, computed at build time with ELK's layered algorithm
 * (elkjs) and drawn as inline SVG by src/components/RelationMap.astro: nodes stand in
 * columns by their part in the story (a claim's claimants left, its deniers right; in the
 * whole story claims, people, organisations, weapon systems), and ELK orders each column and
 * routes the edges so that as few cross as it can find. Labels sit inside their node's
 * box, and ELK never lets two boxes overlap, so no two labels do.
 */
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import * as elkWorker from 'elkjs/lib/elk-worker.js';
import { keyOf, titleOf, type EntryLike, type EntryMap } from './entries.ts';
import type { Graph } from './graph.ts';
import { betweenEntities, RELATION_TYPES, type Relation, type RelationType } from './relations.ts';
import { entryUrl } from './urls.ts';
import type { EntityCollection } from './vocabulary.ts';

/** A node to place. */
export interface MapItem {
  key: string;
  label: string;
  href: string;
  collection: EntityCollection;
}

/** A node to place in a column: 0 is the leftmost. */
export interface ColumnItem extends MapItem {
  column: number;
}

/** A relation to draw, from one node to another by key. */
export interface MapLink {
  from: string;
  to: string;
  type: RelationType;
}

/** A placed node: the top-left corner and size of its box, and the label drawn in it. */
export interface PlacedNode extends MapItem {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The label as drawn, line by line: `label`, wrapped and shortened to fit. */
  lines: string[];
}

/** A routed edge: the relation, how it reads, and its SVG path. */
export interface MapEdge extends MapLink {
  label: string;
  path: string;
}

/** A laid-out map. */
export interface RelationMapData {
  nodes: PlacedNode[];
  /** One edge per pair of nodes: of all the relations between them, the first in RELATION_TYPES. */
  edges: MapEdge[];
  /** Every relation between the nodes, for the list under the map. */
  relations: Array<MapLink & { label: string }>;
  width: number;
  height: number;
}

/**
 * Label metrics in px for the 13 px map font. The width per character is a generous
 * average for system sans-serif faces, so a drawn label stays inside its box.
 */
export const LABEL = { charWidth: 7.6, padding: 16, lineHeight: 16, maxLength: 26, maxLines: 2 } as const;

/** The size of the box for a label of these lines. */
export const boxSize = (lines: readonly string[]) => ({
  width: Math.ceil(Math.max(...lines.map((l) => l.length)) * LABEL.charWidth + LABEL.padding),
  height: lines.length * LABEL.lineHeight + 10,
});

/** Wraps a label into at most `maxLines` lines of `max` characters at spaces, the last shortened if it must be. */
export function wrapLabel(label: string, max: number = LABEL.maxLength, maxLines: number = LABEL.maxLines): string[] {
  const lines: string[] = [];
  let rest = label.trim();
  while (rest && lines.length < maxLines - 1 && rest.length > max) {
    const space = rest.slice(0, max + 1).lastIndexOf(' ');
    if (space <= 0) break;
    lines.push(rest.slice(0, space));
    rest = rest.slice(space + 1);
  }
  return [...lines, shortLabel(rest, max)];
}

/** Shortens a label to fit a map, keeping whole words where it can. */
export function shortLabel(label: string, max: number = LABEL.maxLength): string {
  if (label.length <= max) return label;
  const space = label.slice(0, max).lastIndexOf(' ');
  return `${(space > max / 2 ? label.slice(0, space) : label.slice(0, max - 1)).trimEnd()}…`;
}

/**
 * ELK's layout engine, called directly. elkjs's `ELK.layout()` sends each graph to this
 * same engine through two `setTimeout(0)` hops (a stand-in for a web worker), which in Node
 * wait a millisecond or more each: about half a small map's own layout time.
 */
interface ElkEngine {
  dispatcher: { saveDispatch(message: { data: object }): void };
  onmessage: (message: { data: { data?: ElkNode; error?: unknown } }) => void;
}
let engine: ElkEngine | undefined;

/** Sends the engine one command and returns its answer, which it gives before returning. */
function elkCommand(data: object): ElkNode | undefined {
  if (!engine) {
    // Made on first use; its types declare the worker as a type only.
    engine = new (elkWorker as unknown as { Worker: new () => ElkEngine }).Worker();
    elkCommand({ cmd: 'register', algorithms: ['layered'] });
  }
  let answer: { data?: ElkNode; error?: unknown } | undefined;
  engine.onmessage = (message) => (answer = message.data);
  engine.dispatcher.saveDispatch({ data: { id: 0, ...data } });
  if (!answer) throw new Error('ELK gave no answer: elkjs has changed how its engine replies (src/lib/map.ts).');
  if (answer.error) throw new Error(`ELK could not lay out the map: ${(answer.error as { message?: string }).message ?? String(answer.error)}`);
  return answer.data;
}

export const elkLayout = (graph: ElkNode): ElkNode => elkCommand({ cmd: 'layout', graph, layoutOptions: {}, options: {} })!;

/** Lays out an ELK graph: `elkLayout` here and now, or the same in another thread (src/data/map-pool.ts). */
export type Layout = (graph: ElkNode) => ElkNode | Promise<ElkNode>;

/** Each relation type's place in RELATION_TYPES: of two relations between the same boxes, the lower is drawn. */
const RELATION_RANK = new Map(Object.keys(RELATION_TYPES).map((t, i) => [t, i]));

// Left to right, columns kept in order (partitioning), straight edges (right-angled ones
// need a channel per edge between columns, which made the story map several screens wide).
const LAYOUT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.partitioning.activate': 'true',
  'elk.edgeRouting': 'POLYLINE',
  // One layout for the whole map: unlinked nodes still stand in their column.
  'elk.separateConnectedComponents': 'false',
  'elk.spacing.nodeNode': '10',
  'elk.layered.spacing.nodeNodeBetweenLayers': '48',
  'elk.layered.spacing.edgeNodeBetweenLayers': '12',
  'elk.padding': '[top=4,left=4,bottom=4,right=4]',
};

/**
 * Above this many nodes the maps are not given to ELK: its partitioning links every node of
 * a column to every node of the next, so its time grows with the square of the nodes (a
 * 1,000-page site did not build in 15 minutes). The story map of a site that large is
 * stacked in its columns, with straight edges, instead.
 */
export const ELK_LIMIT = 150;

/** A stand-in for ELK's result for large maps: each column stacked top to bottom, straight edges box to box. */
function stackColumns(graph: ElkNode): ElkNode {
  const gap = Number.parseInt(LAYOUT_OPTIONS['elk.layered.spacing.nodeNodeBetweenLayers'], 10) * 2;
  const columns = new Map<number, ElkNode[]>();
  for (const c of graph.children ?? []) {
    const k = Number(c.layoutOptions?.['elk.partitioning.partition'] ?? 0);
    columns.set(k, [...(columns.get(k) ?? []), c]);
  }
  let x = 4;
  let height = 0;
  const children: ElkNode[] = [];
  for (const k of [...columns.keys()].sort((a, b) => a - b)) {
    const column = columns.get(k)!;
    const width = Math.max(...column.map((c) => c.width ?? 0));
    let y = 4;
    for (const c of column) {
      children.push({ ...c, x, y });
      y += (c.height ?? 0) + 10;
    }
    height = Math.max(height, y);
    x += width + gap;
  }
  const at = new Map(children.map((c) => [c.id, c]));
  const edges = (graph.edges ?? []).map((e) => {
    const a = at.get((e as { sources: string[] }).sources[0]!)!;
    const b = at.get((e as { targets: string[] }).targets[0]!)!;
    const start = { x: a.x! + a.width!, y: a.y! + a.height! / 2 };
    const end = { x: b.x!, y: b.y! + b.height! / 2 };
    return { ...e, sections: [{ id: `${e.id}s`, startPoint: start, endPoint: end }] };
  });
  return { ...graph, children, edges, width: x - gap + 4, height: height + 4 } as ElkNode;
}

/**
 * Lays out items in columns and routes the links between them. Links are given to ELK
 * from the lower column to the higher (within a column, from the item listed first), so
 * every edge runs left to right and an entity's neighbours in its own column follow it;
 * `from` and `to` of the result keep the relation's own direction. Coordinates are whole px.
 */
export async function layoutMap(items: readonly ColumnItem[], links: readonly MapLink[], layout: Layout = elkLayout): Promise<RelationMapData> {
  const column = new Map(items.map((i) => [i.key, i.column]));
  const order = new Map(items.map((i, n) => [i.key, n]));
  const before = (a: string, b: string) => column.get(a)! < column.get(b)! || (column.get(a) === column.get(b) && order.get(a)! < order.get(b)!);
  const relations = links.filter((l) => column.has(l.from) && column.has(l.to) && l.from !== l.to);
  // One line per pair: parallel lines between the same two boxes cannot be told apart. The
  // pair's line is its first relation in RELATION_TYPES' order, the first listed of equals;
  // found in one pass (comparing every relation with every other took seconds at 1,000 pages).
  const rank = (l: MapLink) => RELATION_RANK.get(l.type)!;
  const first = new Map<string, MapLink>();
  for (const l of relations) {
    const pair = l.from < l.to ? `${l.from} ${l.to}` : `${l.to} ${l.from}`;
    const kept = first.get(pair);
    if (!kept || rank(l) < rank(kept)) first.set(pair, l);
  }
  const chosen = new Set(first.values());
  const drawn = relations.filter((l) => chosen.has(l));
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: LAYOUT_OPTIONS,
    children: items.map((i) => ({
      id: i.key,
      ...boxSize(wrapLabel(i.label)),
      layoutOptions: { 'elk.partitioning.partition': String(i.column) },
    })),
    edges: drawn.map((l, n) => {
      const forwards = before(l.from, l.to);
      return { id: `e${n}`, sources: [forwards ? l.from : l.to], targets: [forwards ? l.to : l.from] };
    }),
  };
  const laid = items.length > ELK_LIMIT ? stackColumns(graph) : await layout(graph);
  const placed = new Map((laid.children ?? []).map((c) => [c.id, c]));
  const routed = new Map((laid.edges ?? []).map((e) => [e.id, e.sections]));
  // The column is dropped from the nodes: it was only for the layout.
  const nodes = items.map(({ column: _, ...i }): PlacedNode => {
    const c = placed.get(i.key)!;
    return { ...i, x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0), width: c.width!, height: c.height!, lines: wrapLabel(i.label) };
  });
  const edges = drawn.map((l, n): MapEdge => {
    const sections = routed.get(`e${n}`) ?? [];
    const path = sections
      .map((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint].map((p, k) => `${k ? 'L' : 'M'}${Math.round(p.x)} ${Math.round(p.y)}`).join(''))
      .join('');
    return { ...l, label: RELATION_TYPES[l.type].label, path };
  });
  const listed = relations.map((l) => ({ ...l, label: RELATION_TYPES[l.type].label }));
  return { nodes, edges, relations: listed, width: Math.ceil(laid.width ?? 0), height: Math.ceil(laid.height ?? 0) };
}

function itemOf(entry: EntryLike<EntityCollection>, column: number): ColumnItem {
  return { key: keyOf(entry), label: titleOf(entry), href: entryUrl(entry.collection, entry.id), collection: entry.collection, column };
}

const linkOf = (r: Relation): MapLink => ({ from: keyOf(r.from), to: keyOf(r.to), type: r.type });

/**
 * The column of a neighbour in an entity's map: for a claim, its claimants left (0) and its
 * deniers right (2), everything else with the claim (1, placed after it); for other
 * entities, pages that point to it left and pages it points to right (by their typed
 * relations if they have any: a weapon's makers stand right even if their pages mention it).
 */
export function neighbourColumn(entry: EntryLike, relations: readonly Relation[], neighbour: string): number {
  const own = keyOf(entry);
  const mine = relations.filter((r) => keyOf(r.from) === neighbour || keyOf(r.to) === neighbour);
  if (entry.collection === 'claims') {
    if (mine.some((r) => r.type === 'claimed-by' && keyOf(r.from) === own)) return 0;
    if (mine.some((r) => r.type === 'denied-by' && keyOf(r.from) === own)) return 2;
    return 1;
  }
  // A typed relation decides; a mention only when there is none (many pages mention a maker).
  const typed = mine.filter((r) => r.type !== 'mentions');
  return (typed.length ? typed : mine).some((r) => keyOf(r.to) === own) ? 0 : 2;
}

/** The map of one entity: it in the middle column, its neighbours around it, one edge per relation. */
export async function entityMap<M extends EntryMap>(graph: Graph<M>, entry: EntryLike<EntityCollection>, layout: Layout = elkLayout): Promise<RelationMapData> {
  // Only this entry's own relations: walking every relation of the site for each page
  // made a build of n pages take time in n².
  const relations = betweenEntities([...graph.relationsFrom(entry), ...graph.relationsTo(entry)]);
  const neighbours = graph.neighbours(entry).map((n) => itemOf(n.entry, neighbourColumn(entry, relations, keyOf(n.entry))));
  return layoutMap([itemOf(entry, 1), ...neighbours], relations.map(linkOf), layout);
}

/**
 * The column of an entity in the whole story's map: claims, then people (who make and deny
 * claims), then organisations (which people work for and which make or operate weapons),
 * then weapon systems.
 */
export function storyColumn(entry: EntryLike<EntityCollection>): number {
  if (entry.collection === 'claims') return 0;
  if (entry.collection === 'weapons') return 3;
  return entry.data.kind === 'person' ? 1 : 2;
}

/**
 * The map of the whole story: claims, people, organisations and weapon systems in four columns, and every
 * typed relation between them. Mentions in prose are left out: there are several times more
 * of them than of all other relations, and drawn together no line could be followed. Each
 * page's own map and its backlinks show them.
 */
export async function storyMap<M extends EntryMap>(graph: Graph<M>, layout: Layout = elkLayout): Promise<RelationMapData> {
  const items = (['claims', 'actors', 'weapons'] as const).flatMap((c) => graph.list(c).map((e) => itemOf(e, storyColumn(e))));
  return layoutMap(
    items,
    graph
      .entityRelations()
      .filter((r) => r.type !== 'mentions')
      .map(linkOf),
    layout,
  );
}
