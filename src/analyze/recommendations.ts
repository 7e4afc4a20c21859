// Every recommended action of a run as one list, biggest monthly saving first: what the summary's
// "top actions", the terminal and remediation.sh show. Computed once per run (runAudit).
import { actionSavingUsd } from './cost.js';
import type { RecommendedAction } from '../model/recommendedAction.js';
import { compareAddress, compareText } from './sortOrder.js';
import type { EniPublicIp, Findings } from '../model/findings.js';

export interface Recommendation {
  accountId: string;
  region: string;
  /** The public address it is about; empty for a subnet. */
  address: string;
  /** What the address sits on: `eni-… (EC2 Instance, i-…)`, an allocation id, a subnet. */
  subject: string;
  /** Why: the finding's reasons, or what makes it a finding. */
  why: string;
  action: RecommendedAction;
  monthlySavingUsd: number;
}

/** `eni-0a1 (EC2 Instance, i-0a1)`: an interface with what it belongs to, where that is known. */
export function interfaceSubject(
  ip: Pick<EniPublicIp, 'interfaceId' | 'interfaceType' | 'resourceId'>,
): string {
  const owner = [ip.interfaceType, ip.resourceId].filter((s) => s !== undefined && s !== '');
  return `${ip.interfaceId} (${owner.join(', ')})`;
}

function fromFindings(findings: Findings, pricePerIpHour: number): Recommendation[] {
  const list: Recommendation[] = [];
  for (const ip of findings.eniPublicIps) {
    if (ip.action === undefined) continue;
    list.push({
      accountId: ip.ownerAccountId,
      region: ip.region,
      address: ip.address,
      subject: interfaceSubject(ip),
      why: `${ip.suspicion}: ${ip.reasons.join(' ')}`,
      action: ip.action,
      monthlySavingUsd: actionSavingUsd(ip.action, pricePerIpHour, ip.byoip),
    });
  }
  for (const eip of findings.unassociatedEips) {
    if (eip.action === undefined) continue;
    list.push({
      accountId: eip.accountId,
      region: eip.region,
      address: eip.publicIp,
      subject: eip.allocationId ?? 'Elastic IP',
      why: 'an Elastic IP associated with nothing.',
      action: eip.action,
      monthlySavingUsd: actionSavingUsd(eip.action, pricePerIpHour, eip.byoip),
    });
  }
  for (const subnet of findings.autoAssignSubnets) {
    if (subnet.action === undefined) continue;
    list.push({
      accountId: subnet.ownerAccountId,
      region: subnet.region,
      address: '',
      subject: `${subnet.subnetId} (${subnet.vpcId})`,
      why: 'auto-assigns public IPv4 addresses without an internet gateway route.',
      action: subnet.action,
      monthlySavingUsd: 0,
    });
  }
  return list;
}

/** Biggest saving first; then by account, region, address and subject, whatever the scan order. */
export function recommendations(findings: Findings, pricePerIpHour: number): Recommendation[] {
  return fromFindings(findings, pricePerIpHour).sort(
    (a, b) =>
      b.monthlySavingUsd - a.monthlySavingUsd ||
      compareText(a.accountId, b.accountId) ||
      compareText(a.region, b.region) ||
      compareAddress(a.address, b.address) ||
      compareText(a.subject, b.subject),
  );
}
