// Small typed builders for finding rows and scan results: each test states only the fields it
// is about. Defaults fill the required fields only; optional fields stay absent unless given.
import type { AutoAssignSubnet, ElasticIp, EniPublicIp } from '../src/model/findings.js';
import type { ScanResult } from '../src/model/scanResult.js';

export const FIXTURE_ACCOUNT = '111111111111';
export const FIXTURE_REGION = 'us-east-1';

/**
 * A LOW-suspicion public IP on an instance's primary interface in vpc-1/subnet-1, seen by its
 * owner. The interface id defaults to `eni-<address>`.
 */
export function eniRow(overrides: Partial<EniPublicIp> = {}): EniPublicIp {
  const address = overrides.address ?? '54.0.0.1';
  return {
    ownerAccountId: FIXTURE_ACCOUNT,
    region: FIXTURE_REGION,
    interfaceId: `eni-${address}`,
    address,
    vpcId: 'vpc-1',
    subnetId: 'subnet-1',
    interfaceType: 'EC2 Instance',
    addressType: 'Public IP',
    suspicion: 'LOW',
    reasons: [],
    service: 'ec2',
    scannedAccountId: FIXTURE_ACCOUNT,
    privateIp: '10.0.0.1',
    isPrimary: true,
    byoip: false,
    ...overrides,
  };
}

/** An Amazon-owned Elastic IP, without an allocation id unless given. */
export function eipRow(overrides: Partial<ElasticIp> = {}): ElasticIp {
  return {
    accountId: FIXTURE_ACCOUNT,
    region: FIXTURE_REGION,
    publicIp: '3.0.0.1',
    pool: 'amazon',
    byoip: false,
    ...overrides,
  };
}

/** A subnet in vpc-1, seen by its owner. */
export function subnetRow(overrides: Partial<AutoAssignSubnet> = {}): AutoAssignSubnet {
  return {
    ownerAccountId: FIXTURE_ACCOUNT,
    region: FIXTURE_REGION,
    vpcId: 'vpc-1',
    subnetId: 'subnet-1',
    scannedAccountId: FIXTURE_ACCOUNT,
    ...overrides,
  };
}

/** A complete scan of one account-region that found nothing, started and finished at the epoch. */
export function emptyScan(overrides: Partial<ScanResult> = {}): ScanResult {
  return {
    startedAt: new Date(0),
    finishedAt: new Date(0),
    accountsScanned: [],
    targets: [],
    eniPublicIps: [],
    associatedEips: [],
    unassociatedEips: [],
    autoAssignSubnets: [],
    vpnConnections: [],
    globalAccelerators: [],
    uncheckedAccounts: [],
    scanErrors: [],
    policyDenied: [],
    coverage: { planned: 1, complete: 1, reached: 1, read: 1, policyDenied: 0, gaps: [] },
    ...overrides,
  };
}
