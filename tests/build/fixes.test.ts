/**
 * Every message's suggested fix, applied, makes the problem go (issue #14): for each broken
 * fixture, the fix its own message suggests is applied as written, with real values where
 * it says "…", and then the content passes the content check (in this process, fast): the
 * check every build runs first, with the graph's checks and the audit the build runs again
 * (tests/build/agreement.test.ts). Each fix names the words of the message it follows
 * (`says`), so a message that stops suggesting it fails here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assembleCase, cases, checkContent } from './harness.ts';

/** One edit to a case's content folder (paths relative to it). */
type Edit =
  | { file: string; from: string | RegExp; to: string }
  | { file: string; moveTo: string }
  | { file: string; remove: true }
  | { scaffold: [type: string, name: string] };

/** A case's fix: the words of its message that suggest it, and that fix as edits. */
interface Fix {
  says: string;
  edits: Edit[];
}

const replace = (file: string, from: string | RegExp, to: string): Edit => ({ file, from, to });
const move = (file: string, to: string): Edit => ({ file, moveTo: to });
const remove = (file: string): Edit => ({ file, remove: true });

const NASAMS = 'weapons/nasams.mdx';
const RYDER = 'actors/patrick-ryder.mdx';
const CLAIM = 'claims/iran-ballistic-missiles-to-russia.mdx';
/** An image the site has (the tests do not write into public/), standing for the file the message says to save. */
const figure = (alt: string) => `<Figure src="/favicon.svg" alt="${alt}" width="32" height="32" />`;

/** The line `npm run new` starts a draft with, which the fixes that make an entry delete. */
const DRAFT_LINE = /^draft: true.*\n/m;

/** `npm run new -- term "…"` run for real, its expansion and definition filled in and its draft line deleted. */
const newTerm = (term: string, expansion: string): Edit[] => {
  const file = `glossary/${term.toLowerCase()}.yaml`;
  return [
    { scaffold: ['term', term] },
    replace(file, /^expansion: .*$/m, `expansion: "${expansion}"`),
    replace(file, /^definition: .*$/m, 'definition: "A term of the test fixtures."'),
    replace(file, DRAFT_LINE, ''),
  ];
};

/** The fix of every broken fixture, by case. */
const FIXES: Record<string, Fix> = {
  'acronym-in-summary': {
    says: 'Fix: Run npm run new -- term "IAIO", fill in its expansion and definition and delete its draft: true line',
    edits: newTerm('IAIO', 'Iran Aviation Industries Organization'),
  },
  'claim-checked-before-change': {
    says: 'Fix: Check the claim against its sources again and set checked: to that day (on or after 2022-11-08',
    edits: [replace(CLAIM, 'checked: 2022-11-01', 'checked: 2026-11-24')],
  },
  'claim-with-one-source': {
    says: 'or set singleSource: true and say in the prose that the claim rests on one source',
    edits: [replace(CLAIM, 'singleSource: false', 'singleSource: true')],
  },
  'claim-without-article-status': {
    says: 'Fix: Add a first history entry dated on or before 2022-11-09 giving the status the claim had then.',
    edits: [
      replace(
        CLAIM,
        'history:\n',
        'history:\n  - date: 2022-11-08\n    status: "unverified"\n    why: The Pentagon said it could not corroborate the reports.\n    sources: [kyiv-independent-2022-11-08-nasams]\n',
      ),
    ],
  },
  'claim-without-claimant': {
    says: 'Fix: Add under claimants who asserted it: - actor: <their actor id>, date: <when, YYYY-MM-DD>, said: <what they said>, sources: [<the ids of the sources that report it>].',
    edits: [
      replace(
        CLAIM,
        'claimants: []',
        'claimants:\n  - actor: patrick-ryder\n    date: 2022-11-08\n    said: Said the US had no information to corroborate a delivery.\n    sources: [kyiv-independent-2022-11-08-nasams]',
      ),
    ],
  },
  'claim-without-sources': {
    says: 'Fix: List the id of at least one source that reports it',
    edits: [replace(CLAIM, 'sources: []', 'sources: [kyiv-independent-2022-11-08-nasams]')],
  },
  'claim-without-status-date': {
    says: 'Fix: Add "date:" with its value',
    edits: [replace(CLAIM, '  - status: "unverified"', '  - date: 2022-11-08\n    status: "unverified"')],
  },
  'correction-section': {
    says: 'Fix: Use the id of one of its sections: delivery-to-ukraine',
    edits: [replace(NASAMS, 'section: "deliveries"', 'section: "delivery-to-ukraine"')],
  },
  'duplicate-alias': {
    says: 'Fix: Remove "Pentagon" from one of the two files',
    edits: [replace(NASAMS, ', "Pentagon"]', ']')],
  },
  'duplicate-id': {
    says: 'then link the renamed page from a related page with [[<its new id>]]: [[patrick-ryder]] leads to the other.',
    edits: [
      move('weapons/patrick-ryder.mdx', 'weapons/ryder-missile.mdx'),
      replace(NASAMS, '## Delivery to Ukraine\n\n', '## Delivery to Ukraine\n\nIt is not the [[ryder-missile]].\n\n'),
    ],
  },
  'duplicate-source-url': {
    says: 'Fix: Delete this file and cite "kyiv-independent-2022-11-08-nasams" instead.',
    edits: [remove('sources/kyiv-independent-2022-11-08-nasams-copy.yaml')],
  },
  'file-name-not-kebab': {
    says: 'Fix: Rename it to nasams.mdx',
    edits: [move('weapons/NASAMS.mdx', NASAMS)],
  },
  'file-outside-collections': {
    says: 'Fix: Move it to <content>/weapons/nasams.mdx (it has the fields of weapons), or delete it.',
    edits: [move('people/nasams.mdx', NASAMS)],
  },
  'image-without-alt': {
    says: 'Fix: Describe what the image shows in its alt text',
    edits: [replace(NASAMS, 'alt=""', `alt="The site's icon"`)],
  },
  'img-unclosed': {
    says: `write <Figure src="/favicon.svg" alt="The site's icon" width="…" height="…" /> with the width and height of the file in pixels`,
    edits: [replace(NASAMS, `<img src="/favicon.svg" alt="The site's icon">`, figure("The site's icon"))],
  },
  'invalid-date': {
    says: 'date is "2022-02-30", not a real date; write it as YYYY-MM-DD',
    edits: [replace('sources/kyiv-independent-2022-11-08-nasams.yaml', 'date: 2022-02-30', 'date: 2022-11-08')],
  },
  'markdown-image': {
    says: 'write <Figure src="/favicon.svg" alt="A NASAMS launcher" width="…" height="…" /> with the width and height of the file in pixels',
    edits: [replace(NASAMS, '![A NASAMS launcher](/favicon.svg)', figure('A NASAMS launcher'))],
  },
  'mdx-data-url': {
    says: 'Fix: Link to an https:// address',
    edits: [replace(NASAMS, '(data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', '(https://www.kongsberg.com/)')],
  },
  'mdx-event-handler': {
    says: 'Fix: Remove the attribute',
    edits: [replace(NASAMS, ' onmouseover="alert(1)"', '')],
  },
  'mdx-export': {
    says: 'Fix: Remove it',
    edits: [replace(NASAMS, 'export const secret = process.env.HOME\n', '')],
  },
  'mdx-expression': {
    says: 'Fix: Write \\{ for a literal brace',
    edits: [replace(NASAMS, '{2 * 1e8}', '\\{2 * 1e8}')],
  },
  'mdx-iframe': {
    says: 'Fix: Remove it',
    edits: [replace(NASAMS, '<iframe src="https://example.org/video"></iframe>\n', '')],
  },
  'mdx-import': {
    says: 'Fix: Remove it',
    edits: [replace(NASAMS, "import fs from 'node:fs'\n", '')],
  },
  'mdx-javascript-url': {
    says: 'Fix: Link to an https:// address',
    edits: [replace(NASAMS, '(javascript:alert(1))', '(https://www.kongsberg.com/)')],
  },
  'mdx-object': {
    says: 'Fix: Remove it',
    edits: [replace(NASAMS, '<object data="/file.swf"></object>\n', '')],
  },
  'mdx-raw-html': {
    says: 'Fix: Remove the tag',
    edits: [replace(NASAMS, '<div class="box">Two systems were delivered.</div>', 'Two systems were delivered.')],
  },
  'mdx-raw-html-img': {
    says: `write <Figure src="/favicon.svg" alt="The site's icon" width="…" height="…" /> with the width and height of the file in pixels`,
    edits: [replace(NASAMS, `<img src="/favicon.svg" alt="The site's icon" />`, figure("The site's icon"))],
  },
  'mdx-script': {
    says: 'Fix: Remove it',
    edits: [replace(NASAMS, '<script>alert(1)</script>\n', '')],
  },
  'mdx-style': {
    says: 'Fix: Remove it',
    edits: [replace(NASAMS, '<style>{"body { display: none }"}</style>\n', '')],
  },
  'mdx-unknown-component': {
    says: 'or write it in Markdown',
    edits: [replace(NASAMS, '<Chart data="x" />', 'The data: x.')],
  },
  'missing-field': {
    says: 'Fix: Add "origin:" with its value (Country of origin, in English, e.g. "Iran")',
    edits: [replace(NASAMS, 'category: "air-defence-system"\n', 'category: "air-defence-system"\norigin: Norway and United States\n')],
  },
  'missing-image-file': {
    says: 'Fix: Save the image as public/images/nasams-launcher.jpg (or correct the path to a file under public/images/).',
    // (The test does not write into public/: it corrects the path to a file that is there.)
    edits: [replace(NASAMS, '/images/nasams-launcher.jpg', '/favicon.svg')],
  },
  'misspelt-field': {
    says: 'Fix: Did you mean "aliases"?',
    edits: [replace(NASAMS, 'aliasses:', 'aliases:')],
  },
  'misspelt-wikilinks-two-files': {
    says: 'Fix: Did you mean "patrick-ryder"?',
    // The other file's message says: Did you mean "pentagon"?
    edits: [replace(RYDER, '[[Pentagone]]', '[[pentagon]]'), replace(NASAMS, '[[patrik-ryder]]', '[[patrick-ryder]]')],
  },
  'native-name-bad-tag': {
    says: 'native names are given in uk, ru, fa, ar only (a name in Latin letters belongs in aliases)',
    // "Patrick Ryder" is in Latin letters, and already one of the page's aliases.
    edits: [replace(RYDER, 'nativeNames:\n  - name: "Patrick Ryder"\n    lang: "en_US!"\n    sources: [the-hill-2022-08-04-ryder-named]\n', '')],
  },
  'native-name-wrong-script': {
    says: 'or its Latin spelling as an alias',
    // "Patrick Ryder" is already one of the page's aliases.
    edits: [replace(RYDER, 'nativeNames:\n  - name: "Patrick Ryder"\n    lang: "fa"\n    sources: [the-hill-2022-08-04-ryder-named]\n', '')],
  },
  'no-frontmatter': {
    says: 'Fix: Start the file with its fields between two lines of "---" (weapons need title, category, origin and summary)',
    edits: [
      replace(
        NASAMS,
        'NASAMS is an air defence system.',
        '---\ntitle: NASAMS\ncategory: "air-defence-system"\norigin: Norway and United States\nsummary: NASAMS is an air defence system.\n---\n\nNASAMS is an air defence system.',
      ),
    ],
  },
  'orphan-page': {
    says: 'Fix: Link it from a related page with [[lloyd-austin]]',
    edits: [
      replace(
        RYDER,
        '## In the story\n\n',
        '## In the story\n\n[[lloyd-austin]] named Ryder press secretary on 4 August 2022 [@the-hill-2022-08-04-ryder-named].\n\n',
      ),
    ],
  },
  'page-without-sources': {
    says: 'Fix: Cite the sources of its facts in its prose with [@source-id].',
    edits: [replace(NASAMS, 'had been delivered.', 'had been delivered [@kyiv-independent-2022-11-08-nasams].')],
  },
  'placeholder-text': {
    says: 'or leave the point out until a source is found',
    edits: [replace(NASAMS, 'Range: todo, find a source.\n\n', '')],
  },
  'prose-starts-with-import': {
    says: 'Fix: Reword so the line does not start with "import" or "export"',
    edits: [replace(NASAMS, 'import of drones', 'The import of drones')],
  },
  'remote-image': {
    says: 'Fix: The site makes no requests to other sites: save the file under public/images/ and write <Figure src="/images/nasams.jpg" alt="A NASAMS launcher" width="…" height="…" />',
    // (/favicon.svg stands for the saved /images/nasams.jpg: the tests do not write into public/.)
    edits: [replace(NASAMS, '![A NASAMS launcher](https://example.org/nasams.jpg)', figure('A NASAMS launcher'))],
  },
  'skipped-heading': {
    says: 'Fix: Use ###',
    edits: [replace(NASAMS, '#### Range', '### Range')],
  },
  'source-copy-without-relation': {
    says: 'Fix: Add "relation:" with its value',
    edits: [
      replace(
        'sources/reuters-2022-11-05-iran-admits-sending-drones.yaml',
        '  host: "Brisbane Times"\n',
        '  host: "Brisbane Times"\n  relation: "wire-copy"\n',
      ),
    ],
  },
  'source-state-funded-without-ownership': {
    says: `Fix: Add ownership: "Germany's international broadcaster, funded by the German federal government; editorially independent under the Deutsche Welle Act."`,
    edits: [
      replace(
        'sources/dw-2024-09-05-ukraine-updates.yaml',
        'accessed: 2026-11-24\n',
        `accessed: 2026-11-24\nownership: "Germany's international broadcaster, funded by the German federal government; editorially independent under the Deutsche Welle Act."\n`,
      ),
    ],
  },
  'source-state-media-unlabelled': {
    says: 'Fix: Set kind: "state-affiliated-media"',
    edits: [replace('sources/tass-2022-10-18-kremlin-no-information-iranian-drones.yaml', 'kind: "news-agency"', 'kind: "state-affiliated-media"')],
  },
  'source-syndication-publisher': {
    says: 'Fix: Set publisher (and kind) to the outlet, agency or body whose report or document it is, and url to its own page if it can be found; record the copy as copy: { host: "Devdiscourse"',
    edits: [
      replace('sources/devdiscourse-2022-09-13-ukraine-shoots-down-iranian-drone.yaml', 'publisher: "Devdiscourse (Reuters)"', 'publisher: "Reuters"'),
      replace(
        'sources/devdiscourse-2022-09-13-ukraine-shoots-down-iranian-drone.yaml',
        'url: "https://www.devdiscourse.com/article/law-order/2177326-ukraine-shoots-down-iranian-made-drone-used-by-russia--defence-ministry"',
        'copy: { host: "Devdiscourse", url: "https://www.devdiscourse.com/article/law-order/2177326-ukraine-shoots-down-iranian-made-drone-used-by-russia--defence-ministry", relation: "wire-copy" }',
      ),
    ],
  },
  'uncited-source': {
    says: 'Fix: Cite it with [@reuters-2022-10-18-iran-missiles] where it supports a fact',
    edits: [
      replace(
        CLAIM,
        '## As of the article\n\n',
        '## As of the article\n\nIn October 2022 Reuters reported that Iran had agreed to ship missiles to Russia [@reuters-2022-10-18-iran-missiles].\n\n',
      ),
    ],
  },
  'undefined-acronym': {
    says: 'Fix: Run npm run new -- term "SAM", fill in its expansion and definition and delete its draft: true line',
    edits: newTerm('SAM', 'surface-to-air missile'),
  },
  'unknown-alias': {
    says: 'Fix: Did you mean "pentagon"?',
    edits: [replace(RYDER, '[[Pentagram]]', '[[pentagon]]')],
  },
  'unknown-citation': {
    says: 'Fix: Did you mean "kyiv-independent-2022-11-08-nasams"?',
    edits: [replace(NASAMS, '[@kyiv-independent-2022-11-09-nasams]', '[@kyiv-independent-2022-11-08-nasams]')],
  },
  'unknown-citation-no-match': {
    says: 'Fix: Use the id of a file in content/sources/',
    edits: [replace(NASAMS, 'reuters-2025-03-01-norway-orders', 'kyiv-independent-2022-11-08-nasams')],
  },
  'unknown-enum': {
    says: 'kind is "persn"; it must be one of: person,',
    edits: [replace(RYDER, 'kind: "persn"', 'kind: "person"')],
  },
  'unknown-reference': {
    says: 'for a new one, run npm run new -- actor "<its name>", fill it in, delete its draft: true line and use the id it prints.',
    edits: [
      { scaffold: ['actor', 'Kongsberg'] },
      replace('actors/kongsberg.mdx', 'kind: "person"', 'kind: "company"'),
      replace('actors/kongsberg.mdx', /^summary: "TODO.*$/m, 'summary: "Kongsberg is a Norwegian company. It makes NASAMS."'),
      replace('actors/kongsberg.mdx', /^TODO: .*$/m, 'The [[nasams]] systems it makes were delivered to Ukraine [@kyiv-independent-2022-11-08-nasams].'),
      replace('actors/kongsberg.mdx', DRAFT_LINE, ''),
      replace(NASAMS, 'makers: [no-such-maker]', 'makers: [kongsberg]'),
    ],
  },
  'unknown-wikilink': {
    says: 'Fix: Did you mean "us-department-of-defense"?',
    edits: [replace(NASAMS, '[[us-department-of-defence]]', '[[us-department-of-defense]]')],
  },
  'unquoted-boolean-enum': {
    says: 'status is false (YAML reads an unquoted false as a true/false value, not text); it must be one of: confirmed, corroborated, unverified',
    edits: [replace(CLAIM, 'status: false', 'status: "unverified"')],
  },
  'wrong-type-field': {
    says: 'it must be a list, e.g. ["Geran-2", "Geran 2"]',
    edits: [replace(NASAMS, 'aliases: National Advanced Surface-to-Air Missile System', 'aliases: ["National Advanced Surface-to-Air Missile System"]')],
  },
  'yaml-syntax': {
    says: 'Fix: Check the indentation and the quotes on this line',
    edits: [replace('sources/kyiv-independent-2022-11-08-nasams.yaml', 'publisher: "The Kyiv Independent\n', 'publisher: "The Kyiv Independent"\n')],
  },
};

const works: string[] = [];
afterAll(() => works.forEach((w) => rmSync(w, { recursive: true, force: true })));

/** Applies a fix's edits to a content folder; each edit must find what it changes. */
function apply(content: string, edits: Edit[]) {
  for (const edit of edits) {
    if ('scaffold' in edit) {
      const made = spawnSync(process.execPath, ['scripts/new.ts', ...edit.scaffold], {
        encoding: 'utf8',
        env: { ...process.env, EXPLAINER_CONTENT: relative(process.cwd(), content), NO_COLOR: '1' },
      });
      expect(made.status, made.stderr).toBe(0);
      continue;
    }
    const path = join(content, edit.file);
    expect(existsSync(path), `${edit.file} is there`).toBe(true);
    if ('moveTo' in edit) {
      mkdirSync(dirname(join(content, edit.moveTo)), { recursive: true });
      renameSync(path, join(content, edit.moveTo));
    } else if ('remove' in edit) rmSync(path);
    else {
      const text = readFileSync(path, 'utf8');
      expect(text, `${edit.file} holds ${edit.from}`).toMatch(edit.from);
      writeFileSync(path, text.replace(edit.from, edit.to));
    }
  }
}

describe("every broken fixture's suggested fix", () => {
  it('every broken fixture has a fix, and every fix a fixture', () => {
    expect(Object.keys(FIXES).sort()).toEqual(cases('broken'));
  });

  for (const name of cases('broken')) {
    it(`${name}: the fix its message suggests passes the content check`, () => {
      const fix = FIXES[name];
      expect(fix, `no fix for ${name}: add it to FIXES`).toBeDefined();
      const work = assembleCase(name, 'broken', 'fix-');
      works.push(work);
      const content = join(work, 'content');
      const before = checkContent(content).join('\n');
      expect(before, 'the message suggests this fix').toContain(fix!.says);
      apply(content, fix!.edits);
      expect(checkContent(content)).toEqual([]);
    });
  }
});
