/**
 * Runs one command and measures everything it starts, for the side-by-side benchmark
 * (scripts/bench-vs-starlight.ts): wall time, CPU time and peak memory of the whole
 * process tree, including a process that outlives the command (Pagefind's service does:
 * the build exits, and an unwaited child's CPU is in nobody's rusage).
 *
 * The command runs in a session of its own (`setsid`, through spawn's `detached`), under
 * `/usr/bin/time` when it is installed. Every process of that session is read from /proc
 * every 50 ms. CPU time is the user + system time that `/usr/bin/time` reports for the
 * command and every child it waited for, plus the CPU time of each process of the session
 * still running when the command exited (never waited for, so not counted there), as last
 * read. Without `/usr/bin/time`, it is the sum over every process of the session as last
 * read (a process that ends between two reads loses at most 50 ms). Wall time runs until
 * the last process of the session has ended. Peak memory is the largest sum of resident
 * sets over the session's processes at one reading.
 *
 *   const m = await measureTree(['node', 'scripts/build.ts'], { cwd, env });
 *   // → { status: 0, wallSeconds: 31.2, cpuSeconds: 36.0, peakTreeMb: 2100, outlived: 1, output: '…' }
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TIME = '/usr/bin/time';
/** Clock ticks per second of /proc's CPU times (`getconf CLK_TCK`; 100 on Linux). */
const TICKS = 100;
const PAGE_KB = 4;

export interface TreeMeasure {
  status: number | null;
  wallSeconds: number;
  cpuSeconds: number;
  peakTreeMb: number;
  /** How many processes were still running when the command exited. */
  outlived: number;
  output: string;
}

interface Seen {
  cpuTicks: number;
  rssKb: number;
}

/** The processes of session `sid`: pid → CPU ticks so far and resident set. */
function sessionProcesses(sid: number): Map<number, Seen> {
  const found = new Map<number, Seen>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // After the command name (in parentheses): state ppid pgrp session … utime(11) stime(12) … rss(21).
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(f[3]) !== sid) continue;
      found.set(Number(name), { cpuTicks: Number(f[11]) + Number(f[12]), rssKb: Number(f[21]) * PAGE_KB });
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

/** Runs `command` (in `cwd` with `env`) and measures its whole process tree; see the module comment. */
export function measureTree(command: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<TreeMeasure> {
  const timeFile = join(tmpdir(), `explainer-tree-${process.pid}-${Date.now()}.txt`);
  const withTime = existsSync(TIME);
  const argv = withTime ? [TIME, '-f', '%U %S', '-o', timeFile, ...command] : command;
  const started = performance.now();
  const child = spawn(argv[0]!, argv.slice(1), { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const sid = child.pid!;
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  child.stderr.on('data', (c: Buffer) => chunks.push(c));
  const last = new Map<number, Seen>();
  let peakKb = 0;
  let exited: Set<number> | undefined;
  const read = () => {
    const now = sessionProcesses(sid);
    for (const [pid, seen] of now) last.set(pid, seen);
    peakKb = Math.max(
      peakKb,
      [...now.values()].reduce((sum, p) => sum + p.rssKb, 0),
    );
    return now;
  };
  const poll = setInterval(read, 50);
  return new Promise((resolve) => {
    let status: number | null = null;
    let closed = false;
    child.on('close', () => void (closed = true));
    // 'exit', not 'close': a process that outlives the command may hold its output open.
    child.on('exit', (code) => {
      status = code;
      // Whatever still runs in the session was not waited for by the command's tree.
      exited = new Set([...read().keys()].filter((pid) => pid !== sid));
      const finish = () => {
        const running = [...read().keys()].filter((pid) => pid !== sid);
        if ((running.length || !closed) && performance.now() - started < 3_600_000) return void setTimeout(finish, 50);
        clearInterval(poll);
        const wallSeconds = (performance.now() - started) / 1000;
        const outlivedTicks = [...exited!].reduce((sum, pid) => sum + (last.get(pid)?.cpuTicks ?? 0), 0);
        let cpuSeconds = [...last.values()].reduce((sum, p) => sum + p.cpuTicks, 0) / TICKS;
        if (withTime && existsSync(timeFile)) {
          const [user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
          if (Number.isFinite(user) && Number.isFinite(system)) cpuSeconds = user! + system! + outlivedTicks / TICKS;
          rmSync(timeFile, { force: true });
        }
        const output = Buffer.concat(chunks).toString('utf8');
        resolve({ status, wallSeconds, cpuSeconds, peakTreeMb: peakKb / 1024, outlived: exited!.size, output });
      };
      finish();
    });
  });
}
