import { describe, expect, it } from 'vitest';
import { checkContentFiles, kebabCase } from '../../src/lib/content-check.ts';

const weapon = (front: string, body = '\nThe system is described here.\n') => `---\n${front}\n---\n${body}`;
const valid = 'title: NASAMS\ncategory: "air-defence-system"\norigin: Norway\nsummary: An air defence system.';
const check = (path: string, text: string) => checkContentFiles([{ path, text }], 'content');

describe('content check: files', () => {
  it('accepts a valid weapon page and a valid source', () => {
    expect(check('content/weapons/nasams.mdx', weapon(valid)).problems).toEqual([]);
    const source = 'title: T\npublisher: P\ndate: 2022-11-08\nurl: https://example.org/a\nkind: "newspaper"\naccessed: 2026-11-24\n';
    expect(check('content/sources/p-2022-11-08-t.yaml', source).problems).toEqual([]);
  });

  it('refuses a file outside the collections, in a sub-folder, or with the wrong extension', () => {
    const ids = {
      'content/notes.md': 'notes',
      'content/people/ryder.mdx': 'ryder',
      'content/actors/x/ryder.mdx': 'ryder',
      'content/actors/ryder.md': 'ryder',
      'content/sources/S.yml': 's',
    };
    for (const [path, id] of Object.entries(ids)) {
      const { problems } = check(path, 'x');
      expect(problems, path).toHaveLength(1);
      expect(problems[0]).toMatchObject({ file: path, rule: 'content/unknown-file' });
      expect(problems[0]!.problem).toContain('outside the known collections');
      expect(problems[0]!.fix).toBe(
        `Move it to content/<collection>/${id}.<mdx|yaml> (actors, weapons and claims are .mdx; sources, events and glossary are .yaml), or delete it.`,
      );
    }
  });

  it('names the collection a misplaced file belongs in when only one takes its fields', () => {
    const [p] = check('content/people/Nasams.mdx', weapon(valid)).problems;
    expect(p!.fix).toBe('Move it to content/weapons/nasams.mdx (it has the fields of weapons), or delete it.');
  });

  it('ignores hidden files such as .gitkeep', () => {
    expect(check('content/actors/.gitkeep', '').problems).toEqual([]);
  });

  it('refuses a file name that is not a kebab-case id and suggests one', () => {
    const [p] = check('content/weapons/Shahed_136.mdx', weapon(valid)).problems;
    expect(p).toMatchObject({ rule: 'content/file-name' });
    expect(p!.fix).toContain('shahed-136.mdx');
  });

  it('refuses an MDX file without frontmatter', () => {
    const [p] = check('content/weapons/nasams.mdx', 'Just prose.').problems;
    expect(p).toMatchObject({ line: 1, rule: 'schema/no-frontmatter' });
    // It names the fields the file cannot do without, from the collection's schema.
    expect(p!.fix).toContain('(weapons need title, category, origin and summary)');
  });

  it('lists drafts apart from problems', () => {
    const result = check('content/weapons/nasams.mdx', weapon(`draft: true\n${valid}`));
    // A draft is checked but not published: it is no entry of the build.
    expect(result).toEqual({ problems: [], drafts: ['content/weapons/nasams.mdx'], entries: [] });
  });

  it('gives the entries the build will load, with their data as the schema outputs it', () => {
    const { entries } = check('content/weapons/nasams.mdx', weapon(valid));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ id: 'nasams', collection: 'weapons', filePath: 'content/weapons/nasams.mdx', data: { title: 'NASAMS' } });
  });
});

describe('content check: schema problems point at their line', () => {
  it('a missing field points at the top of the frontmatter and says it is missing', () => {
    const [p] = check('content/weapons/nasams.mdx', weapon(valid.replace('origin: Norway\n', ''))).problems;
    expect(p).toMatchObject({ field: 'origin', line: 2, rule: 'schema/missing-field' });
    expect(p!.problem).toBe('origin is missing.');
    // The fix says what goes in the field, in the schema's own words.
    expect(p!.fix).toContain('Add "origin:" with its value (Country of origin, in English, e.g. "Iran")');
  });

  it('a wrong-typed field points at its own line', () => {
    const [p] = check('content/weapons/nasams.mdx', weapon(`${valid}\naliases: NASAMS`)).problems;
    expect(p).toMatchObject({ field: 'aliases', line: 6, rule: 'schema/invalid-value' });
    expect(p!.fix).toBe(
      'Correct the value (Other names and designations readers may meet ("Geran-2", "MGM-140"), so [[links]] and search find the page); CONTRIBUTING.md describes every field.',
    );
    expect(p!.problem).toContain('must be a list');
  });

  it('an unknown enum value lists the allowed ones; an unquoted YAML boolean is explained', () => {
    const [p] = check('content/weapons/nasams.mdx', weapon(valid.replace('"air-defence-system"', 'false'))).problems;
    expect(p).toMatchObject({ field: 'category', line: 3 });
    expect(p!.problem).toContain('YAML reads an unquoted false');
    expect(p!.problem).toContain('air-defence-system');
  });

  it('refuses a date that is not a real day, quoted or not', () => {
    for (const bad of ['2022-02-30', '"2022-13-01"', '8 November 2022']) {
      const source = `title: T\npublisher: P\ndate: ${bad}\nurl: https://example.org/a\nkind: "newspaper"\naccessed: 2026-11-24\n`;
      const [p] = check('content/sources/s.yaml', source).problems;
      expect(p, bad).toMatchObject({ field: 'date', line: 3 });
      expect(p!.problem, bad).toContain('not a real date');
    }
  });

  it('a misspelt field is reported with the field it probably meant', () => {
    const [p] = check('content/weapons/nasams.mdx', weapon(`${valid}\naliasses: [X]`)).problems;
    expect(p).toMatchObject({ field: 'aliasses', line: 6, rule: 'schema/unknown-field' });
    expect(p!.fix).toContain('Did you mean "aliases"?');
  });

  it('a nested problem points at the list item', () => {
    const front = `${valid}\noperators:\n  - name: Ukraine\n    since: 2022\n    sources: [a]`;
    const [p] = check('content/weapons/nasams.mdx', weapon(front)).problems;
    expect(p).toMatchObject({ field: 'operators[0].since', line: 8 });
  });

  it('reports YAML that does not parse, with its line', () => {
    const [p] = check('content/events/e.yaml', 'date: 2022-11-08\ntitle: "unclosed\ntext: x\n').problems;
    expect(p).toMatchObject({ rule: 'yaml/syntax' });
    expect(p!.line).toBeGreaterThanOrEqual(2);
  });

  it('a source URL must be http(s)', () => {
    const source = 'title: T\npublisher: P\ndate: 2022-11-08\nurl: javascript:alert(1)\nkind: "newspaper"\naccessed: 2026-11-24\n';
    expect(check('content/sources/s.yaml', source).problems[0]).toMatchObject({ field: 'url', line: 4 });
  });

  it('reports every problem in every file at once', () => {
    const result = checkContentFiles(
      [
        { path: 'content/weapons/a.mdx', text: weapon(valid.replace('origin: Norway\n', '')) },
        { path: 'content/weapons/b.mdx', text: weapon(valid.replace('NASAMS', '')) },
        { path: 'content/stray.txt', text: '' },
      ],
      'content',
    );
    expect(result.problems.map((p) => p.file)).toEqual(['content/weapons/a.mdx', 'content/weapons/b.mdx', 'content/stray.txt']);
  });
});

describe('content check: helpers', () => {
  it('kebabCase makes a file name from a name', () => {
    expect(kebabCase('Shahed_136')).toBe('shahed-136');
    expect(kebabCase('Mykhaïlo  Podolyak!')).toBe('mykhailo-podolyak');
  });
});

describe('content check: provenance and ownership of sources', () => {
  const source = (lines: string) =>
    check('content/sources/s-2022-11-05-x.yaml', `title: "Iran admits sending drones"\n${lines}\nlanguage: "en"\naccessed: 2026-11-24\n`).problems;

  it('accepts a wire story credited to the agency, with the copy it was read in', () => {
    expect(
      source(
        'publisher: "Reuters"\ndate: 2022-11-05\ncopy:\n  host: "Brisbane Times"\n  url: "https://www.brisbanetimes.com.au/a.html"\n  relation: "wire-copy"\nkind: "news-agency"',
      ),
    ).toEqual([]);
  });

  it('refuses a syndication site named as publisher, with the copy to write instead', () => {
    const [p, ...rest] = source('publisher: "Devdiscourse (Reuters)"\ndate: 2022-09-13\nurl: "https://www.devdiscourse.com/article/x"\nkind: "news-agency"');
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ file: 'content/sources/s-2022-11-05-x.yaml', line: 2, field: 'publisher', rule: 'source/copy-host-publisher' });
    expect(p!.fix).toContain('copy: { host: "Devdiscourse", url: "https://www.devdiscourse.com/article/x", relation: one of wire-copy');
  });

  it("refuses a syndication site's address given as the original's", () => {
    const [p] = source('publisher: "Reuters"\ndate: 2023-10-31\nurl: "https://www.nasdaq.com/articles/x"\nkind: "news-agency"');
    expect(p).toMatchObject({ line: 4, field: 'url', rule: 'source/copy-host-publisher' });
    expect(p!.problem).toContain("nasdaq.com is an exchange operator's site that reposts Reuters");
  });

  it('refuses a publisher that is the host of its own copy', () => {
    const [p] = source(
      'publisher: "Brisbane Times"\ndate: 2022-11-05\ncopy:\n  host: "Brisbane Times"\n  url: "https://www.brisbanetimes.com.au/a.html"\n  relation: "wire-copy"\nkind: "newspaper"',
    );
    expect(p).toMatchObject({ line: 2, field: 'publisher', rule: 'source/republisher-publisher' });
  });

  it('refuses a copy without its relation, and a record with neither url nor copy', () => {
    const [relation] = source(
      'publisher: "Reuters"\ndate: 2022-11-05\ncopy:\n  host: "Brisbane Times"\n  url: "https://www.brisbanetimes.com.au/a.html"\nkind: "news-agency"',
    );
    expect(relation).toMatchObject({ line: 4, field: 'copy.relation', rule: 'schema/missing-field' });
    expect(relation!.problem).toContain('it must be one of: wire-copy, syndication, translation, transcript, archive, reproduction');
    const [neither] = source('publisher: "Reuters"\ndate: 2022-11-05\nkind: "news-agency"');
    expect(neither).toMatchObject({ field: 'url', rule: 'schema/missing-field' });
    expect(neither!.problem).toContain("give the original's address, or, when only a copy can be read, the copy");
  });

  it("refuses an outlet on the guide's state-media list without the state-media kind, by name or by address", () => {
    const [byName] = source('publisher: "Kuwait News Agency (KUNA)"\ndate: 2022-06-28\nurl: "https://example.org/kuna"\nkind: "news-agency"');
    expect(byName).toMatchObject({ line: 5, field: 'kind', rule: 'source/state-media-kind' });
    expect(byName!.fix).toBe('Set kind: "state-affiliated-media", so the source is labelled wherever it is cited.');
    const [byHost] = source('publisher: "Tass agency"\ndate: 2022-06-28\nurl: "https://tass.com/defense/1"\nkind: "news-agency"');
    expect(byHost).toMatchObject({ rule: 'source/state-media-kind' });
    expect(source('publisher: "TASS"\ndate: 2022-06-28\nurl: "https://tass.com/defense/1"\nkind: "state-affiliated-media"')).toEqual([]);
  });

  it('refuses a state-funded outlet labelled as state media or without its ownership note', () => {
    const kinded = source(
      'publisher: "Al Jazeera"\ndate: 2023-12-14\nurl: "https://www.aljazeera.com/news/x"\nkind: "state-affiliated-media"\nownership: "Funded by the government of Qatar."',
    );
    expect(kinded.map((p) => p.rule)).toEqual(['source/state-funded-kind']);
    const [note] = source('publisher: "Al Jazeera"\ndate: 2023-12-14\nurl: "https://www.aljazeera.com/news/x"\nkind: "broadcaster"');
    expect(note).toMatchObject({ line: 2, rule: 'source/ownership-note' });
    expect(note!.fix).toBe('Add ownership: "Funded by the government of Qatar." (or what is known about the owner).');
    expect(
      source(
        'publisher: "Al Jazeera"\ndate: 2023-12-14\nurl: "https://www.aljazeera.com/news/x"\nkind: "broadcaster"\nownership: "Funded by the government of Qatar."',
      ),
    ).toEqual([]);
  });
});
