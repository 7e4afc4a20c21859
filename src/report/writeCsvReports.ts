import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { AuditOutcome } from '../audit/auditOutcome.js';
import type { ScanResult } from '../model/scanResult.js';
import {
  REPORT_NAMES,
  REPORTS,
  type ReportContext,
  type ReportName,
  type ReportDefinition,
} from './reportColumns.js';
import { reportFileName } from './reportFileName.js';
import { writeChunks } from './writeChunks.js';

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
  const paths: string[] = [];
  for (const name of REPORT_NAMES) paths.push(await writeCsvReport(outcome, name, dir, epoch));
  return paths;
}

/** Writes the report `name` as `{epoch}_NAME.csv` in `dir` and returns its path. */
export async function writeCsvReport(
  outcome: AuditOutcome,
  name: ReportName,
  dir: string,
  epoch: number,
): Promise<string> {
  const path = join(dir, reportFileName(epoch, name));
  await writeReport(
    REPORTS[name],
    outcome.result,
    { pricePerIpHour: outcome.options.pricePerIpHour },
    path,
  );
  return path;
}

// Streams row by row: an organisation can yield tens of thousands of rows per report.
async function writeReport(
  report: ReportDefinition,
  result: ScanResult,
  context: ReportContext,
  path: string,
) {
  await writeCsvRows(report.headers, report.records(result, context), path);
}

/** A header and rows as CSV at `path`, as every report file is written (see writeCsvReports). */
export async function writeCsvRows(
  headers: readonly string[],
  records: Iterable<string[]>,
  path: string,
): Promise<void> {
  await writeChunks(path, csvText(headers, records));
}

const CSV_OPTIONS = { record_delimiter: 'unix', quoted_match: /[;\t]/ } as const;

/** Rows per piece: each piece is one call of csv-stringify's synchronous API, a bounded string. */
const RECORDS_PER_PIECE = 500;

// The same text csv-stringify's stream writes (every record ends in its delimiter), made a few
// hundred rows at a time: a stream step per row costs more than the row's own CSV.
function* csvText(headers: readonly string[], records: Iterable<string[]>): Generator<string> {
  let piece: string[][] = [[...headers]];
  for (const record of records) {
    piece.push(record);
    if (piece.length === RECORDS_PER_PIECE) {
      yield stringify(piece, CSV_OPTIONS);
      piece = [];
    }
  }
  if (piece.length > 0) yield stringify(piece, CSV_OPTIONS);
}
