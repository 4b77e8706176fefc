/**
 * `npm run build`: checks the content (src/lib/content-check.ts), then builds the site
 * and its search index into dist/ (or EXPLAINER_OUT_DIR). If either fails, the output
 * folder is removed, so a broken build never leaves a half-built site behind that could
 * be served or tested as if it had succeeded. The problems it rejects are also kept as
 * data (src/data/problem-log.ts) for `npm run check` to annotate.
 *
 * On a large site the check runs in a worker thread (src/data/check-worker.ts), whose memory
 * is freed when it ends, while Astro starts beside it, its output held back until the check
 * has passed. While Astro compiles and renders, this process draws the pages' sharing cards
 * into the build cache (src/data/card-pool.ts), from the entries the check has just read:
 * Astro's card route then finds them there (or claims and draws one itself if it asks
 * first), instead of drawing them all while the pages wait.
 */
import { spawn } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { ContentError } from '../src/lib/content-error.ts';
import { checkForBuild, type BuildCheck } from '../src/data/check-content.ts';
import { clearProblemLog, recordProblems } from '../src/data/problem-log.ts';
import { settings } from '../src/lib/settings.ts';
import { dropStaleContentStore } from '../src/data/content-store.ts';

const { outDir, contentChecked, cacheDir, contentDir, largeSite } = settings();
clearProblemLog();
if (dropStaleContentStore(cacheDir)) console.log("The content schemas changed: Astro's content cache was cleared.");

/** Astro's build in its own process; with `hold`, its output is kept back until `release()`. */
function startAstro(hold: boolean) {
  const astro = spawn('astro', ['build', ...process.argv.slice(2)], {
    stdio: hold ? ['inherit', 'pipe', 'pipe'] : 'inherit',
    // The check runs here: the integration need not read every file again. Piped, Astro would
    // print without colours; it keeps them when this build's own output has them.
    env: { ASTRO_TELEMETRY_DISABLED: '1', ...(hold && process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}), ...process.env, EXPLAINER_CONTENT_CHECKED: '1' },
  });
  const finished = new Promise<number | null>((resolve) => {
    astro.on('error', () => resolve(null));
    astro.on('close', resolve);
  });
  const held: Array<[NodeJS.WriteStream, Buffer]> = [];
  let holding = hold;
  if (hold) {
    astro.stdout!.on('data', (chunk: Buffer) => (holding ? held.push([process.stdout, chunk]) : process.stdout.write(chunk)));
    astro.stderr!.on('data', (chunk: Buffer) => (holding ? held.push([process.stderr, chunk]) : process.stderr.write(chunk)));
  }
  const release = () => {
    holding = false;
    for (const [to, chunk] of held.splice(0)) to.write(chunk);
  };
  const stop = () => (astro.kill(), finished);
  return { finished, release, stop };
}

let astro: ReturnType<typeof startAstro> | undefined;
// The same check runs inside Astro (src/integrations/content-check.ts); run here first,
// its list of problems is printed without Astro's stack trace around it. `npm run check`
// has run it already and says so with EXPLAINER_CONTENT_CHECKED.
if (!contentChecked) {
  // A large site is checked in a worker thread, whose memory is freed when it ends
  // (src/data/check-worker.ts), while Astro starts beside it, its output held back until the
  // check has passed (stopped if it has not): the check's seconds are not added to Astro's.
  // A worker costs about 0.3 s to start, more than a small site's whole check.
  const large = readdirSync(contentDir, { recursive: true }).length > largeSite;
  if (large) astro = startAstro(true);
  const { problems, drafts, cards } = large
    ? await new Promise<BuildCheck>((resolve, reject) => {
        const worker = new Worker(new URL('../src/data/check-worker.ts', import.meta.url));
        worker.once('message', resolve);
        worker.once('error', reject);
      })
    : checkForBuild();
  if (problems.length) {
    await astro?.stop();
    recordProblems(problems);
    rmSync(outDir, { recursive: true, force: true });
    console.error(new ContentError(problems).message);
    console.error(`Build stopped before it began: ${outDir}/ was removed. Fix the problems listed above and build again.`);
    process.exit(1);
  }
  for (const draft of drafts) {
    console.warn(`${draft} is a draft (draft: true), so it is not published. Fill in every TODO, then delete the "draft: true" line.`);
  }
  // Loaded only now: a build refused above never pays for the card renderers.
  const { drawCards } = await import('../src/data/card-pool.ts');
  // The worker takes the last card first, and Astro asks for them in this order: reversed, so the two meet late.
  drawCards(cards.reverse());
}
astro ??= startAstro(false);
astro.release();
const status = await astro.finished;
if (status !== 0) {
  rmSync(outDir, { recursive: true, force: true });
  console.error(`\nBuild failed: ${outDir}/ was removed. Fix the problems listed above and build again.`);
  process.exit(status ?? 1);
}
// Any card still being drawn here is one Astro has drawn itself.
process.exit(0);
