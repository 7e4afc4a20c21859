// Every report file of a scan, named `{epoch}_NAME` in the output directory: the CSV files,
// then report.json.
import { evaluateGate, gateCounts, type GateResult } from './gate.js';
import type { Options } from './options.js';
import { writeCsvReports } from './report/writeCsvReports.js';
import { writeJsonReport, type ReportedOptions } from './report/writeJsonReport.js';
import type { ScanResult } from './scanResult.js';

export async function writeReports(
  result: ScanResult,
  options: ReportedOptions & Pick<Options, 'outputDir' | 'pricePerIpHour'>,
  // Callers that evaluate the gate later get the same verdict computed here.
  gate: GateResult = evaluateGate(gateCounts(result), options.thresholds),
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
  });
  return [...csvFiles, jsonFile];
}
