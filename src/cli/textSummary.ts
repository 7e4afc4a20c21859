// The few lines the CLI prints when a scan ends: where the reports are and what they hold.
import type { AuditOutcome } from '../audit/auditOutcome.js';
import { trendLines } from '../report/trendLine.js';

export function textSummary(
  { result, cost, totals, gate, history }: AuditOutcome,
  files: string[],
): string {
  const count = (level: keyof typeof totals.bySuspicion) => totals.bySuspicion[level];
  const rows: [string, number | string][] = [
    ['Accounts scanned', result.accountsScanned.length],
    ['Account-regions scanned', result.targets.length],
    [
      'Account-regions read completely',
      `${result.coverage.complete} of ${result.coverage.planned}`,
    ],
    ['Public IPs on network interfaces', result.eniPublicIps.length],
    ['  HIGH suspicion', count('HIGH')],
    ['  MODERATE suspicion', count('MODERATE')],
    ['  LOW suspicion', count('LOW')],
    ['  UNKNOWN (not assessed)', count('UNKNOWN')],
    ['Associated Elastic IPs', result.associatedEips.length],
    ['Unassociated Elastic IPs', result.unassociatedEips.length],
    ['Subnets auto-assigning without an IGW route', result.autoAssignSubnets.length],
    ['VPN connections with public IPs', result.vpnConnections.length],
    ['Global Accelerators', result.globalAccelerators.length],
    ['Accounts not checked (not ACTIVE)', result.uncheckedAccounts.length],
    ['Scan errors', result.scanErrors.length],
    ['Suppressed findings', gate.counts.suppressed],
    ['Monthly cost (USD)', cost.totalMonthlyUsd.toFixed(2)],
    ['Potential monthly savings (USD)', cost.potentialSavingsUsd.toFixed(2)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = [
    ...rows.map(([label, n]) => `${label.padEnd(width)}  ${n}`),
    ...trendLines(history).flatMap((line) => ['', line]),
    ...(files.length > 0 ? ['', 'Reports:', ...files.map((f) => `  ${f}`)] : []),
  ];
  if (gate.violations.length > 0) {
    lines.push('', 'Gate failed:', ...gate.violations.map((v) => `  ${v.message}`));
  }
  return `${lines.join('\n')}\n`;
}
