import { describe, expect, it } from 'vitest';
import { betweenEntities, fieldRelation, relationKey } from '../../src/lib/relations.ts';
import { get, graph, ref } from './story.ts';

describe('relations', () => {
  it('types every frontmatter reference, with its context', () => {
    const from = graph.relationsFrom(get('claims', 'missiles')).map((r) => [r.type, r.to.id, r.context]);
    expect(from).toEqual([
      ['claimed-by', 'ryder', '8 November 2022: No information to corroborate.'],
      ['denied-by', 'iran', '5 November 2022: Completely wrong.'],
      ['concerns', 'nasams', 'Reports said Iran would send missiles.'],
    ]);
    expect(graph.relationsFrom(get('actors', 'ryder')).map((r) => [r.type, r.context])).toEqual([
      ['role-at', 'Press Secretary'],
      ['part-of', 'Patrick S. Ryder is part of it.'],
    ]);
  });
  it('counts prose links written through an alias as backlinks, with the sentence', () => {
    const groups = graph.backlinks(get('actors', 'dod'));
    expect(groups.map((g) => g.heading)).toEqual(['People with a role here', 'Parts of it', 'Mentioned on']);
    expect(groups.at(-1)!.items.map((i) => [i.entry.id, i.context])).toEqual([['nasams', 'The Pentagon confirmed delivery.']]);
  });
  it('groups backlinks by relation type in a fixed order and leaves events to their own list', () => {
    expect(graph.backlinks(get('actors', 'rtx')).map((g) => [g.type, g.items.map((i) => i.entry.id)])).toEqual([['made-by', ['amraam', 'nasams']]]);
    expect(graph.backlinks(get('weapons', 'nasams')).map((g) => g.type)).toEqual(['concerns', 'stands-for']);
    expect(graph.eventsOf(get('actors', 'iran')).map((e) => e.id)).toEqual(['e1']);
  });
  it('lists prose citations first in sources, and who cites each source', () => {
    expect(graph.sourcesOf(get('weapons', 'nasams')).map((s) => s.id)).toEqual(['s2', 's1']);
    expect(graph.citedInProse(get('weapons', 'nasams'))).toEqual(['s2', 's1']);
    expect(graph.citedBy(get('sources', 's2')).map((e) => e.id)).toEqual(['nasams']);
    expect(
      graph
        .citedBy(get('sources', 's1'))
        .map((e) => e.id)
        .sort(),
    ).toEqual(['e1', 'missiles', 'nasams', 'ryder']);
  });
  it('finds neighbours either way, and related pages through claims, makers and events', () => {
    expect(graph.neighbours(get('weapons', 'nasams')).map((n) => [n.entry.id, n.types])).toEqual([
      ['missiles', ['concerns']],
      ['rtx', ['made-by']],
      ['dod', ['mentions']],
    ]);
    const related = graph.related(get('weapons', 'nasams'));
    expect(related.map((r) => r.entry.id)).toEqual(['amraam', 'iran', 'ryder']);
    expect(related[0]!.reasons).toEqual(['Also made by RTX']);
    expect(graph.related(get('actors', 'iran')).find((r) => r.entry.id === 'ryder')?.reasons).toContain('Shares the event "Briefing"');
  });
  it('lists each relation between two entities once for the story map', () => {
    expect(graph.entityRelations().map(relationKey)).toEqual([
      'actors/ryder>role-at>actors/dod',
      'actors/ryder>part-of>actors/dod',
      'weapons/nasams>made-by>actors/rtx',
      'weapons/nasams>mentions>actors/dod',
      'weapons/amraam>made-by>actors/rtx',
      'claims/missiles>claimed-by>actors/ryder',
      'claims/missiles>denied-by>actors/iran',
      'claims/missiles>concerns>weapons/nasams',
    ]);
  });
  it('keeps the relations between entities, each key once, in order', () => {
    const rel = (from: string, type: 'mentions' | 'involved-in', to: string) => ({
      from: ref(...(from.split('/') as [string, string])),
      type,
      to: ref(...(to.split('/') as [string, string])),
      context: '',
    });
    const rels = [
      rel('actors/a', 'mentions', 'weapons/b'),
      rel('events/e', 'involved-in', 'actors/a'),
      rel('actors/a', 'mentions', 'weapons/b'),
      rel('weapons/b', 'mentions', 'actors/a'),
    ];
    expect(betweenEntities(rels).map(relationKey)).toEqual(['actors/a>mentions>weapons/b', 'weapons/b>mentions>actors/a']);
  });
  it('ignores references that are not relations', () => {
    expect(fieldRelation(get('claims', 'missiles'), { collection: 'sources', id: 's1', field: 'history[0].sources[0]' })).toBeUndefined();
    expect(fieldRelation(get('sources', 's1'), { collection: 'actors', id: 'dod', field: 'publisherPage' })).toBeUndefined();
  });
});
