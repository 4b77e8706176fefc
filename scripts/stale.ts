/**
 * `npm run stale` (or `npm run check -- --stale`): lists every review date older than a
 * threshold (default 180 days) as `file:line` with what to do (src/lib/stale.ts).
 *
 *   npm run stale                 # older than 180 days
 *   npm run stale -- --days=365   # or --stale=365d
 *
 * It never fails: old dates are work for editors, not a broken build. On GitHub Actions
 * each one is also a warning annotation on its line, and the list is the step's summary.
 */
import { appendFileSync } from 'node:fs';
import { readContentFiles } from '../src/data/content-files.ts';
import { formatStale, staleDates, staleThreshold } from '../src/lib/stale.ts';
import { githubAnnotation } from './lib/annotations.ts';

const days = staleThreshold(process.argv.slice(2));
const stale = staleDates(readContentFiles(), new Date(), days);
const heading = stale.length ? `${stale.length} review date(s) older than ${days} days:` : `No review date is older than ${days} days.`;
console.log(heading);
for (const s of stale) console.log(`  ${formatStale(s)}`);
if (process.env.GITHUB_ACTIONS === 'true') {
  for (const s of stale)
    console.log(
      githubAnnotation({ file: s.file, line: s.line, title: 'review due', message: `${s.field} ${s.date} is ${s.days} days old. ${s.fix}` }, 'warning'),
    );
  const summary = process.env.GITHUB_STEP_SUMMARY;
  if (summary)
    appendFileSync(
      summary,
      `### Review dates\n\n${heading}\n\n${stale.map((s) => `- \`${s.file}:${s.line}\` ${s.field} ${s.date} (${s.days} days)`).join('\n')}\n`,
    );
}
