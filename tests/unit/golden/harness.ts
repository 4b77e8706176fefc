/**
 * Golden-file tests for the remark plugins, run through Astro's real Markdown processor
 * with small fixed indexes. Each plugin runs alone, after remark-gfm, so adding a plugin
 * changes no other plugin's outputs; a plugin that must see another's output names it in
 * its folder's `needs.txt` (remark-acronyms must see the links remark-wikilinks makes).
 *
 * Each case is a folder under tests/unit/golden/<plugin>/<case>/ holding `input.md`,
 * optionally `path.txt` (the file path it is rendered as), and either `output.html`
 * (the expected HTML) or `error.txt` (the whole problem it must fail with). Both are
 * Vitest file snapshots: `npx vitest run -u` rewrites them after a deliberate change.
 * A new failing case needs an empty `error.txt` to say it must fail.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { remarkPlugins, SITE_PLUGINS, type SitePluginName } from '../../../src/plugins/index.ts';
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

/** The plugins' folders, which are named after them. */
export const pluginFolders = readdirSync(import.meta.dirname, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/** True for the name of one of the site's plugins. */
export const isSitePlugin = (name: string): name is SitePluginName => Object.hasOwn(SITE_PLUGINS, name);

/** The plugins a folder's cases run: the plugin and what its `needs.txt` names, in the site's order. */
export function pluginsFor(plugin: SitePluginName): SitePluginName[] {
  const needs = join(import.meta.dirname, plugin, 'needs.txt');
  const named = existsSync(needs) ? readFileSync(needs, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean) : [];
  return [plugin, ...named.filter(isSitePlugin)];
}

/**
 * Renders Markdown as the site does, with the given plugins only (all by default); the
 * result carries the remark frontmatter the plugins set.
 */
export async function render(markdown: string, path = 'content/test/input.md', only?: readonly SitePluginName[]) {
  const processor = await createMarkdownProcessor({
    gfm: false,
    // As in astro.config.mjs: remark-typography makes the quotes.
    smartypants: false,
    syntaxHighlight: false,
    remarkPlugins: remarkPlugins(
      {
        names: () => names,
        sourceIds: () => sourceIds,
        glossary: () => glossary,
        pageUrl: (file) => (file.path.endsWith('weapons/nasams.md') ? '/weapons/nasams/' : undefined),
        // As on a GitHub Pages project site; only remark-base-path reads it.
        base: '/explainer/',
      },
      only,
    ),
  });
  return processor.render(markdown, { fileURL: new URL(`file://${process.cwd()}/${path}`), frontmatter: {} });
}

/** One golden case. */
export interface GoldenCase {
  name: string;
  input: string;
  /** The expected output's file: `error.txt` when the case must fail, else `output.html`. */
  expected: string;
  fails: boolean;
  /** The file path the input is rendered as (a case may name it in `path.txt`). */
  path?: string;
}

/** The cases of one plugin's folder. */
export function goldenCases(plugin: string): GoldenCase[] {
  const dir = join(import.meta.dirname, plugin);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const at = (f: string) => join(dir, name, f);
      const fails = existsSync(at('error.txt'));
      return {
        name,
        input: readFileSync(at('input.md'), 'utf8'),
        expected: at(fails ? 'error.txt' : 'output.html'),
        fails,
        path: existsSync(at('path.txt')) ? readFileSync(at('path.txt'), 'utf8').trim() : undefined,
      };
    });
}
