import { describe, expect, it } from 'vitest';
import { urlPathOf } from '../../scripts/lib/built-site.ts';
import { checkLinks, formatLinkProblems, type LinkProblem } from '../../scripts/lib/link-check.ts';

/** A page whose body is the given markup. */
const html = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

/** A small site: the home page links every page, so only the page under test can fail. */
function site(extra: Record<string, string> = {}) {
  const pages = new Map<string, string>([
    ['/', html('<a href="/actors/">Actors</a> <a href="/glossary/">Glossary</a> <a href="/search/">Search</a>')],
    ['/actors/', html('<h1 id="top-heading">Actors</h1><a href="nasams/">NASAMS</a>')],
    ['/actors/nasams/', html('<h2 id="history">History</h2>')],
    ['/glossary/', html('<dl><dt id="uav">UAV</dt><dt id="uas">UAS</dt><dt id="atacms">ATACMS</dt><a name="legacy"></a></dl>')],
    ['/search/', html('<form action="/search/"><input name="q"></form>')],
    ['/404.html', html('<a href="/">Home</a>')],
  ]);
  for (const [path, body] of Object.entries(extra)) pages.set(path, body);
  const files = new Set(['/favicon.svg', '/pagefind/pagefind.js', '/_astro/page.css', '/search-names/index.json']);
  return { pages, files };
}

/** Problems from a site where `/` also holds `body` (plus the usual links). */
function problemsOn(body: string, options = {}): LinkProblem[] {
  const { pages, files } = site();
  pages.set('/', html(`<a href="/actors/">A</a> <a href="/glossary/">G</a> <a href="/search/">S</a> ${body}`));
  return checkLinks(pages, files, options).problems;
}

describe('link check: the URL of each built file', () => {
  it('maps index.html to its folder and keeps other names', () => {
    expect(urlPathOf('index.html')).toBe('/');
    expect(urlPathOf('actors/nasams/index.html')).toBe('/actors/nasams/');
    expect(urlPathOf('404.html')).toBe('/404.html');
    expect(urlPathOf('pagefind/pagefind.js')).toBe('/pagefind/pagefind.js');
  });
});

describe('link check: internal links resolve', () => {
  it('passes a site whose links all resolve, and counts them', () => {
    const { pages, files } = site();
    const result = checkLinks(pages, files);
    expect(result.problems).toEqual([]);
    expect(result.pagesChecked).toBe(6);
    expect(result.linksChecked).toBe(6);
  });

  it('accepts files and pages from every kind of link element', () => {
    const body =
      '<link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/_astro/page.css"><img src="/favicon.svg"><script src="/pagefind/pagefind.js"></script><video><source src="/favicon.svg"></video><form action="/search/"></form><a href="/actors/index.html">x</a>';
    expect(problemsOn(body)).toEqual([]);
  });

  it('reports a missing page or file from each kind of link element, with a likely guess', () => {
    const body =
      '<link rel="stylesheet" href="/_astro/gone.css"><img src="/logo.png"><script src="/pagefind/pagefnd.js"></script><video><source src="/clip.mp4"></video><form action="/find/"></form><a href="/actors/nasamz/">x</a>';
    const problems = problemsOn(body);
    expect(problems.map((p) => p.href)).toEqual(['/_astro/gone.css', '/logo.png', '/pagefind/pagefnd.js', '/clip.mp4', '/find/', '/actors/nasamz/']);
    expect(problems[2]).toMatchObject({
      page: '/',
      problem: 'there is no page or file at /pagefind/pagefnd.js.',
      fix: 'Did you mean "/pagefind/pagefind.js"? Otherwise correct the link or remove it.',
    });
    expect(problems[5]!.fix).toContain('/actors/nasams/');
  });

  it('asks for the trailing slash on a page URL without one', () => {
    const [problem, ...rest] = problemsOn('<a href="/actors/nasams">NASAMS</a>');
    expect(rest).toEqual([]);
    expect(problem!.problem).toBe('there is no page at /actors/nasams; the page is /actors/nasams/.');
    expect(problem!.fix).toMatch(/^Add the trailing slash: \/actors\/nasams\//);
  });

  it('resolves relative URLs against the page URL', () => {
    const { pages, files } = site({
      '/actors/nasams/': html(
        '<a href="../">Up</a> <a href="./">Self</a> <a href="../../glossary/#uav">UAV</a> <img src="../../favicon.svg"> <a href="history/">Bad</a>',
      ),
    });
    const problems = checkLinks(pages, files).problems;
    expect(problems.map((p) => [p.page, p.href, p.problem])).toEqual([['/actors/nasams/', 'history/', 'there is no page or file at /actors/nasams/history/.']]);
  });

  it('ignores the query string, and counts links to its own origin as internal', () => {
    expect(
      problemsOn('<a href="/search/?q=nasams">Search</a> <a href="https://example.org/actors/?sort=name">A</a>', { origin: 'https://example.org/' }),
    ).toEqual([]);
    const [problem] = problemsOn('<a href="https://example.org/weapons/?x=1" rel="external noopener">W</a>', { origin: 'https://example.org' });
    expect(problem!.problem).toBe('there is no page or file at /weapons/.');
  });

  it('decodes percent-encoded paths', () => {
    const { pages, files } = site({ '/actors/': html('<a href="nasams/">N</a> <a href="/actors/caf%C3%A9/">Café</a>'), '/actors/café/': html('') });
    expect(checkLinks(pages, files).problems).toEqual([]);
  });
});

describe('link check: fragments name an anchor on the target page', () => {
  it('accepts ids and <a name> on the same page and on others, #, #top, and encoded fragments', () => {
    const { pages, files } = site({
      '/glossary/': html('<dt id="uav">UAV</dt><dt id="über">Ü</dt><a name="legacy"></a><a href="#uav">x</a><a href="#">Top</a><a href="#top">Top</a>'),
    });
    pages.set(
      '/',
      html(
        '<a href="/actors/">A</a> <a href="/glossary/#legacy">G</a> <a href="/search/">S</a> <a href="/glossary/#%C3%BCber">Ü</a> <a href="/actors/nasams/?tab=1#history">H</a>',
      ),
    );
    expect(checkLinks(pages, files).problems).toEqual([]);
  });

  it('reports a missing anchor on another page, listing the nearest anchors there', () => {
    const [problem, ...rest] = problemsOn('<a href="/glossary/#uas-x">UAS</a>');
    expect(rest).toEqual([]);
    expect(problem).toEqual({
      page: '/',
      href: '/glossary/#uas-x',
      problem: 'no element with id "uas-x" on /glossary/.',
      fix: 'Link to one of the anchors listed, or give the intended element id="uas-x".',
      anchors: ['uas', 'uav', 'atacms', 'legacy'],
    });
  });

  it('reports a missing anchor on the same page, and lists at most eight anchors', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `<h2 id="part-${i + 1}">Part</h2>`).join('');
    const { pages, files } = site({ '/actors/nasams/': html(`${ids}<a href="#part-13">Next</a>`) });
    const [problem] = checkLinks(pages, files).problems;
    expect(problem).toMatchObject({ page: '/actors/nasams/', href: '#part-13', problem: 'no element with id "part-13" on /actors/nasams/.' });
    expect(problem!.anchors).toEqual(['part-1', 'part-10', 'part-11', 'part-12', 'part-3', 'part-2', 'part-4', 'part-5']);
  });

  it('says so when the target page has no anchors at all', () => {
    const [problem] = problemsOn('<a href="/search/#results">Results</a>');
    expect(problem!.anchors).toEqual([]);
    expect(problem!.fix).toBe('Give the intended element on /search/ id="results", or drop the fragment.');
  });
});

describe('link check: every page is reachable from the home page', () => {
  it('reports a page only linked from another orphan, but not the 404 page', () => {
    const { pages, files } = site({
      '/weapons/': html('<a href="/weapons/atacms/">ATACMS</a>'),
      '/weapons/atacms/': html('<a href="/">Home</a>'),
      '/404/': html(''),
    });
    const problems = checkLinks(pages, files).problems;
    expect(problems.map((p) => [p.page, p.href])).toEqual([
      ['/weapons/', ''],
      ['/weapons/atacms/', ''],
    ]);
    expect(problems[0]!.problem).toContain('not linked from any page reachable from the home page');
  });

  it('follows <a> links and form actions (not <link>), through fragments and several hops', () => {
    const { pages, files } = site({
      '/actors/nasams/': html('<a href="/weapons/#list">Weapons</a>'),
      '/weapons/': html('<div id="list"><a href="atacms/">ATACMS</a></div>'),
      '/weapons/atacms/': html(''),
      '/map/': html(''),
    });
    pages.set('/', html('<a href="/actors/">A</a> <a href="/glossary/">G</a> <a href="/search/">S</a> <link rel="next" href="/map/">'));
    expect(checkLinks(pages, files).problems.map((p) => p.page)).toEqual(['/map/']);
    pages.set('/', `${pages.get('/')}<form action="/map/" method="get"></form>`);
    expect(checkLinks(pages, files).problems).toEqual([]);
  });

  it('reports a site without a home page once, not every page as an orphan', () => {
    const { pages, files } = site();
    pages.delete('/');
    const problems = checkLinks(pages, files).problems;
    expect(problems.map((p) => [p.page, p.href, p.problem])).toEqual([
      ['/404.html', '/', 'there is no page or file at /.'],
      ['/', '', 'there is no home page, so no page can be reached from it.'],
    ]);
  });
});

describe('link check: external links carry rel="external noopener"', () => {
  it('accepts external links with both tokens, in any order and case, among others', () => {
    expect(problemsOn('<a href="https://reuters.com/x" rel="external noopener noreferrer">R</a> <a href="//cnn.com/y" rel="NOOPENER  External">C</a>')).toEqual(
      [],
    );
  });

  it('names the missing token or tokens', () => {
    const problems = problemsOn(
      '<a href="https://reuters.com/x" rel="noopener">R</a> <a href="https://cnn.com/y" rel="external">C</a> <a href="http://bbc.co.uk/">B</a>',
    );
    expect(problems.map((p) => p.problem)).toEqual([
      `the external link's rel lacks "external".`,
      `the external link's rel lacks "noopener".`,
      `the external link's rel lacks "external" and "noopener".`,
    ]);
  });

  it('does not ask it of external stylesheets or scripts, nor of links to the own origin', () => {
    expect(
      problemsOn(
        '<link rel="preconnect" href="https://fonts.example/"><script src="https://cdn.example/a.js"></script><a href="https://example.org/actors/">A</a>',
        { origin: 'https://example.org' },
      ),
    ).toEqual([]);
  });
});

describe('link check: link schemes', () => {
  it('ignores mailto: and tel: links', () => {
    const { pages, files } = site();
    pages.set(
      '/',
      html(
        '<a href="/actors/">A</a> <a href="/glossary/">G</a> <a href="/search/">S</a> <a href="mailto:editor@example.org">Mail</a> <a href="tel:+441234">Call</a>',
      ),
    );
    const result = checkLinks(pages, files);
    expect(result.problems).toEqual([]);
    expect(result.linksChecked).toBe(6);
  });

  it('reports javascript: links', () => {
    const [problem, ...rest] = problemsOn('<a href="javascript:void(0)">Open</a>');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ page: '/', href: 'javascript:void(0)' });
    expect(problem!.problem).toMatch(/^a javascript: URL is not a link/);
  });

  it('reports the same broken link once per page', () => {
    expect(problemsOn('<a href="/gone/">1</a> <a href="/gone/">2</a>')).toHaveLength(1);
  });
});

describe('link check: the report', () => {
  it('groups problems by page, with anchors and fixes', () => {
    const problems: LinkProblem[] = [
      {
        page: '/actors/foo/',
        href: '/glossary/#zzz',
        problem: 'no element with id "zzz" on /glossary/.',
        fix: 'Link to one of them.',
        anchors: ['a', 'b', 'c'],
      },
      { page: '/weapons/', href: '', problem: 'the page is not linked.', fix: 'Link to it.' },
      { page: '/actors/foo/', href: '/x', problem: 'there is no page at /x; the page is /x/.', fix: 'Add the trailing slash: /x/.' },
      { page: '/', href: '#nope', problem: 'no element with id "nope" on /.', fix: 'Add it.', anchors: [] },
    ];
    expect(formatLinkProblems(problems)).toBe(
      [
        '/actors/foo/: link "/glossary/#zzz" — no element with id "zzz" on /glossary/.',
        '    Anchors there: a, b, c',
        '    Fix: Link to one of them.',
        '/actors/foo/: link "/x" — there is no page at /x; the page is /x/.',
        '    Fix: Add the trailing slash: /x/.',
        '',
        '/weapons/: the page is not linked.',
        '    Fix: Link to it.',
        '',
        '/: link "#nope" — no element with id "nope" on /.',
        '    Anchors there: (none)',
        '    Fix: Add it.',
      ].join('\n'),
    );
  });

  it('is empty when there are no problems', () => {
    expect(formatLinkProblems([])).toBe('');
  });
});

describe('link check: under a base path', () => {
  /** The small site as served under /explainer/: the same files, links carrying the base. */
  function prefixed(extra = '') {
    const { pages, files } = site();
    for (const [path, page] of pages) pages.set(path, page.replace(/(href|src|action)="\//g, '$1="/explainer/'));
    pages.set('/', html(`<a href="/explainer/actors/">A</a> <a href="/explainer/glossary/#uav">G</a> <a href="/explainer/search/">S</a> ${extra}`));
    return checkLinks(pages, files, { base: '/explainer/', origin: 'https://example.test' });
  }

  it('resolves links that carry the base, relative links and absolute links to the site', () => {
    expect(
      prefixed('<a href="actors/nasams/#history">n</a> <a href="https://example.test/explainer/glossary/">g</a> <img src="/explainer/favicon.svg">').problems,
    ).toEqual([]);
  });

  it('reports a link written from the domain root, which leaves the base path', () => {
    const problems = prefixed(
      '<a href="/actors/">root</a> <script src="/pagefind/pagefind.js"></script> <a href="https://example.test/glossary/">abs</a>',
    ).problems;
    expect(problems.map((p) => p.href)).toEqual(['/actors/', '/pagefind/pagefind.js', 'https://example.test/glossary/']);
    expect(problems[0]).toMatchObject({
      page: '/',
      problem: "this link leaves the site's base path /explainer/, so it breaks where the site is published under it.",
    });
    expect(problems[0]!.fix).toContain('href() from src/lib/urls.ts');
  });
});
