import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { GateResult } from '../gate/evaluateGate.js';
import type { ScanResult } from '../scan/scanResult.js';
import { htmlReportFileName } from './html/htmlReportFileName.js';
import { htmlReportChunks } from './htmlReport.js';
import { batched } from './jsonChunks.js';

export interface HtmlReportFileOptions {
  outputDir: string;
  /** Seconds since 1970, the prefix of the file name (as the CSV and JSON files). */
  epoch: number;
  /** USD per public IPv4 address-hour. */
  pricePerIpHour: number;
  gate: GateResult;
}

/** Writes `{epoch}_report.html` in `outputDir` (created if missing) and returns its path. */
export async function writeHtmlReport(
  result: ScanResult,
  opts: HtmlReportFileOptions,
): Promise<string> {
  // The name first, so a bad epoch fails before anything touches the disk.
  const path = join(opts.outputDir, htmlReportFileName(opts.epoch));
  await mkdir(opts.outputDir, { recursive: true });
  const chunks = htmlReportChunks(result, { pricePerIpHour: opts.pricePerIpHour, gate: opts.gate });
  await pipeline(Readable.from(batched(chunks)), createWriteStream(path));
  return path;
}
