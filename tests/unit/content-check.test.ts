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
    for (const path of ['content/notes.md', 'content/people/ryder.mdx', 'content/actors/x/ryder.mdx', 'content/actors/ryder.md', 'content/sources/s.yml']) {
      const { problems } = check(path, 'x');
      expect(problems, path).toHaveLength(1);
      expect(problems[0]).toMatchObject({ file: path, rule: 'content/unknown-file' });
      expect(problems[0]!.problem).toContain('outside the known collections');
      expect(problems[0]!.fix).toBe(
        'Move it to content/<collection>/<id>.<mdx|yaml> (actors, weapons and claims are .mdx; sources, events and glossary are .yaml), or delete it.',
      );
    }
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
    expect(check('content/weapons/nasams.mdx', 'Just prose.').problems[0]).toMatchObject({ line: 1, rule: 'schema/no-frontmatter' });
  });

  it('lists drafts apart from problems', () => {
    const result = check('content/weapons/nasams.mdx', weapon(`draft: true\n${valid}`));
    expect(result).toEqual({ problems: [], drafts: ['content/weapons/nasams.mdx'] });
  });
});

describe('content check: schema problems point at their line', () => {
  it('a missing field points at the top of the frontmatter and says it is missing', () => {
    const [p] = check('content/weapons/nasams.mdx', weapon(valid.replace('origin: Norway\n', ''))).problems;
    expect(p).toMatchObject({ field: 'origin', line: 2, rule: 'schema/missing-field' });
    expect(p!.problem).toBe('origin is missing.');
  });

  it('a wrong-typed field points at its own line', () => {
    const [p] = check('content/weapons/nasams.mdx', weapon(`${valid}\naliases: NASAMS`)).problems;
    expect(p).toMatchObject({ field: 'aliases', line: 6, rule: 'schema/invalid-value' });
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
