// Reads a baseline from an earlier report.json. The document must pass the report schema
// first: a file that is not a report of ours is refused with what is wrong (the caller warns
// and gates on all findings), never half-read. Only what matching needs is kept.
import { readFile } from 'node:fs/promises';
import { errorMessage } from '../common/errorMessage.js';
import type { Baseline } from '../analyze/baselineDiff.js';
import type { Suspicion } from '../analyze/types.js';
import { reportSchemaErrors } from './reportSchema.js';

/** The parts of a schema-valid report.json a baseline reads. */
interface ReportDocument {
  cost: { totalMonthlyUsd: number };
  findings: {
    eniPublicIps: { key: string; suspicion: Suspicion; address: string }[];
    unassociatedEips: { key: string }[];
  };
}

export function parseBaseline(text: string, source: string): Baseline {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new Error(`not JSON (${errorMessage(error)})`);
  }
  const errors = reportSchemaErrors(doc);
  if (errors.length > 0) {
    throw new Error(`not a valid aws-ipv4-audit report.json: ${errors.join('; ')}`);
  }
  const { cost, findings } = doc as ReportDocument;
  return {
    source,
    eniFindings: new Map(
      findings.eniPublicIps.map((f) => [f.key, { suspicion: f.suspicion, address: f.address }]),
    ),
    unassociatedEips: new Set(findings.unassociatedEips.map((e) => e.key)),
    totalMonthlyUsd: cost.totalMonthlyUsd,
  };
}

export async function readBaselineFile(file: string): Promise<Baseline> {
  return parseBaseline(await readFile(file, 'utf8'), file);
}
