// Every report file of a run, named `{epoch}_NAME` in the output directory (the epoch is the
// scan's start): the CSV files, report.json, report.html and remediation.sh. They are written into a hidden
// staging folder inside the output directory and renamed into place only when all of them are
// complete, so a failure half-way never leaves a partial set that looks like a finished report.
import { mkdtemp, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { AuditOutcome } from '../audit/auditOutcome.js';
import { errorMessage } from '../common/errorMessage.js';
import { remediationScriptLines } from './remediationScript.js';
import { remediationScriptFileName } from './reportFileName.js';
import { writeCsvReports } from './writeCsvReports.js';
import { writeHtmlReport } from './writeHtmlReport.js';
import { writeChunks } from './writeChunks.js';
import { writeJsonReport } from './writeJsonReport.js';

/** The files written, or why none were: a write failure is reported, the verdict still stands. */
export type WrittenReports = { files: string[]; error?: undefined } | { files: []; error: string };

export async function writeReports(
  outcome: AuditOutcome,
  outputDir: string,
): Promise<WrittenReports> {
  const epoch = Math.floor(outcome.result.startedAt.getTime() / 1000);
  let staging: string | undefined;
  try {
    staging = await mkdtemp(path.join(outputDir, '.aws-ipv4-audit-'));
    const written = [
      ...(await writeCsvReports(outcome, staging, epoch)),
      await writeJsonReport(outcome, staging, epoch),
      await writeHtmlReport(outcome, staging, epoch),
      await writeChunks(
        path.join(staging, remediationScriptFileName(epoch)),
        remediationScriptLines(outcome),
      ),
    ];
    const files = written.map((file) => path.join(outputDir, path.basename(file)));
    for (const [i, file] of written.entries()) await rename(file, files[i] as string);
    return { files };
  } catch (error) {
    return {
      files: [],
      error: `the reports could not be written to '${outputDir}': ${errorMessage(error)}`,
    };
  } finally {
    // Empty after a success; after a failure it holds the partial files, which must not stay.
    if (staging !== undefined) await rm(staging, { recursive: true, force: true });
  }
}
