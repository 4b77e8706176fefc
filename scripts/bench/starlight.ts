/**
 * The peer site of the side-by-side benchmark (scripts/bench-vs-starlight.ts): a current
 * Starlight installed into a folder of its own (never a dependency of this project), and
 * the synthetic pages of `npm run bench` written as Starlight docs, so both sites render the
 * same words, links and notes:
 *
 * - each actor, weapon and claim page becomes `src/content/docs/<collection>/<id>.mdx` with
 *   its title and summary (as `description`) and the same prose;
 * - a wikilink becomes a Markdown link to the page it names (`[[id]]`, `[[alias]]`,
 *   `[[id|text]]`); a citation `[@id]` becomes a footnote giving the source's title,
 *   publisher and address; `<Aside title>` becomes Starlight's `:::note[title]` and
 *   `<Quote by>` a block quote with its speaker;
 * - the sidebar lists each collection (Starlight's `autogenerate`), as a docs site would;
 *   `sidebar: false` builds without one.
 *
 * Starlight runs Pagefind at the end of its build, as this site does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { SyntheticFile } from './synthetic/index.ts';

/** Installs `@astrojs/starlight@<version>` (and the Astro it asks for) into `dir`, unless it is there; returns its version. */
export function installStarlight(dir: string, version: string, npm: string[]): string {
  const installed = join(dir, 'node_modules/@astrojs/starlight/package.json');
  const wanted = version === 'latest' ? undefined : version;
  const have = existsSync(installed) ? (JSON.parse(readFileSync(installed, 'utf8')) as { version: string }).version : undefined;
  if (!have || (wanted && have !== wanted)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'starlight-peer', private: true, type: 'module' }, null, 2)}\n`);
    console.log(`Installing @astrojs/starlight@${version} into ${dir} (npm registry)…`);
    const r = spawnSync(npm[0]!, [...npm.slice(1), 'install', '--no-audit', '--no-fund', `@astrojs/starlight@${version}`, 'astro'], {
      cwd: dir,
      stdio: 'inherit',
    });
    if (r.status !== 0) throw new Error(`npm install of Starlight failed (exit ${r.status}).`);
  }
  return (JSON.parse(readFileSync(installed, 'utf8')) as { version: string }).version;
}

interface Page {
  collection: string;
  id: string;
  title: string;
  summary: string;
  body: string;
}

const frontmatter = (text: string) => /^---\n([\s\S]*?)\n---\n/.exec(text);

/** Writes the synthetic pages as a Starlight site in `dir` (its `src/` and config are replaced). */
export function writeStarlightSite(dir: string, files: SyntheticFile[], { sidebar }: { sidebar: boolean }): number {
  rmSync(join(dir, 'src'), { recursive: true, force: true });
  const pages: Page[] = [];
  const sources = new Map<string, { title: string; publisher: string; url: string }>();
  const aliasOf = new Map<string, string>();
  for (const f of files) {
    const [collection, name] = f.path.split('/') as [string, string];
    if (collection === 'sources') sources.set(name.replace(/\.yaml$/, ''), parseYaml(f.text));
    if (!['actors', 'weapons', 'claims'].includes(collection)) continue;
    const fm = frontmatter(f.text)!;
    const data = parseYaml(fm[1]!) as { title: string; summary?: string; aliases?: string[] };
    pages.push({ collection, id: name.replace(/\.mdx$/, ''), title: data.title, summary: data.summary ?? '', body: f.text.slice(fm[0].length) });
    for (const alias of data.aliases ?? []) aliasOf.set(alias.toLowerCase(), `${collection}/${name.replace(/\.mdx$/, '')}`);
  }
  const byId = new Map(pages.map((p) => [p.id, `${p.collection}/${p.id}`]));
  const titleOf = new Map(pages.map((p) => [`${p.collection}/${p.id}`, p.title]));
  for (const p of pages) aliasOf.set(p.title.toLowerCase(), `${p.collection}/${p.id}`);
  const target = (name: string) => byId.get(name) ?? aliasOf.get(name.toLowerCase());
  for (const p of pages) {
    const cited: string[] = [];
    let body = p.body
      .replace(/\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g, (_, name: string, text?: string) => {
        const to = target(name.trim());
        // Shown as this site shows it: the text given, else the name written, or the title for an id.
        const shown = text ?? (byId.has(name.trim()) ? titleOf.get(to!) : name);
        return to ? `[${shown}](/${to}/)` : (text ?? name);
      })
      .replace(/\[(@[^\]]+)\]/g, (_, list: string) =>
        list
          .split(';')
          .map((s) => s.trim().replace(/^@/, ''))
          .map((id) => {
            if (!cited.includes(id)) cited.push(id);
            return `[^${id}]`;
          })
          .join(''),
      )
      .replace(/<Aside title="([^"]*)">\n([\s\S]*?)\n<\/Aside>/g, ':::note[$1]\n$2\n:::')
      .replace(/<Quote by="([^"]*)">\n([\s\S]*?)\n<\/Quote>/g, '> $2\n>\n> — $1');
    body += `\n\n${cited.map((id) => `[^${id}]: ${sources.get(id)?.title}, ${sources.get(id)?.publisher}. [${sources.get(id)?.url}](${sources.get(id)?.url})`).join('\n')}\n`;
    const fm = `---\ntitle: ${JSON.stringify(p.title)}\ndescription: ${JSON.stringify(p.summary)}\n---\n`;
    const path = join(dir, 'src/content/docs', p.collection, `${p.id}.mdx`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, fm + body);
  }
  writeFileSync(join(dir, 'src/content/docs/index.mdx'), '---\ntitle: Synthetic pages\n---\n\nThe synthetic pages of the benchmark.\n');
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
  );
  const groups = ['actors', 'weapons', 'claims'].map((c) => ({ label: c, items: [{ autogenerate: { directory: c } }] }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n\nexport default defineConfig({\n  integrations: [starlight({ title: 'Synthetic', sidebar: ${JSON.stringify(sidebar ? groups : [])} })],\n});\n`,
  );
  return pages.length;
}
