// Every report file of a scan, named `{epoch}_NAME` in the output directory: the CSV files,
// report.json and report.html. They are written into a hidden staging folder inside the output
// directory and renamed into place only when all of them are complete, so a failure half-way
// never leaves a partial set that looks like a finished report.
import { mkdtemp, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { GateResult } from '../gate/evaluateGate.js';
import type { Options } from '../options/options.js';
import { writeCsvReports } from './writeCsvReports.js';
import { writeHtmlReport } from './writeHtmlReport.js';
import { writeJsonReport, type JsonReportExtras, type ReportedOptions } from './writeJsonReport.js';
import type { ScanResult } from '../scan/scanResult.js';

export async function writeReports(
  result: ScanResult,
  options: ReportedOptions & Pick<Options, 'outputDir' | 'pricePerIpHour'>,
  gate: GateResult,
  extras: JsonReportExtras = {},
): Promise<string[]> {
  const epoch = Math.floor(result.startedAt.getTime() / 1000);
  const { outputDir, pricePerIpHour } = options;
  const staging = await mkdtemp(path.join(outputDir, '.aws-ipv4-audit-'));
  try {
    const written = [
      ...(await writeCsvReports(result, { outputDir: staging, epoch, pricePerIpHour })),
      await writeJsonReport(result, {
        outputDir: staging,
        epoch,
        options,
        gate,
        pricePerIpHour,
        ...extras,
      }),
      await writeHtmlReport(result, { outputDir: staging, epoch, pricePerIpHour, gate }),
    ];
    const files = written.map((file) => path.join(outputDir, path.basename(file)));
    for (const [i, file] of written.entries()) await rename(file, files[i] as string);
    return files;
  } finally {
    // Empty after a success; after a failure it holds the partial files, which must not stay.
    await rm(staging, { recursive: true, force: true });
  }
}
