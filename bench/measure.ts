// Runs one command as a child process and measures it from the outside: wall time, CPU seconds
// and peak RSS as the OS reports them. GNU time (/usr/bin/time -f) reads getrusage() of the
// exited child; without it, /proc/<pid> is polled (VmHWM and utime/stime, a close lower bound).
// Every stderr line is timestamped, so the caller can split the wall time into phases.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface Measured {
  code: number | null;
  wallMs: number;
  userS: number;
  systemS: number;
  maxRssKb: number;
  /** How the figures were taken. */
  source: 'getrusage (/usr/bin/time)' | '/proc polling';
  stdout: string;
  stderrLines: { atMs: number; line: string }[];
  /** CPU seconds the process had used when a stderr line matched each mark (first match). */
  marks: (MarkReading | undefined)[];
}

/** The last stderr lines of a run, for the message of a run that went wrong. */
export function stderrTail(lines: Measured['stderrLines'], count = 20): string {
  return lines
    .slice(-count)
    .map((l) => l.line)
    .join('\n');
}

interface MarkReading {
  atMs: number;
  cpuS: number;
}

const GNU_TIME = '/usr/bin/time';

let gnuTimeWorks: boolean | undefined;

/** Whether /usr/bin/time is GNU time (BusyBox and BSD time have other flags). */
async function hasGnuTime(): Promise<boolean> {
  if (gnuTimeWorks !== undefined) return gnuTimeWorks;
  if (!existsSync(GNU_TIME)) return (gnuTimeWorks = false);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-time-'));
  try {
    const out = path.join(dir, 'probe');
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(GNU_TIME, ['-f', '%M %U %S', '-o', out, 'true'], { stdio: 'ignore' });
      child.on('error', () => resolve(null));
      child.on('exit', resolve);
    });
    gnuTimeWorks = code === 0 && /^\d+ [\d.]+ [\d.]+/.test(await readFile(out, 'utf8'));
  } catch {
    gnuTimeWorks = false;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return gnuTimeWorks;
}

const CLOCK_TICKS = 100; // USER_HZ on Linux

/** Peak RSS (KB) and CPU seconds of a live process, or undefined once it is gone. */
async function readProc(pid: number): Promise<{ hwmKb: number; cpuS: [number, number] } | null> {
  try {
    const [status, stat] = await Promise.all([
      readFile(`/proc/${pid}/status`, 'utf8'),
      readFile(`/proc/${pid}/stat`, 'utf8'),
    ]);
    const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
    // Fields after the command name (which may hold spaces) start at field 3, "state".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    if (!hwm) return null;
    return { hwmKb: Number(hwm[1]), cpuS: [utime / CLOCK_TICKS, stime / CLOCK_TICKS] };
  } catch {
    return null;
  }
}

/** The pid of the process GNU time started (its only child), once it exists. */
async function childOf(pid: number): Promise<number | undefined> {
  for (let i = 0; i < 200; i++) {
    try {
      const children = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8');
      const child = Number(children.trim().split(' ')[0]);
      if (child > 0) return child;
    } catch {
      return undefined;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return undefined;
}

/**
 * Runs `command` and measures it. Each of `marks` is read when a stderr line first matches it:
 * the CPU the process has used by then (all its threads), from /proc, so a run's CPU can be
 * split into phases at the lines the CLI logs.
 */
export async function measure(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  marks: RegExp[] = [],
  { cwd }: { cwd?: string } = {},
): Promise<Measured> {
  const gnu = await hasGnuTime();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-measure-'));
  const timeFile = path.join(dir, 'time');
  const [file, argv] = gnu
    ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, command, ...args]]
    : [command, args];
  const started = performance.now();
  const child = spawn(file, argv, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  const stderrLines: Measured['stderrLines'] = [];
  let partial = '';
  // The measured process: node itself, under GNU time its child.
  const measuredPid =
    child.pid === undefined ? undefined : gnu ? childOf(child.pid) : Promise.resolve(child.pid);
  const readings: Promise<MarkReading | undefined>[] = marks.map(() => Promise.resolve(undefined));
  const pending = new Set(marks.keys());
  const readMark = async (atMs: number): Promise<MarkReading | undefined> => {
    const pid = await measuredPid;
    const proc = pid === undefined ? null : await readProc(pid);
    return proc ? { atMs, cpuS: proc.cpuS[0] + proc.cpuS[1] } : undefined;
  };
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    const atMs = performance.now() - started;
    const lines = (partial + d).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      stderrLines.push({ atMs, line });
      for (const i of pending) {
        if (marks[i]?.test(line)) {
          pending.delete(i);
          readings[i] = readMark(atMs);
        }
      }
    }
  });

  let polled = { hwmKb: 0, cpuS: [0, 0] as [number, number] };
  let polling: NodeJS.Timeout | undefined;
  if (!gnu && child.pid !== undefined) {
    const pid = child.pid;
    polling = setInterval(() => {
      void readProc(pid).then((p) => {
        if (p && p.hwmKb >= polled.hwmKb) polled = p;
      });
    }, 20);
  }
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (c) => resolve(c));
  });
  const wallMs = performance.now() - started;
  if (polling) clearInterval(polling);
  if (partial) stderrLines.push({ atMs: wallMs, line: partial });
  const markReadings = await Promise.all(readings);

  try {
    if (gnu) {
      const text = await readFile(timeFile, 'utf8');
      // GNU time prints "Command exited with non-zero status N" before the format line.
      const last = text.trim().split('\n').pop() ?? '';
      const [rss, user, system] = last.split(' ').map(Number);
      return {
        code,
        wallMs,
        userS: user ?? NaN,
        systemS: system ?? NaN,
        maxRssKb: rss ?? NaN,
        source: 'getrusage (/usr/bin/time)',
        stdout,
        stderrLines,
        marks: markReadings,
      };
    }
    return {
      code,
      wallMs,
      userS: polled.cpuS[0],
      systemS: polled.cpuS[1],
      maxRssKb: polled.hwmKb,
      source: '/proc polling',
      stdout,
      stderrLines,
      marks: markReadings,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Seconds of CPU the whole machine spent busy and in total (all cores), from /proc/stat. */
export async function machineCpu(): Promise<{ busyS: number; totalS: number } | undefined> {
  try {
    const line = (await readFile('/proc/stat', 'utf8')).split('\n')[0] ?? '';
    // cpu  user nice system idle iowait irq softirq steal guest guest_nice
    const [user, nice, system, idle, iowait, irq, softirq, steal] = line
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    const busy =
      [user, nice, system, irq, softirq, steal].reduce((a, b) => (a ?? 0) + (b ?? 0), 0) ?? 0;
    const total = busy + (idle ?? 0) + (iowait ?? 0);
    return { busyS: busy / CLOCK_TICKS, totalS: total / CLOCK_TICKS };
  } catch {
    return undefined;
  }
}
