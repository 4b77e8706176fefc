/**
 * When each file in the repository last changed, read from git once per build. Without
 * git, or outside a repository (a downloaded archive, a test fixture), the map is empty
 * and pages simply show no "Last updated" line.
 */
import { execFileSync } from 'node:child_process';
import { lastUpdated, parseGitLog, COMMIT_MARK } from '../lib/git-log.ts';

let log: string | undefined;
let dates: Map<string, Date> | undefined;
let added: Map<string, Date> | undefined;

function readLog(): string {
  try {
    log ??= execFileSync('git', ['log', `--format=${COMMIT_MARK}%cI`, '--name-only', '--no-renames'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    log = '';
  }
  return log;
}

/** When a repository path (a file, or a folder ending in "/") last changed, if git knows. */
export function lastUpdatedOf(path: string): Date | undefined {
  dates ??= parseGitLog(readLog());
  return lastUpdated(dates, path);
}

/**
 * When a file was first committed, for the feeds' "new page" entries; undefined when git
 * does not know, or in a shallow clone, where every file seems added by its one commit.
 */
export function firstCommittedOf(path: string): Date | undefined {
  added ??= isShallowCheckout() ? new Map() : parseGitLog(readLog(), 'first');
  return added.get(path.replace(/^\.?\//, ''));
}

/**
 * True when the checkout is a shallow clone (CI's default `fetch-depth: 1`): git then
 * knows one commit, and every page would show that commit's date as "Last updated".
 */
export function isShallowCheckout(): boolean {
  try {
    return execFileSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() === 'true';
  } catch {
    return false;
  }
}
