/**
 * Every setting the site, its build and its tools read from the environment, read in
 * this one place. Publishing is a setting, not a code change: a fork sets `SITE_URL`
 * and `BASE_PATH` (the deploy workflow takes both from GitHub Pages) and edits nothing.
 *
 *   SITE_URL=https://example.org BASE_PATH=/explainer/ npm run build
 *
 * A malformed value stops the build with a message that says what is expected.
 */

/** Where `astro preview` serves a local build; the address used when SITE_URL is not set. */
export const PREVIEW_URL = 'http://127.0.0.1:4321';

/** The settings, checked and normalised. */
export interface Settings {
  /** The public origin, without a path or a trailing slash: "https://example.org". */
  siteUrl: string;
  /** True when SITE_URL was not set, so the build is for the local preview address. */
  siteUrlIsPreview: boolean;
  /** The sub-path the site is served under: "/" at a domain root, "/iran-russia-drones/" on a project site; starts and ends with "/". */
  basePath: string;
  /** The repository's web address, for "Edit this page" links; undefined when none is known (the links are then left out). */
  repository: string | undefined;
  /** The branch pull requests go to. */
  branch: string;
  /** A preview build (SITE_NOINDEX=1, set by netlify.toml for deploy previews): search engines are told not to index it. */
  noindex: boolean;
  /** Built by Cloudflare's Workers Builds (WORKERS_CI=1): `_headers` also keeps its preview URLs out of search engines. */
  onCloudflare: boolean;
  /** The folder the site is built into (EXPLAINER_OUT_DIR, default "dist"). */
  outDir: string;
  /** The content root (EXPLAINER_CONTENT, default "content"); tests point it at fixture sets. */
  contentDir: string;
  /** Astro's cache folder (EXPLAINER_CACHE_DIR); builds of fixture sets keep their own. */
  cacheDir: string;
  /** True when the content check has already run for this build (EXPLAINER_CONTENT_CHECKED=1). */
  contentChecked: boolean;
  /**
   * Content files above which `npm run build` checks them in a worker thread while Astro
   * starts (EXPLAINER_LARGE_SITE, default 1,000; the real site has about 400). The build
   * tests set 0, so that a small fixture takes the large site's path.
   */
  largeSite: number;
}

/** A setting with a value that cannot be used: the message names the variable, what it read and what is expected. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

type Env = Readonly<Record<string, string | undefined>>;

/** A value that is set and not blank, trimmed. */
function value(env: Env, name: string): string | undefined {
  const v = env[name]?.trim();
  return v ? v : undefined;
}

/** A number of files from a variable, or `fallback` when it is not set. */
function fileCount(env: Env, name: string, fallback: number): number {
  const v = value(env, name);
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v)) throw new SettingsError(`${name} is "${v}": expected a whole number of files, such as 1000.`);
  return Number(v);
}

/**
 * The public origin from SITE_URL: an absolute http(s) address with no path, query or
 * fragment (a trailing slash is allowed and dropped).
 *
 *   parseSiteUrl('https://example.org/') === 'https://example.org'
 *   parseSiteUrl('example.org')          // throws: not an absolute http(s) origin
 */
export function parseSiteUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new SettingsError(`SITE_URL is "${raw}", which is not an address. Expected an absolute http(s) origin such as "https://example.org".`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') {
    throw new SettingsError(`SITE_URL is "${raw}": it must start with https:// (or http://). Expected an origin such as "https://example.org".`);
  }
  if (u.username || u.password || u.search || u.hash || raw.includes('?') || raw.includes('#')) {
    throw new SettingsError(`SITE_URL is "${raw}": it must be an origin only, with no user, query or fragment. Expected e.g. "https://example.org".`);
  }
  if (u.pathname !== '/') {
    throw new SettingsError(
      `SITE_URL is "${raw}", which has a path ("${u.pathname}"). SITE_URL is the origin only: set SITE_URL=${u.origin} and BASE_PATH=${u.pathname.replace(/\/?$/, '/')}.`,
    );
  }
  return u.origin;
}

/**
 * The base path from BASE_PATH: it must start with "/"; a missing trailing slash is
 * added (GitHub's configure-pages gives "/repo"), and "" means the domain root.
 *
 *   parseBasePath('/explainer') === '/explainer/'
 *   parseBasePath('')           === '/'
 *   parseBasePath('explainer')  // throws: a base path starts with "/"
 */
export function parseBasePath(raw: string): string {
  const v = raw.trim();
  if (v === '' || v === '/') return '/';
  if (!v.startsWith('/')) {
    throw new SettingsError(
      `BASE_PATH is "${raw}": a base path starts and ends with "/". Expected e.g. "/${v.replace(/^\/+|\/+$/g, '')}/", or "/" for a domain root.`,
    );
  }
  if (/[?#\s\\]|\/\/|(^|\/)\.\.?(\/|$)/.test(v)) {
    throw new SettingsError(`BASE_PATH is "${raw}": it must be a plain path of folder names, such as "/iran-russia-drones/".`);
  }
  return v.endsWith('/') ? v : `${v}/`;
}

/**
 * The repository's web address: SITE_REPOSITORY, else the one GitHub Actions names
 * (GITHUB_SERVER_URL and GITHUB_REPOSITORY), else none.
 */
export function parseRepository(env: Env): string | undefined {
  const explicit = value(env, 'SITE_REPOSITORY');
  const server = value(env, 'GITHUB_SERVER_URL');
  const repo = value(env, 'GITHUB_REPOSITORY');
  const raw = explicit ?? (server && repo ? `${server}/${repo}` : undefined);
  if (!raw) return undefined;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new SettingsError(
      `SITE_REPOSITORY is "${raw}", which is not an address. Expected the repository's web address, e.g. "https://github.com/owner/name".`,
    );
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') {
    throw new SettingsError(`SITE_REPOSITORY is "${raw}": expected an http(s) address such as "https://github.com/owner/name".`);
  }
  return raw.replace(/\/+$/, '').replace(/\.git$/, '');
}

/** Reads and checks every setting; throws a SettingsError for a malformed one. */
export function readSettings(env: Env): Settings {
  const site = value(env, 'SITE_URL');
  return {
    siteUrl: site ? parseSiteUrl(site) : PREVIEW_URL,
    siteUrlIsPreview: !site,
    basePath: parseBasePath(env.BASE_PATH ?? '/'),
    repository: parseRepository(env),
    branch: value(env, 'SITE_BRANCH') ?? 'main',
    noindex: env.SITE_NOINDEX === '1' || env.SITE_NOINDEX === 'true',
    onCloudflare: env.WORKERS_CI === '1',
    outDir: value(env, 'EXPLAINER_OUT_DIR') ?? 'dist',
    contentDir: value(env, 'EXPLAINER_CONTENT') ?? 'content',
    cacheDir: value(env, 'EXPLAINER_CACHE_DIR') ?? 'node_modules/.astro',
    contentChecked: env.EXPLAINER_CONTENT_CHECKED === '1',
    largeSite: fileCount(env, 'EXPLAINER_LARGE_SITE', 1_000),
  };
}

let current: Settings | undefined;

/**
 * The settings of this process, read from its environment on first use. A function, not
 * a constant, so a browser bundle that imports a module next to this one never touches
 * `process`.
 */
export function settings(): Settings {
  current ??= readSettings(process.env);
  return current;
}

/**
 * One line for the build's log that says what address and path it builds for, and
 * what is missing (a preview address, no repository for edit links).
 */
export function settingsSummary(s: Settings): string {
  const where = `${s.siteUrl}${s.basePath}`;
  const parts = [
    s.siteUrlIsPreview ? `Building for the local preview address ${where} (set SITE_URL to the public origin to publish)` : `Building for ${where}`,
  ];
  if (s.noindex) parts.push('a preview: every page is marked noindex');
  if (!s.repository) parts.push('no SITE_REPOSITORY, so pages have no "Edit this page" link');
  return `${parts.join('; ')}.`;
}
