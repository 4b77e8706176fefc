/**
 * Golden-file tests for the remark plugins, run through Astro's real Markdown processor
 * with the site's plugin list (src/plugins/index.ts) and small fixed indexes.
 *
 * Each case is a folder under tests/unit/golden/<plugin>/<case>/ holding `input.md` and
 * either `output.html` (the expected HTML) or `error.txt` (text the error must contain).
 * Run with UPDATE_GOLDEN=1 to rewrite the output files after a deliberate change.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { remarkPlugins } from '../../../src/plugins/index.ts';
import { buildNameIndex } from '../../../src/lib/wikilinks.ts';
import { buildGlossaryIndex } from '../../../src/lib/acronyms.ts';

/** The pages and sources the golden inputs may refer to. */
export const names = buildNameIndex([
  { collection: 'weapons', id: 'shahed-136', title: 'Shahed-136', aliases: ['Geran-2', 'Geran 2'] },
  { collection: 'weapons', id: 'nasams', title: 'NASAMS', aliases: ['National Advanced Surface-to-Air Missile System'] },
  { collection: 'actors', id: 'government-of-ukraine', title: 'Government of Ukraine', aliases: ['Kyiv', 'Kiev'] },
  { collection: 'actors', id: 'mykhailo-podolyak', title: 'Mykhailo Podolyak', aliases: ['Mikhail Podoliak', 'Podoliak'] },
  { collection: 'claims', id: 'iran-ballistic-missiles-to-russia', title: 'Iran delivered ballistic missiles to Russia', aliases: [] },
]);
export const sourceIds = new Set(['reuters-2022-10-18', 'kyiv-independent-2022-11-08', 'presstv-2022-11-09']);
export const glossary = buildGlossaryIndex([
  { id: 'nasams', term: 'NASAMS', expansion: 'National Advanced Surface-to-Air Missile System', variants: [], href: '/weapons/nasams/' },
  { id: 'atacms', term: 'ATACMS', expansion: 'Army Tactical Missile System', variants: ['MGM-140'], href: '/weapons/atacms/' },
  { id: 'uav', term: 'UAV', expansion: 'unmanned aerial vehicle', variants: [] },
  { id: 'us', term: 'US', expansion: 'United States', variants: ['U.S.'] },
  { id: 'usai', term: 'USAI', expansion: 'Ukraine Security Assistance Initiative', variants: [] },
  { id: 'dod', term: 'DoD', expansion: 'Department of Defense', variants: ['DOD'], href: '/actors/us-department-of-defense/' },
  { id: 's-400', term: 'S-400', expansion: 'S-400 Triumf surface-to-air missile system', variants: [] },
]);

/** Renders Markdown as the site does; the result carries the remark frontmatter the plugins set. */
export async function render(markdown: string, path = 'content/test/input.md') {
  const processor = await createMarkdownProcessor({
    gfm: false,
    syntaxHighlight: false,
    remarkPlugins: remarkPlugins({
      names: () => names,
      sourceIds: () => sourceIds,
      glossary: () => glossary,
      pageUrl: (file) => (file.path.endsWith('weapons/nasams.md') ? '/weapons/nasams/' : undefined),
    }),
  });
  return processor.render(markdown, { fileURL: new URL(`file://${process.cwd()}/${path}`), frontmatter: {} });
}

/** One golden case. */
export interface GoldenCase {
  name: string;
  input: string;
  /** Expected HTML, when the case renders. */
  output?: string;
  /** Text the error must contain, when the case must fail. */
  error?: string;
  outputFile: string;
  /** The file path the input is rendered as (a case may name it in `path.txt`). */
  path?: string;
}

/** The cases of one plugin's folder. */
export function goldenCases(plugin: string): GoldenCase[] {
  const dir = join(import.meta.dirname, plugin);
  return readdirSync(dir).sort().map((name) => {
    const read = (f: string) => (existsSync(join(dir, name, f)) ? readFileSync(join(dir, name, f), 'utf8') : undefined);
    return {
      name,
      input: read('input.md')!,
      output: read('output.html'),
      error: read('error.txt')?.trim(),
      path: read('path.txt')?.trim(),
      outputFile: join(dir, name, 'output.html'),
    };
  });
}

/** Writes a new golden output when UPDATE_GOLDEN=1, and says whether it did. */
export function updateGolden(c: GoldenCase, html: string): boolean {
  if (process.env.UPDATE_GOLDEN !== '1') return false;
  writeFileSync(c.outputFile, `${html.trim()}\n`);
  return true;
}
