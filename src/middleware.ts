/**
 * On the dev server only: a page whose content file has a problem (found by the content
 * check, src/integrations/content-check.ts) is answered with the problem instead, its file
 * and line, what is wrong and the fix (src/lib/problem-page.ts); every other page keeps
 * working. A build never gets here with a problem: the check stops it first.
 */
import { defineMiddleware } from 'astro:middleware';
import { problemPage } from './lib/problem-page.ts';
import { href } from './lib/urls.ts';
import { contentRoot } from './data/content-index.ts';
import { devProblemsFor } from './data/dev-problems.ts';

export const onRequest = defineMiddleware((context, next) => {
  if (!import.meta.env.DEV) return next();
  const problems = devProblemsFor(context.url.pathname, contentRoot());
  if (!problems.length) return next();
  return new Response(problemPage(problems, href('/@vite/client')), { status: 500, headers: { 'content-type': 'text/html; charset=utf-8' } });
});
