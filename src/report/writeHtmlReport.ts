import { join } from 'node:path';
import type { AuditOutcome } from '../audit/auditOutcome.js';
import { htmlReportFileName } from './reportFileName.js';
import { htmlReportChunks } from './htmlReport.js';
import { writeChunks } from './writeChunks.js';

/** Writes `{epoch}_report.html` in `dir` and returns its path. */
export async function writeHtmlReport(
  outcome: AuditOutcome,
  dir: string,
  epoch: number,
): Promise<string> {
  return writeChunks(join(dir, htmlReportFileName(epoch)), htmlReportChunks(outcome));
}
