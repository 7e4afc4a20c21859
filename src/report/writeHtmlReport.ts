import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { AuditOutcome } from '../audit/auditOutcome.js';
import { htmlReportFileName } from './reportFileName.js';
import { htmlReportChunks } from './htmlReport.js';
import { batched } from './jsonChunks.js';

/** Writes `{epoch}_report.html` in `dir` and returns its path. */
export async function writeHtmlReport(
  outcome: AuditOutcome,
  dir: string,
  epoch: number,
): Promise<string> {
  const path = join(dir, htmlReportFileName(epoch));
  await pipeline(Readable.from(batched(htmlReportChunks(outcome))), createWriteStream(path));
  return path;
}
