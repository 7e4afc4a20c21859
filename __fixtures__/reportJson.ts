// A report.json exactly as the current writer writes it, for tests that read one back as a
// baseline.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditOutcome } from './auditOutcome.js';
import { checkReportJson } from './checkReportJson.js';
import { writeJsonReport } from '../src/report/writeJsonReport.js';
import type { ScanResult } from '../src/model/scanResult.js';

export async function reportJson(result: ScanResult): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ipv4-report-json-'));
  try {
    const outcome = auditOutcome(result, {
      options: {
        mode: 'single-account',
        concurrency: 4,
        thresholds: { maxHighSuspicion: 0, failOnScanErrors: false },
      },
    });
    const file = await writeJsonReport(outcome, dir, 1695071739);
    const text = await readFile(file, 'utf8');
    checkReportJson(text, 'the writer’s report.json');
    return text;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
