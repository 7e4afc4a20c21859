// Reads a baseline from an earlier report.json. The document must pass the report schema
// first: a file that is not a report of ours is refused with what is wrong (the caller warns
// and gates on all findings), never half-read. Only what matching and the trend need is kept.
// This is where numbers from outside enter: the schema bounds every one of them (and the times
// are checked to be real), so no later arithmetic on a baseline can reach Infinity or NaN.
// Its `history` is checked on its own (baselineHistory.ts): a malformed one is dropped, not fatal.
import { readFile } from 'node:fs/promises';
import { errorMessage } from '../common/errorMessage.js';
import type { Baseline } from '../analyze/baselineDiff.js';
import type { ReportJson } from '../model/reportJson.generated.js';
import { readHistory, reportRun, reportScope } from './baselineHistory.js';
import { reportSchemaErrors, unrealTimes } from './reportSchema.js';

/** The document without its `history`, and the history as found. */
function splitHistory(doc: unknown): { rest: unknown; history: unknown } {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc) || !('history' in doc)) {
    return { rest: doc, history: undefined };
  }
  const { history, ...rest } = doc as Record<string, unknown>;
  return { rest, history };
}

export function parseBaseline(text: string, source: string): Baseline {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`not JSON (${errorMessage(error)})`);
  }
  const { rest: doc, history } = splitHistory(parsed);
  const errors = reportSchemaErrors(doc);
  if (errors.length === 0) {
    const { scan } = doc as ReportJson;
    errors.push(
      ...unrealTimes([
        ['/scan/startedAt', scan.startedAt],
        ['/scan/finishedAt', scan.finishedAt],
      ]),
    );
  }
  if (errors.length > 0) {
    throw new Error(`not a valid aws-ipv4-audit report.json: ${errors.join('; ')}`);
  }
  // Schema-valid: what tsc knows of a report.json is now true of this one.
  const report = doc as ReportJson;
  const { findings } = report;
  return {
    source,
    eniFindings: new Map(
      findings.eniPublicIps.map((f) => [f.key, { suspicion: f.suspicion, address: f.address }]),
    ),
    unassociatedEips: new Set(findings.unassociatedEips.map((e) => e.key)),
    totalMonthlyUsd: report.cost.totalMonthlyUsd,
    scope: reportScope(report),
    ...readHistory(history, reportRun(report)),
  };
}

export async function readBaselineFile(file: string): Promise<Baseline> {
  return parseBaseline(await readFile(file, 'utf8'), file);
}
