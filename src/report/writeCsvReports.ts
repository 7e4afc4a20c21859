import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { ScanResult } from '../scan/scanResult.js';
import {
  REPORT_NAMES,
  REPORTS,
  type ReportContext,
  type ReportDefinition,
} from './reportColumns.js';
import { reportFileName } from './reportFileName.js';

export interface CsvReportOptions {
  outputDir: string;
  /** Seconds since 1970, the prefix of every file name (as the reference). */
  epoch: number;
  /** USD per public IPv4 address-hour, for the MonthlyCostUsd columns. */
  pricePerIpHour: number;
}

/**
 * Writes every report as `{epoch}_NAME.csv` in `outputDir` (created if missing) and returns
 * the paths written, in `REPORT_NAMES` order. Every file gets its header row, even when empty.
 * Lines end in LF; cells are UTF-8 without a BOM and quoted only when they need it.
 */
export async function writeCsvReports(
  result: ScanResult,
  opts: CsvReportOptions,
): Promise<string[]> {
  // Names first, so a bad epoch fails before anything touches the disk.
  const files = REPORT_NAMES.map((name) => ({
    report: REPORTS[name],
    path: join(opts.outputDir, reportFileName(opts.epoch, name)),
  }));
  await mkdir(opts.outputDir, { recursive: true });
  for (const { report, path } of files) {
    await writeReport(report, result, { pricePerIpHour: opts.pricePerIpHour }, path);
  }
  return files.map((f) => f.path);
}

// Streams row by row: an organisation can yield tens of thousands of rows per report.
async function writeReport(
  report: ReportDefinition,
  result: ScanResult,
  context: ReportContext,
  path: string,
) {
  function* lines() {
    yield [...report.headers];
    yield* report.records(result, context);
  }
  await pipeline(
    Readable.from(lines()),
    stringify({ record_delimiter: 'unix' }),
    createWriteStream(path),
  );
}
