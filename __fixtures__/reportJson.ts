// A report.json exactly as the current writer writes it, for tests that read one back as a
// baseline.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateGate, gateCounts } from '../src/gate/evaluateGate.js';
import { writeJsonReport } from '../src/report/writeJsonReport.js';
import type { ScanResult } from '../src/scan/scanResult.js';

export async function reportJson(result: ScanResult): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ipv4-report-json-'));
  try {
    const thresholds = { maxHighSuspicion: 0, failOnScanErrors: false };
    const file = await writeJsonReport(result, {
      outputDir: dir,
      epoch: 1695071739,
      options: {
        mode: 'single-account',
        awsRegion: 'us-east-1',
        credentials: { kind: 'ambient' },
        memberRoleName: 'OrganizationAccountAccessRole',
        concurrency: 4,
        requestTimeoutSeconds: 30,
        thresholds,
      },
      gate: evaluateGate(gateCounts(result), thresholds),
      pricePerIpHour: 0.005,
    });
    return await readFile(file, 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
