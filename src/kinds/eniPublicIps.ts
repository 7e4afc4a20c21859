// Public IPv4 addresses on network interfaces (eni_public_ips.csv): the findings, each with its
// suspicion and reasons.
import { compareAddress, compareText } from '../analyze/compareAddress.js';
import { dedupeEniPublicIps } from '../analyze/dedupe.js';
import { eniFindingKey } from '../analyze/findingKeys.js';
import { col } from '../format/csvColumns.js';
import type { EniPublicIp, Suspicion } from '../model/findings.js';
import { SUSPICION_ORDER } from '../model/findings.js';
import { orNull } from '../format/orNull.js';
import { defineKind } from './findingKind.js';
import {
  actionColumns,
  actionJson,
  monthlyCostCents,
  monthlyCostColumn,
  monthlyCostJson,
  savingColumn,
  suppressionColumns,
} from './findingCells.js';

/** `eni-0a1 (EC2 Instance, i-0a1)`: an interface with what it belongs to, where that is known. */
export function interfaceSubject(
  ip: Pick<EniPublicIp, 'interfaceId' | 'interfaceType' | 'resourceId'>,
): string {
  const owner = [ip.interfaceType, ip.resourceId].filter((s) => s !== undefined && s !== '');
  return `${ip.interfaceId} (${owner.join(', ')})`;
}

export const ENI_PUBLIC_IPS = defineKind({
  member: 'eniPublicIps',
  key: eniFindingKey,
  compare: (a: EniPublicIp, b: EniPublicIp) =>
    compareText(a.ownerAccountId, b.ownerAccountId) ||
    compareText(a.region, b.region) ||
    compareText(a.interfaceId, b.interfaceId) ||
    compareAddress(a.address, b.address) ||
    compareText(a.scannedAccountId, b.scannedAccountId),
  merge: dedupeEniPublicIps,
  addresses: (ip) => [
    {
      region: ip.region,
      address: ip.address,
      accountId: ip.ownerAccountId,
      interfaceType: ip.interfaceType,
      service: ip.service,
      byoip: ip.byoip,
      removable: ip.suspicion === 'HIGH',
      suspicion: ip.suspicion,
    },
  ],
  totals(rows) {
    const bySuspicion: Record<Suspicion, number> = { LOW: 0, MODERATE: 0, HIGH: 0, UNKNOWN: 0 };
    let elasticIp = 0;
    for (const ip of rows) {
      bySuspicion[ip.suspicion] += 1;
      if (ip.addressType === 'Elastic IP') elasticIp += 1;
    }
    return {
      eniPublicIps: rows.length,
      byAddressType: { elasticIp, publicIp: rows.length - elasticIp },
      bySuspicion,
    };
  },
  actionable: (ip) =>
    ip.action && {
      accountId: ip.ownerAccountId,
      region: ip.region,
      address: ip.address,
      subject: interfaceSubject(ip),
      why: `${ip.suspicion}: ${ip.reasons.join(' ')}`,
      action: ip.action,
      byoip: ip.byoip,
    },
  csv: {
    name: 'eni_public_ips',
    columns: [
      col<EniPublicIp>('OwnerAccountId', (e) => e.ownerAccountId),
      col<EniPublicIp>('Region', (e) => e.region),
      col<EniPublicIp>('InterfaceId', (e) => e.interfaceId),
      col<EniPublicIp>('Address', (e) => e.address),
      col<EniPublicIp>('VpcId', (e) => e.vpcId),
      col<EniPublicIp>('SubnetId', (e) => e.subnetId),
      col<EniPublicIp>('InterfaceType', (e) => e.interfaceType),
      col<EniPublicIp>('AddressType', (e) => e.addressType),
      col<EniPublicIp>('SuspectUnnecessary', (e) => e.suspicion),
      col<EniPublicIp>('Reason', (e) => e.reasons.join(' ')),
      col<EniPublicIp>('Service', (e) => e.service),
      col<EniPublicIp>('ResourceId', (e) => e.resourceId),
      col<EniPublicIp>('ManagedBy', (e) => e.managedBy),
      col<EniPublicIp>('ScannedAccountId', (e) => e.scannedAccountId),
      col<EniPublicIp>('PrivateIp', (e) => e.privateIp),
      col<EniPublicIp>('IsPrimary', (e) => e.isPrimary),
      col<EniPublicIp>('AllocationId', (e) => e.allocationId),
      col<EniPublicIp>('IpOwnerId', (e) => e.ipOwnerId),
      col<EniPublicIp>('Byoip', (e) => e.byoip),
      col<EniPublicIp>('InstanceId', (e) => e.instanceId),
      col<EniPublicIp>('Description', (e) => e.description),
      ...actionColumns<EniPublicIp>(),
      savingColumn<EniPublicIp>(),
      monthlyCostColumn<EniPublicIp>(
        () => 1,
        (e) => e.byoip,
      ),
      ...suppressionColumns<EniPublicIp>(),
    ],
  },
  json: (ip, price) => ({
    ownerAccountId: ip.ownerAccountId,
    region: ip.region,
    interfaceId: ip.interfaceId,
    address: ip.address,
    vpcId: ip.vpcId,
    subnetId: ip.subnetId,
    interfaceType: ip.interfaceType,
    addressType: ip.addressType,
    suspicion: ip.suspicion,
    reasons: ip.reasons,
    service: ip.service,
    resourceId: orNull(ip.resourceId),
    managedBy: orNull(ip.managedBy),
    scannedAccountId: ip.scannedAccountId,
    privateIp: ip.privateIp,
    isPrimary: ip.isPrimary,
    allocationId: orNull(ip.allocationId),
    associationId: orNull(ip.associationId),
    ipOwnerId: orNull(ip.ipOwnerId),
    byoip: ip.byoip,
    instanceId: orNull(ip.instanceId),
    description: orNull(ip.description),
    monthlyCostUsd: monthlyCostJson(1, price, ip.byoip),
    action: actionJson(ip.action, price, ip.byoip),
    suppressionReason: orNull(ip.suppressionReason),
  }),
  html: {
    order: 1,
    table: {
      id: 'findings',
      title: 'Public IPv4 addresses on network interfaces',
      noun: 'findings',
      columns: [
        { label: 'Account', kind: 'text', value: (e) => e.ownerAccountId },
        { label: 'Region', kind: 'text', value: (e) => e.region },
        { label: 'Interface', kind: 'text', value: (e) => e.interfaceId },
        { label: 'Address', kind: 'address', value: (e) => e.address },
        { label: 'Type', kind: 'text', value: (e) => e.interfaceType, words: true },
        {
          label: 'Service',
          kind: 'text',
          words: true,
          // A managed interface says who manages it: only that service can change it.
          value: (e) =>
            e.managedBy === undefined ? e.service : `${e.service} (managed by ${e.managedBy})`,
        },
        { label: 'Address type', kind: 'text', value: (e) => e.addressType, words: true },
        {
          label: 'Suspicion',
          kind: 'text',
          value: (e) => e.suspicion,
          badge: true,
          order: SUSPICION_ORDER,
        },
        { label: 'Reason', kind: 'text', value: (e) => e.reasons.join(' '), wrap: true },
        {
          label: 'Monthly cost',
          kind: 'usd',
          value: (e, price) => monthlyCostCents(1, price, e.byoip),
        },
        // Last: it is the widest, and the columns before it are the ones a reader needs in view.
        { label: 'Description', kind: 'text', value: (e) => e.description ?? '', wrap: true },
      ],
      selects: [{ label: 'Suspicion', values: SUSPICION_ORDER }],
    },
  },
});
