/**
 * The deploy and CI workflows and the other hosts' configs, read as data: valid YAML,
 * TOML and JSONC, with the steps, permissions and settings README's "Publish" promises,
 * and every action pinned to a commit.
 */
import { readFileSync } from 'node:fs';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  permissions?: Record<string, string>;
  steps: Step[];
  needs?: string;
  environment?: { name: string };
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

const workflow = (name: string) => parseYaml(readFileSync(`.github/workflows/${name}`, 'utf8')) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);
const action = (w: Workflow, name: string) => steps(w).find((s) => s.uses?.startsWith(`${name}@`));

describe.each(['deploy.yml', 'ci.yml'])('%s', (file) => {
  it('pins every action to a full commit SHA, with its version in a comment', () => {
    const text = readFileSync(`.github/workflows/${file}`, 'utf8');
    const uses = [...text.matchAll(/uses: (\S+)(.*)/g)];
    expect(uses.length).toBeGreaterThan(1);
    for (const [, ref, comment] of uses) {
      expect(ref, ref).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      expect(comment, ref).toMatch(/^ # v\d+\.\d+\.\d+$/);
    }
  });

  it('reads the code with least permissions, and checks it out with its full history', () => {
    const w = workflow(file);
    expect(w.permissions).toEqual({ contents: 'read' });
    expect(action(w, 'actions/checkout')?.with).toMatchObject({ 'fetch-depth': 0 });
  });
});

describe('deploy.yml (GitHub Pages)', () => {
  const w = workflow('deploy.yml');

  it('runs on a push to main and by hand, one deployment at a time', () => {
    expect(w.on).toEqual({ push: { branches: ['main'] }, workflow_dispatch: null });
    expect(w.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });

  it('installs with npm ci and builds with the address and sub-path GitHub Pages gives', () => {
    const build = w.jobs.build!;
    const names = build.steps.map((s) => s.run ?? s.uses?.split('@')[0]);
    expect(names).toEqual(['actions/checkout', 'actions/setup-node', 'actions/configure-pages', 'npm ci', 'npm run build', 'actions/upload-pages-artifact']);
    const pages = build.steps.find((s) => s.uses?.startsWith('actions/configure-pages@'))!;
    expect(build.steps.find((s) => s.run === 'npm run build')?.env).toEqual({
      SITE_URL: `\${{ steps.${pages.id}.outputs.origin }}`,
      BASE_PATH: `\${{ steps.${pages.id}.outputs.base_path }}/`,
      SITE_REPOSITORY: '${{ github.server_url }}/${{ github.repository }}',
    });
    expect(action(w, 'actions/upload-pages-artifact')?.with).toEqual({ path: 'dist/' });
  });

  it('deploys in a job of its own that alone may write to Pages', () => {
    const deploy = w.jobs.deploy!;
    expect(deploy.needs).toBe('build');
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.environment?.name).toBe('github-pages');
    expect(deploy.steps.map((s) => s.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
    expect(w.jobs.build!.permissions).toBeUndefined();
  });
});

describe('ci.yml (pull requests)', () => {
  const w = workflow('ci.yml');

  it('runs the test command once, and builds nowhere else', () => {
    const runs = steps(w)
      .filter((s) => s.run)
      .map((s) => s.run);
    expect(runs.filter((r) => r === 'npm test')).toHaveLength(1);
    expect(runs.filter((r) => /npm run (build|check)/.test(r!))).toEqual(['npm run check']);
    expect(steps(w).find((s) => s.run === 'npm run check')?.if).toBe('failure()');
  });

  it('keeps a pull request’s built site as an artifact to download and open', () => {
    const keep = steps(w).find((s) => s.with?.name === 'site-preview')!;
    expect(keep.uses).toMatch(/^actions\/upload-artifact@/);
    expect(keep.with?.path).toBe('dist/');
    expect(keep.if).toContain("github.event_name == 'pull_request'");
    expect(readFileSync('README.md', 'utf8')).toContain('gh run download <run id> --name site-preview --dir dist && npm run preview');
  });
});

describe('netlify.toml', () => {
  const config = parseToml(readFileSync('netlify.toml', 'utf8')) as Record<string, any>;

  it('builds dist/ for Netlify’s own address, on Node 24', () => {
    expect(config.build.publish).toBe('dist');
    expect(config.build.command).toBe('SITE_URL=$URL SITE_REPOSITORY=$REPOSITORY_URL npm run build');
    expect(config.build.environment.NODE_VERSION).toBe('24');
  });

  it('marks deploy previews and branch deploys noindex, each at its own address', () => {
    for (const context of ['deploy-preview', 'branch-deploy']) {
      expect(config.context[context].command).toBe('SITE_URL=$DEPLOY_PRIME_URL SITE_REPOSITORY=$REPOSITORY_URL SITE_NOINDEX=1 npm run build');
    }
  });
});

describe('wrangler.jsonc (Cloudflare Workers static assets)', () => {
  it('serves dist/ with the site’s 404 page, trailing slashes and preview URLs', () => {
    const errors: ParseError[] = [];
    const config = parseJsonc(readFileSync('wrangler.jsonc', 'utf8'), errors) as Record<string, any>;
    expect(errors).toEqual([]);
    expect(config.assets).toEqual({ directory: './dist', html_handling: 'force-trailing-slash', not_found_handling: '404-page' });
    expect(config.preview_urls).toBe(true);
    expect(config.main).toBeUndefined();
    expect(config.compatibility_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
