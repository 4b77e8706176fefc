import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph.ts';
import type { EntryMap } from '../../src/lib/entries.ts';
import { ContentError } from '../../src/lib/content-error.ts';

const ref = (collection: string, id: string) => ({ collection, id });
const history = [{ date: new Date('2022-10-16'), status: 'unverified', why: 'Reported.', sources: [ref('sources', 's1')] }];

function entries() {
  return [
    { collection: 'actors', id: 'rtx', filePath: 'content/actors/rtx.mdx', data: { title: 'RTX', aliases: ['Raytheon'] } },
    { collection: 'actors', id: 'kongsberg', filePath: 'content/actors/kongsberg.mdx', data: { title: 'Kongsberg', aliases: [] } },
    {
      collection: 'weapons',
      id: 'nasams',
      filePath: 'content/weapons/nasams.mdx',
      data: { title: 'NASAMS', aliases: ['National Advanced Surface-to-Air Missile System'], makers: [ref('actors', 'rtx'), ref('actors', 'kongsberg')] },
    },
    { collection: 'claims', id: 'c1', filePath: 'content/claims/c1.mdx', data: { title: 'A claim', aliases: [], history } },
    { collection: 'sources', id: 's1', filePath: 'content/sources/s1.yaml', data: { title: 'Source one', date: new Date('2022-11-08') } },
    {
      collection: 'events',
      id: 'e2',
      filePath: 'content/events/e2.yaml',
      data: { title: 'Later', date: new Date('2024-09-10'), sources: [ref('sources', 's1')] },
    },
    {
      collection: 'events',
      id: 'e1',
      filePath: 'content/events/e1.yaml',
      data: { title: 'Earlier', date: new Date('2022-11-08'), sources: [ref('sources', 's1')] },
    },
    { collection: 'glossary', id: 'nasams-term', filePath: 'content/glossary/nasams-term.yaml', data: { term: 'NASAMS', entity: 'nasams' } },
  ] as unknown as EntryMap[keyof EntryMap][];
}

function problemsOf(list: EntryMap[keyof EntryMap][], texts: Record<string, string> = {}) {
  try {
    buildGraph(list, (f) => texts[f]);
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return (e as ContentError).problems;
  }
  throw new Error('expected the graph to refuse this content');
}

describe('buildGraph', () => {
  it('lists entities by title and events by date', () => {
    const g = buildGraph(entries());
    expect(g.list('actors').map((e) => e.id)).toEqual(['kongsberg', 'rtx']);
    expect(g.list('events').map((e) => e.id)).toEqual(['e1', 'e2']);
  });
  it('resolves ids, titles and aliases in any case or dash', () => {
    const g = buildGraph(entries());
    expect(g.resolve('raytheon')?.id).toBe('rtx');
    expect(g.resolve('National Advanced Surface to Air Missile System')?.id).toBe('nasams');
    expect(g.resolve('NASAMS')?.id).toBe('nasams');
    expect(g.resolve('nothing')).toBeUndefined();
  });
  it('dereferences references and lists the sources an entry cites', () => {
    const g = buildGraph(entries());
    const nasams = g.get('weapons', 'nasams')!;
    expect(g.relationsFrom(nasams).map((r) => `${r.type}→${r.to.id}`)).toEqual(['made-by→rtx', 'made-by→kongsberg']);
    expect(g.deref({ collection: 'actors', id: 'rtx' }).id).toBe('rtx');
    expect(g.sourcesOf(g.get('claims', 'c1')!).map((s) => s.id)).toEqual(['s1']);
  });
  it('fails on a reference to a missing entry, naming file, line, field and close ids', () => {
    const list = entries();
    (list[2]!.data as { makers: unknown[] }).makers.push(ref('actors', 'rtxx'));
    const text = 'title: NASAMS\nmakers:\n  - rtx\n  - kongsberg\n  - rtxx\n';
    const [p, ...rest] = problemsOf(list, { 'content/weapons/nasams.mdx': text });
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ file: 'content/weapons/nasams.mdx', line: 5, field: 'makers[2]' });
    expect(p!.problem).toContain('"rtxx" is not an entry of the actors collection');
    expect(p!.fix).toBe(
      'Did you mean "rtx"? Use the id (file name without extension) of a file in content/actors/; for a new one, run npm run new -- actor "<its name>", fill it in, delete its draft: true line and use the id it prints.',
    );
  });
  it('fails when two entities claim the same alias, naming both files', () => {
    const list = entries();
    (list[1]!.data as { aliases: string[] }).aliases.push('raytheon');
    const [p] = problemsOf(list);
    expect(p!.file).toBe('content/actors/kongsberg.mdx');
    expect(p!.field).toBe('aliases[0]');
    expect(p!.problem).toBe('the alias "raytheon" is already claimed by content/actors/rtx.mdx (its aliases[0] "Raytheon").');
  });
  it('fails when an alias collides with another page id or title', () => {
    const list = entries();
    (list[0]!.data as { aliases: string[] }).aliases.push('nasams');
    expect(problemsOf(list)[0]!.problem).toContain('"nasams" is already claimed');
  });
  it('fails when two collections use the same id', () => {
    const list = entries();
    list.push({ collection: 'claims', id: 'rtx', filePath: 'content/claims/rtx.mdx', data: { title: 'Another', aliases: [], history } } as never);
    const [p] = problemsOf(list);
    expect(p!.problem).toContain('the id "rtx" is already claimed by content/actors/rtx.mdx');
    expect(p!.fix).toBe(
      'Rename one of the two files (ids are file names and must be unique across actors, weapons and claims), then link the renamed page from a related page with [[<its new id>]]: [[rtx]] leads to the other.',
    );
  });
  it('fails on a glossary entity that is no page', () => {
    const list = entries();
    (list[7]!.data as { entity: string }).entity = 'nasam';
    expect(problemsOf(list)[0]).toMatchObject({ file: 'content/glossary/nasams-term.yaml', field: 'entity' });
  });
  it('reports every problem at once', () => {
    const list = entries();
    (list[2]!.data as { makers: unknown[] }).makers = [ref('actors', 'a'), ref('actors', 'b')];
    expect(problemsOf(list)).toHaveLength(2);
  });
});
