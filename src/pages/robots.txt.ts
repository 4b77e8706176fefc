/** /robots.txt: every page may be crawled; the sitemap lists them all. */
import type { APIRoute } from 'astro';
import { absoluteUrl, href } from '../lib/urls.ts';

// A host serves robots.txt from its root only: under a base path this file is a hint for
// whoever owns the domain's root robots.txt, and its rules still name the site's own paths.
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: ${href('/')}\n\nSitemap: ${absoluteUrl(href('/sitemap-index.xml'))}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
