/**
 * Layouts for the relationship maps, drawn at build time as inline SVG: one entity with
 * its direct neighbours around it, or the whole story on one circle. Pure geometry;
 * src/components/RelationMap.astro draws the result.
 */
import { keyOf, titleOf, type EntryLike, type EntryMap } from './entries.ts';
import type { Graph } from './graph.ts';
import { betweenEntities, RELATION_TYPES, type Relation } from './relations.ts';
import { entryUrl } from './urls.ts';
import { ENTITY_COLLECTIONS, type EntityCollection } from './vocabulary.ts';

/** A node to place. */
export interface MapItem {
  key: string;
  label: string;
  href: string;
  collection: EntityCollection;
}

/** A placed node, with where its label goes. */
export interface PlacedNode extends MapItem {
  x: number;
  y: number;
  /** Label anchor: labels left of centre end at the node, right of centre start at it. */
  anchor: 'start' | 'middle' | 'end';
  labelX: number;
  labelY: number;
}

/** An edge between two placed nodes, by key. */
export interface MapEdge {
  from: string;
  to: string;
  label: string;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Places items evenly on a circle of `radius` around (cx, cy), the first at the top. */
export function onCircle(items: MapItem[], cx: number, cy: number, radius: number, labelGap = 12): PlacedNode[] {
  return items.map((item, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(items.length, 1);
    const x = cx + radius * Math.cos(angle);
    const y = cy + radius * Math.sin(angle);
    const cos = Math.cos(angle);
    const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
    const labelX = x + (anchor === 'middle' ? 0 : Math.sign(cos) * labelGap);
    const labelY = y + (anchor === 'middle' ? Math.sign(Math.sin(angle)) * (labelGap + 4) + 4 : 4);
    return { ...item, x: round(x), y: round(y), anchor, labelX: round(labelX), labelY: round(labelY) };
  });
}

/** One entity in the centre and its neighbours on a circle around it. */
export function radialLayout(center: MapItem, neighbours: MapItem[], width: number, height: number): PlacedNode[] {
  const cx = width / 2;
  const cy = height / 2;
  const radius = Math.min(width * 0.25, height / 2 - 34);
  const middle: PlacedNode = { ...center, x: cx, y: cy, anchor: 'middle', labelX: cx, labelY: cy + 26 };
  return [middle, ...onCircle(neighbours, cx, cy, radius)];
}

/** Shortens a label to fit a map, keeping whole words where it can. */
export function shortLabel(label: string, max = 24): string {
  if (label.length <= max) return label;
  const space = label.slice(0, max).lastIndexOf(' ');
  return `${(space > max / 2 ? label.slice(0, space) : label.slice(0, max - 1)).trimEnd()}…`;
}


function itemOf(entry: EntryLike<EntityCollection>): MapItem {
  return { key: keyOf(entry), label: titleOf(entry), href: entryUrl(entry.collection, entry.id), collection: entry.collection };
}

const edgeOf = (r: Relation): MapEdge => ({ from: keyOf(r.from), to: keyOf(r.to), label: RELATION_TYPES[r.type].label });

/** The map of one entity: it in the centre, its neighbours around it, one edge per neighbour. */
export function entityMap<M extends EntryMap>(graph: Graph<M>, entry: EntryLike<EntityCollection>, width = 720, height = 440) {
  const neighbours = graph.neighbours(entry);
  const nodes = radialLayout(itemOf(entry), neighbours.map((n) => itemOf(n.entry)), width, height);
  // Only this entry's own relations: walking every relation of the site for each page
  // made a build of n pages take time in n².
  const edges = betweenEntities([...graph.relationsFrom(entry), ...graph.relationsTo(entry)]).map(edgeOf);
  return { nodes, edges, width, height };
}

/** The map of the whole story: every entity on one circle, grouped by kind, every relation between them. */
export function storyMap<M extends EntryMap>(graph: Graph<M>, size = 760) {
  // Claims first, then every other kind of entity, so the story's disputes sit at the top.
  const kinds = ['claims', ...ENTITY_COLLECTIONS.filter((c) => c !== 'claims')] as const;
  const entities = kinds.flatMap((c) => graph.list(c));
  const nodes = onCircle(entities.map(itemOf), size / 2, size / 2, size / 2 - 150);
  const edges = graph.entityRelations().map(edgeOf);
  return { nodes, edges, width: size, height: size };
}
