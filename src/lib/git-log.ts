/**
 * "Last updated" (and first published) dates from git history. The build runs one `git log` over the whole
 * repository (src/data/git-dates.ts); these pure functions read its output.
 */

/** The separator written before each commit by `git log --format=%x1e%cI --name-only`. */
export const COMMIT_MARK = '\x1e';

/**
 * The date of the latest commit that touched each file (or, with `which: 'first'`, of the
 * commit that added it), from the output of `git log --format=%x1e%cI --name-only`
 * (newest commit first).
 *
 *   parseGitLog('\x1e2026-11-20T10:00:00Z\n\ncontent/a.mdx\n\x1e2026-11-01T09:00:00Z\n\ncontent/a.mdx\ncontent/b.yaml\n')
 *   // Map { 'content/a.mdx' => 2026-11-20, 'content/b.yaml' => 2026-11-01 }
 */
export function parseGitLog(output: string, which: 'latest' | 'first' = 'latest'): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const commit of output.split(COMMIT_MARK).slice(1)) {
    const [head = '', ...files] = commit.split('\n');
    const date = new Date(head.trim());
    if (Number.isNaN(date.getTime())) continue;
    for (const file of files.map((f) => f.trim()).filter(Boolean)) {
      // Newest commit first: the latest date is the first seen, the first commit the last.
      if (which === 'first' || !dates.has(file)) dates.set(file, date);
    }
  }
  return dates;
}

/**
 * When a file, or the newest file in a folder (a path ending in "/"), last changed;
 * undefined when git has no record of it (no history, or a file not yet committed).
 */
export function lastUpdated(dates: ReadonlyMap<string, Date>, path: string): Date | undefined {
  const clean = path.replace(/^\.?\//, '');
  if (!clean.endsWith('/')) return dates.get(clean);
  let latest: Date | undefined;
  for (const [file, date] of dates) {
    if (file.startsWith(clean) && (!latest || date > latest)) latest = date;
  }
  return latest;
}
