// The guard against the next regression: `npm run bench -- --check` runs the benchmark at the
// size bench/budgets.json names and compares the median of its runs with the budgets kept there.
// Calls per account-region are exact (a design property); CPU and peak RSS are measurements on a
// shared machine, so each budget is the figure measured when it was set plus a stated margin.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { OrgShape } from './calls.js';

export interface Budgets {
  /** The organisation and settings the budgets were measured at: --check runs exactly these. */
  shape: OrgShape;
  latencyMs: number;
  concurrency: number;
  /** Runs whose median is compared (at least; --repeat may ask for more). */
  runs: number;
  /**
   * Over the measured reference, as a fraction: the spread of runs on the machine, which is
   * wider for CPU seconds (other sessions' load) than for peak RSS.
   */
  noiseMargin: { cpu: number; rss: number };
  /** Why the margin is what it is, and where the references come from. */
  reason: string;
  /** At most this many API calls for any account-region (exact, no margin). */
  callsPerAccountRegion: number;
  /** The measured references; each budget is reference x (1 + its noise margin). */
  reference: {
    /** CPU seconds (user + system) of the whole CLI per 10,000 ENIs. */
    cliCpuSecondsPer10kEnis: number;
    /** CPU seconds of the scan phase (caller known to scan finished) per 10,000 ENIs. */
    scanCpuSecondsPer10kEnis: number;
    /** Peak RSS of the CLI in MB. */
    peakRssMb: number;
  };
}

export const BUDGETS_FILE = path.join(import.meta.dirname, 'budgets.json');

export async function readBudgets(file = BUDGETS_FILE): Promise<Budgets> {
  return JSON.parse(await readFile(file, 'utf8')) as Budgets;
}

/** What --check measured: medians over the runs. */
export interface Checked {
  enis: number;
  /** The most calls any account-region needed. */
  callsPerAccountRegion: number;
  cliCpuS: number;
  scanCpuS?: number;
  peakRssMb: number;
}

export interface Verdict {
  name: string;
  measured: string;
  budget: string;
  met: boolean;
}

/** Each budget against what was measured. */
export function checkBudgets(budgets: Budgets, checked: Checked): Verdict[] {
  const cpu = 1 + budgets.noiseMargin.cpu;
  const rss = 1 + budgets.noiseMargin.rss;
  const pct = (margin: number) => `${Math.round(margin * 100)}%`;
  const per10k = (s: number) => (s * 10_000) / checked.enis;
  const ref = budgets.reference;
  const verdicts: Verdict[] = [
    {
      name: 'API calls per account-region',
      measured: String(checked.callsPerAccountRegion),
      budget: `<= ${budgets.callsPerAccountRegion} (exact)`,
      met: checked.callsPerAccountRegion <= budgets.callsPerAccountRegion,
    },
    {
      name: 'CPU of the CLI per 10,000 ENIs',
      measured: `${per10k(checked.cliCpuS).toFixed(2)} s`,
      budget: `<= ${(ref.cliCpuSecondsPer10kEnis * cpu).toFixed(2)} s (${ref.cliCpuSecondsPer10kEnis} s + ${pct(budgets.noiseMargin.cpu)})`,
      met: per10k(checked.cliCpuS) <= ref.cliCpuSecondsPer10kEnis * cpu,
    },
  ];
  if (checked.scanCpuS !== undefined) {
    verdicts.push({
      name: 'CPU of the scan phase per 10,000 ENIs',
      measured: `${per10k(checked.scanCpuS).toFixed(2)} s`,
      budget: `<= ${(ref.scanCpuSecondsPer10kEnis * cpu).toFixed(2)} s (${ref.scanCpuSecondsPer10kEnis} s + ${pct(budgets.noiseMargin.cpu)})`,
      met: per10k(checked.scanCpuS) <= ref.scanCpuSecondsPer10kEnis * cpu,
    });
  }
  verdicts.push({
    name: 'peak RSS of the CLI',
    measured: `${checked.peakRssMb.toFixed(0)} MB`,
    budget: `<= ${(ref.peakRssMb * rss).toFixed(0)} MB (${ref.peakRssMb} MB + ${pct(budgets.noiseMargin.rss)})`,
    met: checked.peakRssMb <= ref.peakRssMb * rss,
  });
  return verdicts;
}

/** Whether the run was made at the budgets' size and settings; what differs otherwise. */
export function shapeMismatch(
  budgets: Budgets,
  run: { shape: OrgShape; latencyMs: number; concurrency: number },
): string[] {
  const wanted: Record<string, number> = {
    ...budgets.shape,
    latencyMs: budgets.latencyMs,
    concurrency: budgets.concurrency,
  };
  const got: Record<string, number> = {
    ...run.shape,
    latencyMs: run.latencyMs,
    concurrency: run.concurrency,
  };
  return Object.keys(wanted)
    .filter((k) => wanted[k] !== got[k])
    .map((k) => `${k} ${got[k]} (the budgets are for ${wanted[k]})`);
}
