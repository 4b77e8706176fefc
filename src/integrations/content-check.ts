/**
 * Runs the content check (src/lib/content-check.ts) when `astro build` or `astro dev`
 * starts, before Astro loads a single content file: unsafe MDX is refused before it is
 * compiled, and every mistake is listed at once with its file and line.
 */
import type { AstroIntegration } from 'astro';
import { checkContentFiles } from '../lib/content-check.ts';
import { ContentError } from '../lib/content-error.ts';
import { clearContentIndexes, contentRoot } from '../data/content-index.ts';
import { readContentFiles } from '../data/content-files.ts';
import { recordProblems } from '../data/problem-log.ts';
import { settings } from '../lib/settings.ts';

export default function contentCheckIntegration(): AstroIntegration {
  return {
    name: 'explainer-content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        // scripts/build.ts has just run the same check, with plainer output.
        if (settings().contentChecked) return;
        const root = contentRoot();
        const { problems, drafts } = checkContentFiles(readContentFiles(root), root);
        if (problems.length) {
          recordProblems(problems);
          throw new ContentError(problems);
        }
        for (const draft of drafts) {
          logger.warn(`${draft} is a draft (draft: true), so it is not published. Fill in every TODO, then delete the "draft: true" line.`);
        }
      },
      // The remark plugins' indexes of names, sources and terms are read once; in dev,
      // an edit under content/ must be seen by the next page compiled.
      'astro:server:setup': ({ server }) => {
        server.watcher.on('all', (_event, path) => {
          if (path.includes(`/${contentRoot().replace(/^\.\//, '')}/`)) clearContentIndexes();
        });
      },
    },
  };
}
