import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { checkMdx } from '../../src/lib/safe-mdx.ts';
import { COMPONENTS } from '../../src/lib/safe-mdx-lists.ts';

const FILE = 'content/weapons/nasams.mdx';
// Three lines of frontmatter, so the body starts on line 4.
const FRONTMATTER = '---\ntitle: "NASAMS"\n---\n';

const check = (body: string) => checkMdx(FILE, FRONTMATTER + body);

/** The one problem a body has, after checking there is exactly one. */
function one(body: string) {
  const problems = check(body);
  expect(problems, JSON.stringify(problems, null, 2)).toHaveLength(1);
  return problems[0]!;
}

const CLEAN_PAGE = `${FRONTMATTER}
{/* Write the article's account first, then what other sources say. */}

## In the story

The article says US officials confirmed the delivery of two [[nasams|NASAMS]] systems
after Kyiv said they had arrived [@kyiv-independent-2022-11-07-nasams-aspide-arrive].
Ukraine's minister of defence, [[oleksii-reznikov]], thanked Norway, Spain and the
United States.[^1] The missiles carry about 20 kg of explosive, roughly H<sub>2</sub>O's
weight in a bucket, and fly at Mach 3<sup>†</sup>.<br />A new line.

<Aside title="What NASAMS stands for">
The National Advanced Surface-to-Air Missile System was built by Kongsberg and **Raytheon**.
</Aside>

<Figure src="/images/nasams-launcher.jpg" alt="A NASAMS launcher on a truck in a field" width="1200" height="800" caption="A launcher in Norway." />

<Figure src="/images/nasams-map.png" alt="Map of the sites" width="1200" height="800" />

<Quote by="Oleksii Reznikov" lang="uk">
Це значно посилить українську армію і зробить наше небо *безпечнішим*.
</Quote>

He said <span lang="uk">дякую</span> to the partners [@interfax-ukraine-2023-09-05-reznikov-dismissed].

### Deliveries

| Date | Systems | Source |
| --- | --- | --- |
| 2022-11-07 | 2 | [Kyiv Independent](https://kyivindependent.com/) |

#### Launchers

Exports of the system rose; imports of parts came from [Norway][kongsberg].

## Background

See https://www.kongsberg.com for the maker.

[kongsberg]: https://www.kongsberg.com/

[^1]: Reznikov's statement of 7 November 2022.
`;

describe('checkMdx', () => {
  it('finds nothing wrong in a realistic page using everything allowed', () => {
    expect(checkMdx(FILE, CLEAN_PAGE)).toEqual([]);
  });

  it('counts lines from the top of the file, frontmatter included', () => {
    const p = one('Fine.\n\n<script>alert(1)</script>\n');
    expect(p).toMatchObject({ file: FILE, line: 6, rule: 'mdx/no-unsafe-element' });
    // The same body with no frontmatter starts on line 1.
    expect(checkMdx(FILE, 'Fine.\n\n<script>alert(1)</script>\n')[0]?.line).toBe(3);
  });

  it('reports every problem in a file, in line order, each with a problem and a fix', () => {
    const problems = check(
      [
        '# Title again', // 4
        '',
        '<Chart data="x" />', // 6
        '',
        'A [link](javascript:alert(1)) and {1 + 1}.', // 8
        '',
        '![](/images/a.png)', // 10: refused as a Markdown image, which also covers its alt text
        '',
        '<Aside onClick="x">Hi</Aside>', // 12
      ].join('\n'),
    );
    expect(problems.map((p) => [p.line, p.rule])).toEqual([
      [4, 'content/heading-level'],
      [6, 'mdx/unknown-component'],
      [8, 'mdx/no-unsafe-url'],
      [8, 'mdx/no-expression'],
      [10, 'content/markdown-image'],
      [12, 'mdx/no-event-handler'],
    ]);
    for (const p of problems) {
      expect(p.file).toBe(FILE);
      expect(p.problem).toMatch(/\.$/);
      expect(p.fix).toMatch(/\.$/);
    }
  });
});

describe('mdx/syntax and its special cases', () => {
  it('explains a prose line starting with "import" or "export", at that line', () => {
    const p = one('Intro.\n\nimport of drones began in August.\n');
    expect(p).toMatchObject({ line: 6, rule: 'mdx/prose-import-export' });
    expect(p.problem).toContain('"import of drones began in August."');
    expect(p.fix).toContain('join it to the line before');
    expect(one('export of drones fell.\n')).toMatchObject({ line: 4, rule: 'mdx/prose-import-export' });
  });

  it('points at the line that starts the sentence when the parser stops on a later line', () => {
    const p = one('import them\nfrom Iran, officials said.\n');
    expect(p).toMatchObject({ line: 4, rule: 'mdx/prose-import-export' });
  });

  it('leaves "import" inside a line, in a list or capitalised alone', () => {
    expect(check('Iran began the\nimport of drones.\n\n- import of parts\n\nExport rose.\n')).toEqual([]);
  });

  it('turns an HTML comment into a hint to write {/* … */}', () => {
    const p = one('Text.\n\n<!-- check this date -->\n');
    expect(p).toMatchObject({ line: 6, rule: 'mdx/syntax' });
    expect(p.problem).toContain('"<!-- check this date -->"');
    expect(p.fix).toContain('{/* … */}');
  });

  it('says how to write a literal "<" or "{"', () => {
    const lt = one('Range 3<4 km.\n');
    expect(lt).toMatchObject({ line: 4, rule: 'mdx/syntax' });
    expect(lt.problem).toContain('"Range 3<4 km."');
    expect(lt.fix).toContain('&lt;');
    const brace = one('Para.\n\nA set { of things.\n');
    expect(brace).toMatchObject({ line: 6, rule: 'mdx/syntax' });
    expect(brace.problem).toContain('"A set { of things."');
    expect(brace.fix).toContain('\\{');
  });

  it('names an unclosed tag at its own line', () => {
    const p = one('One.\n\nLine one<br>line two.\n');
    expect(p).toMatchObject({ line: 6, rule: 'mdx/syntax' });
    expect(p.problem).toContain('<br>');
    expect(p.fix).toContain('<br />');
    expect(one('Text\n\n<Aside title="x">\n\nNo end.\n')).toMatchObject({ line: 6, rule: 'mdx/syntax' });
  });

  it('says to write a link in <https://…> as [text](url)', () => {
    const p = one('See <https://example.com>.\n');
    expect(p).toMatchObject({ line: 4, rule: 'mdx/syntax' });
    expect(p.fix).toContain('[text](https://…)');
  });
});

describe('mdx/no-import', () => {
  it('rejects a real import or export', () => {
    const p = one('Intro.\n\nimport Chart from "../chart.tsx"\n');
    expect(p).toMatchObject({ line: 6, rule: 'mdx/no-import' });
    expect(p.problem).toContain('"import Chart from "../chart.tsx""');
    expect(one('export const year = 2022\n')).toMatchObject({ line: 4, rule: 'mdx/no-import' });
  });
  it('allows the words in prose', () => {
    expect(check('The import of drones and their export began.\n')).toEqual([]);
  });
});

describe('mdx/no-expression', () => {
  it('allows one block comment filling the expression, in a block or in text', () => {
    expect(check('{/* instructions */}\n\nText {/* note */} here.\n\n{ /**/ }\n')).toEqual([]);
  });
  it('rejects code, even between comments, and an empty expression', () => {
    const p = one('Text.\n\n{/* a */ + evil() /* b */}\n');
    expect(p).toMatchObject({ line: 6, rule: 'mdx/no-expression' });
    expect(p.problem).toContain('"{/* a */ + evil() /* b */}"');
    expect(p.fix).toContain('\\{');
    expect(one('Sum {1 + 1}.\n')).toMatchObject({ line: 4, rule: 'mdx/no-expression' });
    expect(one('Empty {} here.\n')).toMatchObject({ line: 4, rule: 'mdx/no-expression' });
    expect(one('{/* a */ /* b */}\n')).toMatchObject({ rule: 'mdx/no-expression' });
  });
  it('rejects attribute values written as expressions and spread attributes', () => {
    const value = one('<Aside title={name}>x</Aside>\n');
    expect(value).toMatchObject({ line: 4, rule: 'mdx/no-expression' });
    expect(value.problem).toContain('title={name}');
    expect(value.fix).toContain('title="…"');
    const spread = one('Text.\n\n<Aside {...props}>x</Aside>\n');
    expect(spread).toMatchObject({ line: 6, rule: 'mdx/no-expression' });
    expect(spread.problem).toContain('{...props}');
  });
});

describe('mdx/no-unsafe-element', () => {
  it.each(['script', 'style', 'iframe', 'object', 'embed', 'link', 'meta', 'base', 'form', 'frame', 'frameset', 'SCRIPT', 'IFrame'])('rejects <%s>', (name) => {
    const p = one(`Text.\n\n<${name} />\n`);
    expect(p).toMatchObject({ line: 6, rule: 'mdx/no-unsafe-element' });
    expect(p.problem).toContain(`<${name}>`);
  });
  it('says why', () => {
    expect(one('<script>x</script>\n').problem).toContain('runs code');
    expect(one('<iframe src="https://x.org"></iframe>\n').problem).toContain('from another site');
  });
  it('does not check the code inside it as well', () => {
    expect(one('<style>{"body { display: none }"}</style>\n')).toMatchObject({ line: 4, rule: 'mdx/no-unsafe-element' });
  });
});

describe('mdx/no-event-handler', () => {
  it('rejects on… attributes on allowed elements and components, in any case', () => {
    const p = one('Text <span onclick="steal()">x</span>.\n');
    expect(p).toMatchObject({ line: 4, rule: 'mdx/no-event-handler' });
    expect(p.problem).toContain('"onclick"');
    const q = one('\n<Figure src="/images/a.png" alt="A" width="1" height="1" onError="x" />\n');
    expect(q).toMatchObject({ line: 5, rule: 'mdx/no-event-handler' });
    expect(q.problem).toContain('"onError"');
  });
  it('reports an expression handler once, as an event handler', () => {
    expect(one('<Aside onClick={() => 1}>x</Aside>\n')).toMatchObject({ rule: 'mdx/no-event-handler' });
  });
  it('allows attributes that are not handlers', () => {
    expect(check('<span lang="uk">так</span>\n')).toEqual([]);
  });
});

describe('mdx/no-unsafe-url', () => {
  it.each([
    ['a link', '[click](javascript:alert(1))', 'javascript:alert(1)'],
    ['a link in any case', '[click](JavaScript:alert(1))', 'JavaScript:alert(1)'],
    ['an image', '![A map](data:image/svg+xml;base64,AAAA)', 'data:image/svg+xml;base64,AAAA'],
    ['a link definition', '[x][d]\n\n[d]: vbscript:msgbox', 'vbscript:msgbox'],
    ['a file link', '[notes](file:///etc/passwd)', 'file:///etc/passwd'],
  ])('rejects %s', (_, body, url) => {
    const p = one(`${body}\n`);
    expect(p).toMatchObject({ rule: 'mdx/no-unsafe-url' });
    expect(p.problem).toContain(`"${url}"`);
  });
  it('tells a Markdown image the whole <Figure> recipe, and a Figure to use a local path', () => {
    expect(one('![A map](data:image/svg+xml;base64,AAAA)\n').fix).toContain('write <Figure src="/images/….jpg" alt="A map" width="…" height="…" />');
    expect(one('<Figure src="data:image/png;base64,AA" alt="A" width="1" height="1" />\n').fix).toBe(
      'Save the image under public/images/ and use its path, e.g. /images/map.png.',
    );
  });
  it('sees through leading spaces, control characters and newlines inside the scheme', () => {
    expect(one('[a](<  javascript:x>)\n').rule).toBe('mdx/no-unsafe-url');
    expect(one('[a](&#x09;javascript:x)\n').rule).toBe('mdx/no-unsafe-url');
    expect(one('[a](java&#x0A;script:x)\n').rule).toBe('mdx/no-unsafe-url');
  });
  it('checks href and src in JSX, even when written with character references', () => {
    const p = one('\n<Figure src="&#106;avascript:x" alt="A" width="1" height="1" />\n');
    expect(p).toMatchObject({ line: 5, rule: 'mdx/no-unsafe-url' });
    expect(p.problem).toContain('"javascript:x"');
  });
  it('allows https, site-relative and mailto links, and autolinked addresses', () => {
    expect(check('[a](https://x.org) [b](/weapons/nasams/) [c](mailto:a@b.org) [d](#top) www.example.com\n')).toEqual([]);
  });
});

describe('mdx/no-raw-html', () => {
  it.each([
    ['<a href="https://x.org">x</a>', 'a', '[text](https://…)'],
    ['<img src="/images/a.png" />', 'img', '<Figure'],
    ['<div>x</div>', 'div', 'blank line'],
    ['<p>x</p>', 'p', 'blank line'],
    ['<h2>Range</h2>', 'h2', '## '],
    ['<table><tr><td>x</td></tr></table>', 'table', 'Markdown table'],
    ['The <abbr>UN</abbr> said.', 'abbr', 'glossary'],
    ['<font>x</font>', 'font', '<span lang>'],
  ])('rejects %s, once, with a tailored fix', (body, name, fix) => {
    const p = one(`Text.\n\n${body}\n`);
    expect(p).toMatchObject({ line: 6, rule: 'mdx/no-raw-html' });
    expect(p.problem).toContain(`<${name}>`);
    expect(p.fix).toContain(fix);
  });
  it('rejects fragments', () => {
    expect(one('<>x</>\n')).toMatchObject({ line: 4, rule: 'mdx/no-raw-html' });
  });
  it('reports an image tag with a data: URL as raw HTML only', () => {
    expect(one('<img src="data:image/png;base64,AA" onerror="x" />\n').rule).toBe('mdx/no-raw-html');
  });
  it('still checks Markdown inside rejected HTML', () => {
    const problems = check('<div>\n\n[x](javascript:y)\n\n</div>\n');
    expect(problems.map((p) => [p.line, p.rule])).toEqual([
      [4, 'mdx/no-raw-html'],
      [6, 'mdx/no-unsafe-url'],
    ]);
  });
  it('allows <br>, <sub>, <sup> and <span lang>', () => {
    expect(check('a<br />b H<sub>2</sub>O x<sup>2</sup> <span lang="fa">سلام</span>\n')).toEqual([]);
  });
  it('is not fooled by names on Object.prototype', () => {
    expect(one('<constructor />\n').rule).toBe('mdx/no-raw-html');
  });
});

describe('mdx/unknown-component', () => {
  it('rejects a component the layout does not provide', () => {
    const p = one('Text.\n\n<Chart data="x" />\n');
    expect(p).toMatchObject({ line: 6, rule: 'mdx/unknown-component' });
    expect(p.problem).toContain('<Chart>');
    expect(p.fix).toContain('Aside, Figure or Quote');
  });
  it('allows the provided components', () => {
    expect(check('<Aside>x</Aside>\n\n<Quote by="A. Person">y</Quote>\n')).toEqual([]);
  });
});

describe('mdx/attribute and mdx/missing-attribute', () => {
  it('rejects an attribute the element does not take, naming those it does', () => {
    const p = one('<Aside title="x" class="wide">y</Aside>\n');
    expect(p).toMatchObject({ line: 4, rule: 'mdx/attribute' });
    expect(p.problem).toContain('"class"');
    expect(p.fix).toContain('"title"');
    const q = one('Text <span style="color: red">x</span>.\n');
    expect(q).toMatchObject({ line: 4, rule: 'mdx/attribute' });
    expect(q.fix).toContain('"lang"');
    expect(one('a<br class="x" />b\n').fix).toContain('no attributes');
  });
  it('reports the element line for an attribute on a later line', () => {
    const p = one('<Figure\n  src="/images/a.png"\n  alt="A launcher"\n  width="1"\n  height="1"\n  style="x"\n/>\n');
    expect(p).toMatchObject({ line: 4, rule: 'mdx/attribute' });
  });
  it('names every missing required attribute', () => {
    const p = one('Text.\n\n<Figure src="/images/a.png" alt="A launcher" />\n');
    expect(p).toMatchObject({ line: 6, rule: 'mdx/missing-attribute' });
    expect(p.problem).toContain('"width" and "height"');
    const q = one('<Quote>Words.</Quote>\n');
    expect(q).toMatchObject({ line: 4, rule: 'mdx/missing-attribute' });
    expect(q.problem).toContain('"by"');
    expect(one('<Quote by="">Words.</Quote>\n').rule).toBe('mdx/missing-attribute');
  });
});

describe('content/image-alt', () => {
  it('rejects a Figure without alt text', () => {
    const p = one('Text.\n\n<Figure src="/images/map.png" alt="" width="1" height="1" />\n');
    expect(p).toMatchObject({ line: 6, rule: 'content/image-alt' });
    expect(p.problem).toContain('"/images/map.png"');
    expect(one('<Figure src="/images/a.png" alt=" " width="1" height="1" />\n')).toMatchObject({ line: 4, rule: 'content/image-alt' });
  });
  it('allows described images', () => {
    expect(check('<Figure src="/images/map.png" alt="Map of the front line" width="1200" height="800" />\n')).toEqual([]);
  });
});

describe('content/markdown-image', () => {
  // A Markdown image has no width, height or lazy loading, which tests/dist/budget.test.ts requires.
  it('refuses a Markdown image, with the <Figure> that replaces it', () => {
    const p = one('Text.\n\n![Map of the front line](/images/map.png)\n');
    expect(p).toMatchObject({ line: 6, rule: 'content/markdown-image' });
    expect(p.fix).toContain('<Figure src="/images/map.png" alt="Map of the front line" width="…" height="…" />');
    expect(one('![][m]\n\n[m]: /images/m.png\n')).toMatchObject({ line: 4, rule: 'content/markdown-image' });
    expect(one('![][m]\n\n[m]: /images/m.png\n').fix).toContain('<Figure src="/images/m.png" alt="what the image shows"');
  });
  it('gives <img>, closed or not, one message pointing to <Figure>', () => {
    for (const img of ['<img src="/images/a.png" alt="A">', '<img src="/images/a.png" alt="A" />']) {
      const p = one(`Text.\n\n${img}\n`);
      expect(p, img).toMatchObject({ line: 6, rule: 'mdx/no-raw-html', problem: 'The HTML element <img> is not allowed in content.' });
      expect(p.fix, img).toContain('<Figure src="/images/a.png" alt="A" width="…" height="…" />');
    }
  });
});

describe('content/remote-image', () => {
  it.each(['https://example.com/a.png', 'http://example.com/a.png', '//cdn.example.com/a.png'])('rejects ![x](%s)', (url) => {
    const p = one(`Text.\n\n![A launcher](${url})\n`);
    expect(p).toMatchObject({ line: 6, rule: 'content/remote-image' });
    expect(p.problem).toContain(`"${url}"`);
    // A local Markdown image is refused too: the fix is the whole <Figure> recipe, with the alt text.
    expect(p.fix).toContain('write <Figure src="/images/a.png" alt="A launcher" width="…" height="…" />');
  });
  it('rejects a Figure or an image reference loading from another site', () => {
    const figure = one('<Figure src="https://x.org/a.png" alt="A" width="1" height="1" />\n');
    expect(figure.rule).toBe('content/remote-image');
    expect(figure.fix).toContain('use its path, e.g. /images/a.png.');
    expect(one('![A map][m]\n\n[m]: https://x.org/m.png\n')).toMatchObject({ line: 4, rule: 'content/remote-image' });
  });
  it('allows links to other sites, which are not loaded', () => {
    expect(check('[A map](https://x.org/m.png)\n')).toEqual([]);
  });
});

describe('content/heading-level', () => {
  it('rejects a level-1 heading in the body', () => {
    const p = one('Text.\n\n# NASAMS\n');
    expect(p).toMatchObject({ line: 6, rule: 'content/heading-level' });
    expect(p.problem).toContain('"# NASAMS"');
    expect(p.fix).toContain('##');
  });
  it('rejects a heading that skips a level, quoting it', () => {
    const p = one('## Specifications\n\n#### Range\n');
    expect(p).toMatchObject({ line: 6, rule: 'content/heading-level' });
    expect(p.problem).toBe('The heading level skips from 2 to 4 at "Range".');
    expect(p.fix).toContain('###');
    expect(one('### Too deep first\n').problem).toContain('from 1 to 3');
  });
  it('allows going down one level at a time and back up any number', () => {
    expect(check('## A\n\n### B\n\n#### C\n\n## D\n\n### E\n')).toEqual([]);
  });
});

describe("the allowed components' attributes are their Props", () => {
  /** The members of `interface Props` in a component's frontmatter, read with the TypeScript parser. */
  function propsOf(file: string): { required: string[]; optional: string[] } {
    const text = readFileSync(file, 'utf8');
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
    const source = ts.createSourceFile(file, frontmatter, ts.ScriptTarget.Latest);
    const props = source.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'Props');
    if (!props) throw new Error(`${file} has no interface Props`);
    const members = props.members.filter(ts.isPropertySignature);
    const names = (optional: boolean) => members.filter((m) => !!m.questionToken === optional).map((m) => m.name.getText(source));
    return { required: names(false), optional: names(true) };
  }

  it.each(Object.keys(COMPONENTS))('%s: COMPONENTS requires and allows exactly what its Props require and allow', (name) => {
    const props = propsOf(`src/components/${name}.astro`);
    expect({ required: [...COMPONENTS[name]!.required].sort(), optional: [...COMPONENTS[name]!.optional].sort() }).toEqual({
      required: props.required.sort(),
      optional: props.optional.sort(),
    });
  });
});
