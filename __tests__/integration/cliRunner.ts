// Runs the CLI in-process against an AWS stand-in and collects what a user would see: the exit
// code, stdout, stderr, and every report file by name (without its epoch prefix).
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { checkReportJson } from '../../__fixtures__/checkReportJson.js';
import { runCli, type CliIo } from '../../src/cli/cli.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Report contents keyed by name without the epoch, e.g. `eni_public_ips.csv`. */
  files: Map<string, string>;
}

/** What a test makes of the CLI's streams and clock. */
export interface CliRunOptions {
  /** false leaves the output path to the arguments. */
  outputPath?: boolean;
  /** Streams that say they are terminals of this many columns. */
  tty?: { stdout?: boolean; stderr?: boolean; columns?: number };
  now?: CliIo['now'];
  every?: CliIo['every'];
  /** Called with everything written to stderr so far, after each write (to wait on a line). */
  watchStderr?: (text: string) => void;
}

/** A stream that keeps what is written; as a terminal, it says so as process.stderr does. */
export function sink(
  terminal?: { columns: number },
  watch?: (text: string) => void,
): {
  stream: Writable & { isTTY?: boolean; columns?: number };
  text: () => string;
} {
  const chunks: string[] = [];
  const stream: Writable & { isTTY?: boolean; columns?: number } = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      watch?.(chunks.join(''));
      done();
    },
  });
  if (terminal) Object.assign(stream, { isTTY: true, columns: terminal.columns });
  return { stream, text: () => chunks.join('') };
}

export async function readReports(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const name of (await readdir(dir)).sort()) {
    files.set(name.replace(/^\d+_/, ''), await readFile(path.join(dir, name), 'utf8'));
  }
  const report = files.get('report.json');
  if (report !== undefined) checkReportJson(report, `the CLI's report.json`);
  return files;
}

/**
 * Runs `aws-ipv4-audit ...args --output-path <temp>` with `env` as the process environment;
 * `outputPath: false` leaves the output path to `args`.
 */
export async function runCliWith(
  env: Record<string, string>,
  args: string[],
  { outputPath = true, tty = {}, now, every, watchStderr }: CliRunOptions = {},
): Promise<CliRun> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ipv4-audit-'));
  const saved = { ...process.env };
  for (const key of Object.keys(process.env)) if (key.startsWith('AWS_')) delete process.env[key];
  Object.assign(process.env, env);
  const columns = tty.columns ?? 80;
  const out = sink(tty.stdout ? { columns } : undefined);
  const err = sink(tty.stderr ? { columns } : undefined, watchStderr);
  try {
    const code = await runCli(outputPath ? [...args, '--output-path', dir] : args, {
      stdout: out.stream,
      stderr: err.stream,
      ...(now ? { now } : {}),
      ...(every ? { every } : {}),
    });
    const files = await readReports(dir).catch(() => new Map<string, string>());
    return { code, stdout: out.text(), stderr: err.text(), files };
  } finally {
    await rm(dir, { recursive: true, force: true });
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}
