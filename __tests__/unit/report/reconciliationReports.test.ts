// The reconciliation's text in every writer: account names (Cost Explorer's LINKED_ACCOUNT
// description, which the organisation's admins choose) and IPAM's fields are text others wrote.
// In a CSV they cannot run as a formula, in markdown they neither mention, link nor format, and in
// HTML they are text.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditOutcome } from '../../../__fixtures__/auditOutcome.js';
import { emptyScan } from '../../../__fixtures__/findings.js';
import { RECONCILED_AT, reconciledOutcome } from '../../../__fixtures__/reconciledOutcome.js';
import { htmlReport } from '../../../src/report/htmlReport.js';
import { summaryMarkdown } from '../../../src/report/summaryMarkdown.js';
import { writeReports } from '../../../src/report/writeReports.js';

const NOW = RECONCILED_AT;
const outcome = reconciledOutcome;

describe('the reconciliation in the reports', () => {
  it('CSV: a formula in an account name or an IPAM field is neutralised', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ipv4-reconcile-'));
    try {
      await writeReports(outcome(), dir);
      const names = (await readdir(dir)).sort();
      expect(names).toContain('1741608000_ipam_reconciliation.csv');
      expect(names).toContain('1741608000_billing_reconciliation.csv');
      const ipam = await readFile(path.join(dir, '1741608000_ipam_reconciliation.csv'), 'utf8');
      expect(ipam).toContain(
        `111111111111,us-east-1,address,,,,,,,,,54.1.1.1,missed,service-managed-ip,load-balancer,` +
          `"'=HYPERLINK(""https://evil.example"") @admin <img src=x onerror=alert(1)> **bold**",` +
          'eni-0123,2025-03-10T11:00:00.000Z,1\n',
      );
      const bill = await readFile(path.join(dir, '1741608000_billing_reconciliation.csv'), 'utf8');
      expect(bill.split('\n')[1]).toBe(
        `111111111111,"'=HYPERLINK(""https://evil.example"") @admin <img src=x onerror=alert(1)> **bold**",` +
          'compared,,caller-only,2025-02-01,0,0,0.00,0,2025-03-01,2025-03-10,1080,0,5.40,5,1,0,864,true,false',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('markdown: the text others wrote is in code spans; counts-only names no account', () => {
    const md = summaryMarkdown(outcome());
    expect(md).toContain("### Against AWS's records");
    expect(md).toContain('**IPAM saw 1 address the scan missed.**');
    expect(md).toContain(
      '- 54.1.1.1 (`service-managed-ip`, `load-balancer`, 111111111111 `us-east-1`, `eni-0123`)',
    );
    expect(md).toContain(
      '**The bill: billed 864 address-hours more than the scan explains, in 1 account.**',
    );
    expect(md).toContain(
      '- 111111111111 (`=HYPERLINK("https://evil.example") @admin <img src=x onerror=alert(1)> **bold**`): billed for 5 addresses on average this month, the scan holds 1 charged',
    );
    const counts = summaryMarkdown({ ...outcome(), detail: 'counts' });
    expect(counts).toContain('**IPAM saw 1 address the scan missed.**');
    expect(counts).not.toContain('111111111111');
    expect(counts).not.toContain('54.1.1.1');
  });

  it('HTML: the section escapes every text', () => {
    const html = htmlReport(outcome());
    expect(html).toContain(`<h2 id="reconciliation-title">Against AWS's records</h2>`);
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('writes nothing of it when no reconciliation is on', async () => {
    const plain = auditOutcome(emptyScan({ startedAt: NOW }));
    expect(summaryMarkdown(plain)).not.toContain("AWS's records");
    expect(htmlReport(plain)).not.toContain('reconciliation');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ipv4-reconcile-'));
    try {
      const written = await writeReports(plain, dir);
      expect(written.files).toHaveLength(12);
      expect(written.files.some((f) => f.includes('reconciliation'))).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
