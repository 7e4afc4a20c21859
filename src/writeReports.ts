// Every report file of a scan, named `{epoch}_NAME` in the output directory: the CSV files,
// report.json and report.html.
import type { GateResult } from './gate.js';
import type { Options } from './options.js';
import { writeCsvReports } from './report/writeCsvReports.js';
import { writeHtmlReport } from './report/writeHtmlReport.js';
import {
  writeJsonReport,
  type JsonReportExtras,
  type ReportedOptions,
} from './report/writeJsonReport.js';
import type { ScanResult } from './scanResult.js';

export async function writeReports(
  result: ScanResult,
  options: ReportedOptions & Pick<Options, 'outputDir' | 'pricePerIpHour'>,
  gate: GateResult,
  extras: JsonReportExtras = {},
): Promise<string[]> {
  const epoch = Math.floor(result.startedAt.getTime() / 1000);
  const { outputDir, pricePerIpHour } = options;
  const csvFiles = await writeCsvReports(result, { outputDir, epoch, pricePerIpHour });
  const jsonFile = await writeJsonReport(result, {
    outputDir,
    epoch,
    options,
    gate,
    pricePerIpHour,
    ...extras,
  });
  const htmlFile = await writeHtmlReport(result, { outputDir, epoch, pricePerIpHour, gate });
  return [...csvFiles, jsonFile, htmlFile];
}
