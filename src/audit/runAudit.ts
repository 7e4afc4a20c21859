// The flow both entries share: read the suppressions (before any AWS call), scan, mark what is
// suppressed, compare with a baseline, decide the gate, write the reports.
import { diffBaseline, type Baseline, type BaselineDiff } from '../analyze/baselineDiff.js';
import { costSummary, type CostSummary } from '../analyze/cost.js';
import {
  applySuppressions,
  type Suppression,
  type SuppressionOutcome,
} from '../analyze/suppressions.js';
import { evaluateGate, gateCounts, type GateResult } from '../gate/evaluateGate.js';
import { Inputs, type Options } from '../options/options.js';
import { scan, type ScanDeps } from '../scan/scan.js';
import type { ScanResult } from '../scan/scanResult.js';
import { loadSuppressions } from '../options/suppressionFile.js';
import { errorMessage } from '../common/errorMessage.js';
import { prepareOutputDir } from '../options/outputDir.js';
import { writeReports } from '../report/writeReports.js';

export interface AuditOutcome {
  result: ScanResult;
  cost: CostSummary;
  gate: GateResult;
  /** The report files written; empty when writing failed. */
  files: string[];
  /** Why the reports could not be written, when they could not. */
  writeError?: string;
  suppressions: SuppressionOutcome;
  baselineDiff?: BaselineDiff;
}

export interface AuditDeps extends ScanDeps {
  /** Reads the `baseline` option's baseline (a file, or the action's artifact lookup). */
  loadBaseline: (spec: string) => Promise<Baseline>;
  today?: () => string;
}

/** Everything that must be read and checked before the first AWS call. */
export async function prepareAudit(options: Options): Promise<Suppression[]> {
  const suppressions =
    options.suppressionsFile === undefined
      ? []
      : await loadSuppressions(Inputs.Suppressions, options.suppressionsFile);
  await prepareOutputDir(Inputs.OutputPath, options.outputDir);
  return suppressions;
}

export async function runAudit(
  options: Options,
  suppressionEntries: Suppression[],
  deps: AuditDeps,
): Promise<AuditOutcome> {
  const { logger } = deps;
  const result = await scan(options, deps);

  const today = deps.today?.() ?? new Date().toISOString().slice(0, 10);
  const suppressions = applySuppressions(result, suppressionEntries, today);
  for (const s of suppressions.expired) {
    logger.warning(
      `Suppression at ${s.source} expired on ${s.expires} and no longer suppresses (${s.reason})`,
    );
  }
  if (suppressionEntries.length > 0) {
    logger.info(`Suppressions: ${suppressions.suppressed} finding(s) accepted`);
  }

  let baseline: Baseline | undefined;
  if (options.baseline !== undefined) {
    try {
      baseline = await deps.loadBaseline(options.baseline);
      logger.info(`Baseline: ${baseline.source}`);
    } catch (error) {
      logger.warning(
        `The baseline '${options.baseline}' could not be read (${errorMessage(error)})` +
          (options.gateOn === 'new' ? ': the gate counts all findings instead of new ones' : ''),
      );
    }
  }
  const cost = costSummary(result, options.pricePerIpHour);
  const baselineDiff =
    baseline &&
    diffBaseline(result.eniPublicIps, result.unassociatedEips, cost.totalMonthlyUsd, baseline);
  const gate = evaluateGate(
    gateCounts(result, options.gateOn === 'new' ? baseline : undefined),
    options.thresholds,
  );
  const outcome: AuditOutcome = {
    result,
    cost,
    gate,
    files: [],
    suppressions,
    ...(baselineDiff ? { baselineDiff } : {}),
  };
  try {
    outcome.files = await writeReports(result, options, gate, {
      suppressions,
      ...(baselineDiff ? { baselineDiff } : {}),
    });
  } catch (error) {
    // The verdict stands without the files: the entries still report it and fail the run.
    outcome.writeError = `the reports could not be written to '${options.outputDir}': ${errorMessage(error)}`;
  }
  return outcome;
}
