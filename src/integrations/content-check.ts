/**
 * Runs the content check (src/lib/content-check.ts) when `astro build` or `astro dev`
 * starts, before Astro loads a single content file: unsafe MDX is refused before it is
 * compiled, and every mistake is listed at once with its file and line. In dev it runs
 * again on every change under content/, and each mistake is shown in the browser on the
 * page it belongs to (src/data/dev-problems.ts, src/middleware.ts).
 */
import type { AstroIntegration } from 'astro';
import { ContentError, formatProblem } from '../lib/content-error.ts';
import { checkContentFolder } from '../data/check-content.ts';
import { clearContentIndexes, contentRoot } from '../data/content-index.ts';
import { setDevProblems, startDevBoard } from '../data/dev-problems.ts';
import { recordProblems } from '../data/problem-log.ts';
import { settings } from '../lib/settings.ts';

/** How long the dev server waits after the last change under content/ before checking again. */
const SETTLE_MS = 100;

export default function contentCheckIntegration(): AstroIntegration {
  return {
    name: 'explainer-content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        // scripts/build.ts has just run the same check, with plainer output.
        if (settings().contentChecked) return;
        const { problems, drafts } = checkContentFolder();
        if (command === 'dev') {
          // Unsafe MDX is still refused before anything compiles it; every other mistake is
          // shown on its own page while the rest of the site keeps working.
          startDevBoard();
          setDevProblems(problems);
          const unsafe = problems.filter((p) => p.rule?.startsWith('mdx/'));
          if (unsafe.length) throw new ContentError(unsafe);
          if (problems.length) logger.warn(`${new ContentError(problems).message}\nEach problem is shown on its page in the browser until it is fixed.`);
        } else if (problems.length) {
          recordProblems(problems);
          throw new ContentError(problems);
        }
        for (const draft of drafts) {
          logger.warn(`${draft} is a draft (draft: true), so it is not published. Fill in every TODO, then delete the "draft: true" line.`);
        }
      },
      // The remark plugins' indexes of names, sources and terms are read once; in dev,
      // an edit under content/ must be seen by the next page compiled, and the check runs
      // again so the page shows the mistake (or stops showing it).
      'astro:server:setup': ({ server, logger }) => {
        let pending: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('all', (_event, path) => {
          if (!path.includes(`/${contentRoot().replace(/^\.\//, '')}/`)) return;
          // A save can arrive as several events (the file emptied, then written): the check
          // reads the files once they have settled, not an empty file half-way through.
          clearTimeout(pending);
          pending = setTimeout(() => {
            clearContentIndexes();
            const { problems } = checkContentFolder();
            setDevProblems(problems);
            for (const p of problems) logger.error(formatProblem(p));
            // A frontmatter mistake leaves Astro's old entry in place: reload, so the page shows it.
            server.ws.send({ type: 'full-reload' });
          }, SETTLE_MS);
        });
      },
    },
  };
}
