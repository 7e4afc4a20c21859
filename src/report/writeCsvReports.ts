import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { AuditOutcome } from '../audit/auditOutcome.js';
import type { ScanResult } from '../scan/scanResult.js';
import {
  REPORT_NAMES,
  REPORTS,
  type ReportContext,
  type ReportDefinition,
} from './reportColumns.js';
import { reconciliationReports } from './reconciliationCsv.js';
import { reportFileName } from './reportFileName.js';

/**
 * Writes every report as `{epoch}_NAME.csv` in `dir` and returns the paths written, in
 * `REPORT_NAMES` order. Every file gets its header row, even when empty. Lines end in LF; cells
 * are UTF-8 without a BOM and quoted only when they need it: a separator, a quote or a line
 * break, and also a semicolon or a tab, which a spreadsheet in a semicolon locale (or a tab
 * importer) takes for a separator, so that text after one could start a cell of its own.
 */
export async function writeCsvReports(
  outcome: AuditOutcome,
  dir: string,
  epoch: number,
): Promise<string[]> {
  const context = { pricePerIpHour: outcome.options.pricePerIpHour };
  const paths: string[] = [];
  for (const name of REPORT_NAMES) {
    const path = join(dir, reportFileName(epoch, name));
    await writeReport(REPORTS[name], outcome.result, context, path);
    paths.push(path);
  }
  // Then the reconciliation's, when on (reconciliationCsv.ts).
  for (const report of reconciliationReports(outcome)) {
    const path = join(dir, reportFileName(epoch, report.name));
    await writeRows(report.headers, report.records, path);
    paths.push(path);
  }
  return paths;
}

async function writeRows(headers: readonly string[], records: Iterable<string[]>, path: string) {
  function* lines() {
    yield [...headers];
    yield* records;
  }
  await pipeline(
    Readable.from(lines()),
    stringify({ record_delimiter: 'unix', quoted_match: /[;\t]/ }),
    createWriteStream(path),
  );
}

// Streams row by row: an organisation can yield tens of thousands of rows per report.
async function writeReport(
  report: ReportDefinition,
  result: ScanResult,
  context: ReportContext,
  path: string,
) {
  await writeRows(report.headers, report.records(result, context), path);
}
