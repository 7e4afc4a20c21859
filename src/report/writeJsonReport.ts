// `{epoch}_report.json`: everything a scan found, for tools. Its shape is schema/report.schema.json;
// change one, change the other, and bump REPORT_SCHEMA_VERSION when a change is not additive.
import { join } from 'node:path';
import {
  actionSavingUsd,
  monthlyCostUsd,
  vpnAddresses,
  type CostSummary,
} from '../analyze/cost.js';
import type { RecommendedAction } from '../analyze/recommendedAction.js';
import { eipFindingKey, eniFindingKey } from '../analyze/findingKeys.js';
import type { BaselineChange, BaselineDiff } from '../analyze/baselineDiff.js';
import type { Figures } from '../analyze/scope.js';
import type { Suppression, SuppressionOutcome } from '../analyze/suppressions.js';
import type {
  AcceleratorIps,
  AutoAssignSubnet,
  ElasticIp,
  EniPublicIp,
  VpnPublicIps,
} from '../analyze/types.js';
import type { AuditOutcome } from '../audit/auditOutcome.js';
import { TOOL_NAME, VERSION } from '../common/version.js';
import type { GateResult } from '../gate/evaluateGate.js';
import type { ReportedOptions } from '../options/options.js';
import type { ScanResult } from '../scan/scanResult.js';
import { roundCents } from './formatUsd.js';
import { historyJson } from './historyJson.js';
import { reconciliationJson } from './reconciliationJson.js';
import { jsonChunks, LazyArray } from './jsonChunks.js';
import { jsonReportFileName } from './reportFileName.js';
import { writeChunks } from './writeChunks.js';

export const REPORT_SCHEMA_VERSION = 1;

// Absent optional values are written as null, so every finding of a kind has the same keys.
const orNull = <T>(value: T | undefined): T | null => value ?? null;

function scanSection(result: ScanResult, options: ReportedOptions) {
  const ms = result.finishedAt.getTime() - result.startedAt.getTime();
  return {
    startedAt: result.startedAt.toISOString(),
    finishedAt: result.finishedAt.toISOString(),
    durationSeconds: ms / 1000,
    options: {
      mode: options.mode,
      awsRegion: options.awsRegion,
      regions: orNull(options.regions),
      accounts: orNull(options.accounts),
      organizationalUnits: orNull(options.organizationalUnits),
      excludeAccounts: orNull(options.excludeAccounts),
      excludeRegions: orNull(options.excludeRegions),
      memberRoleName: options.memberRoleName,
      externalIdSet: options.externalId !== undefined,
      // The kind only: keys, profile names and role ARNs stay out of an artifact anyone can read.
      credentials: { kind: options.credentials.kind },
      concurrency: options.concurrency,
      requestTimeoutSeconds: options.requestTimeoutSeconds,
      pricePerIpHour: options.pricePerIpHour,
      thresholds: {
        maxHighSuspicion: orNull(options.thresholds.maxHighSuspicion),
        maxUnassociatedEips: orNull(options.thresholds.maxUnassociatedEips),
        failOnScanErrors: options.thresholds.failOnScanErrors,
        failOnPolicyDenied: options.thresholds.failOnPolicyDenied === true,
        ...(options.thresholds.maxIpamMissed !== undefined
          ? { maxIpamMissed: options.thresholds.maxIpamMissed }
          : {}),
      },
      ...(options.ipam
        ? {
            ipam: {
              resourceDiscoveryId: options.ipam.resourceDiscoveryId,
              accountId: orNull(options.ipam.accountId),
            },
          }
        : {}),
      ...(options.reconcileBilling ? { reconcileBilling: true } : {}),
    },
  };
}

function costSection(cost: CostSummary) {
  return {
    pricePerIpHour: cost.pricePerIpHour,
    hoursPerMonth: cost.hoursPerMonth,
    addressCount: cost.addressCount,
    byoipAddressCount: cost.byoipAddressCount,
    totalMonthlyUsd: roundCents(cost.totalMonthlyUsd),
    potentialSavingsUsd: roundCents(cost.potentialSavingsUsd),
    byAccount: new LazyArray(
      cost.byAccount.map((a) => ({
        accountId: a.accountId,
        addresses: a.addresses,
        monthlyUsd: roundCents(a.monthlyUsd),
        potentialSavingsUsd: roundCents(a.potentialSavingsUsd),
      })),
    ),
    byInterfaceType: cost.byInterfaceType.map((t) => ({
      interfaceType: t.interfaceType,
      addresses: t.addresses,
      monthlyUsd: roundCents(t.monthlyUsd),
    })),
    byService: cost.byService.map((s) => ({
      service: s.service,
      addresses: s.addresses,
      monthlyUsd: roundCents(s.monthlyUsd),
    })),
    savingsByAction: cost.savingsByAction.map((a) => ({
      kind: a.kind,
      findings: a.findings,
      monthlyUsd: roundCents(a.monthlyUsd),
    })),
    bySuspicion: { ...cost.bySuspicion },
  };
}

/** A finding's recommended action and its monthly saving, or null. */
function actionOf(action: RecommendedAction | undefined, price: number, byoip: boolean) {
  return action === undefined
    ? null
    : {
        kind: action.kind,
        advice: action.advice,
        commands: action.commands,
        monthlySavingUsd: roundCents(actionSavingUsd(action, price, byoip)),
      };
}

function gateSection(gate: GateResult) {
  return {
    passed: gate.passed,
    counts: {
      highSuspicion: gate.counts.highSuspicion,
      unassociatedEips: gate.counts.unassociatedEips,
      scanErrors: gate.counts.scanErrors,
      policyDenied: gate.counts.policyDenied,
    },
    violations: gate.violations.map((v) => ({
      input: v.input,
      count: v.count,
      limit: v.limit,
      message: v.message,
    })),
    checks: gate.checks.map((c) => ({
      input: c.input,
      count: c.count,
      limit: c.limit,
      bound: c.bound,
      passed: c.passed,
      message: c.message,
    })),
  };
}

function suppressionSection(outcome: SuppressionOutcome) {
  const entry = (s: Suppression) => ({
    source: s.source,
    reason: s.reason,
    expires: orNull(s.expires),
  });
  return {
    suppressed: outcome.suppressed,
    expired: outcome.expired.map(entry),
    unused: outcome.unused.map(entry),
  };
}

function baselineSection(diff: BaselineDiff) {
  const change = (c: BaselineChange) => ({
    key: c.key,
    address: c.address,
    suspicion: orNull(c.suspicion),
    previousSuspicion: orNull(c.previousSuspicion),
  });
  return {
    source: diff.source,
    newFindings: diff.newFindings.map(change),
    goneFindings: diff.goneFindings.map(change),
    changedSuspicion: diff.changedSuspicion.map(change),
    unchanged: diff.unchanged,
    newUnassociatedEips: diff.newUnassociatedEips,
    monthlyCostDeltaUsd: roundCents(diff.monthlyCostDeltaUsd),
    notCompared: diff.notCompared,
    scope: {
      ...diff.scope,
      baseline: figures(diff.scope.baseline),
      thisRun: figures(diff.scope.thisRun),
    },
  };
}

const figures = (f: Figures) => ({ addresses: f.addresses, monthlyUsd: roundCents(f.monthlyUsd) });

function* mapped<T, U>(rows: readonly T[], map: (row: T) => U): Generator<U> {
  for (const row of rows) yield map(row);
}

function eniFinding(ip: EniPublicIp, price: number) {
  return {
    key: eniFindingKey(ip),
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
    monthlyCostUsd: roundCents(monthlyCostUsd(price, ip.byoip)),
    action: actionOf(ip.action, price, ip.byoip),
    suppressionReason: orNull(ip.suppressionReason),
  };
}

function eipFinding(eip: ElasticIp, price: number) {
  return {
    key: eipFindingKey(eip),
    accountId: eip.accountId,
    region: eip.region,
    publicIp: eip.publicIp,
    allocationId: orNull(eip.allocationId),
    pool: eip.pool,
    byoip: eip.byoip,
    associationId: orNull(eip.associationId),
    networkInterfaceId: orNull(eip.networkInterfaceId),
    instanceId: orNull(eip.instanceId),
    privateIp: orNull(eip.privateIp),
    networkBorderGroup: orNull(eip.networkBorderGroup),
    name: orNull(eip.name),
    monthlyCostUsd: roundCents(monthlyCostUsd(price, eip.byoip)),
    action: actionOf(eip.action, price, eip.byoip),
    suppressionReason: orNull(eip.suppressionReason),
  };
}

function subnetFinding(subnet: AutoAssignSubnet, price: number) {
  return {
    key: `${subnet.ownerAccountId}/${subnet.region}/${subnet.subnetId}`,
    ownerAccountId: subnet.ownerAccountId,
    region: subnet.region,
    vpcId: subnet.vpcId,
    subnetId: subnet.subnetId,
    scannedAccountId: subnet.scannedAccountId,
    cidrBlock: orNull(subnet.cidrBlock),
    availabilityZone: orNull(subnet.availabilityZone),
    action: actionOf(subnet.action, price, false),
  };
}

function vpnFinding(vpn: VpnPublicIps, price: number) {
  const addresses = vpnAddresses(vpn);
  return {
    key: `${vpn.accountId}/${vpn.region}/${vpn.connectionId}`,
    accountId: vpn.accountId,
    region: vpn.region,
    connectionId: vpn.connectionId,
    addresses,
    state: orNull(vpn.state),
    monthlyCostUsd: roundCents(addresses.length * monthlyCostUsd(price, false)),
  };
}

function acceleratorFinding(accelerator: AcceleratorIps, price: number) {
  return {
    key: accelerator.arn,
    ownerAccountId: accelerator.ownerAccountId,
    arn: accelerator.arn,
    name: orNull(accelerator.name),
    kind: accelerator.kind,
    addresses: accelerator.allAddresses,
    monthlyCostUsd: roundCents(accelerator.allAddresses.length * monthlyCostUsd(price, false)),
  };
}

function coverageSection(result: ScanResult) {
  return {
    accountsScanned: new LazyArray(result.accountsScanned),
    targets: new LazyArray(
      mapped(result.targets, (t) => ({ accountId: t.accountId, region: t.region })),
    ),
    uncheckedAccounts: new LazyArray(
      mapped(result.uncheckedAccounts, (a) => ({
        accountId: a.accountId,
        name: orNull(a.name),
        status: a.status,
      })),
    ),
    scanErrors: new LazyArray(
      mapped(result.scanErrors, (e) => ({
        accountId: e.accountId,
        region: e.region,
        api: e.api,
        errorCode: e.errorCode,
        message: e.message,
      })),
    ),
    policyDenied: new LazyArray(
      mapped(result.policyDenied, (d) => ({
        accountId: d.accountId,
        region: d.region,
        policy: d.policy,
        exampleCall: d.exampleCall,
        message: d.message,
      })),
    ),
    planned: result.coverage.planned,
    complete: result.coverage.complete,
    reached: result.coverage.reached,
    read: result.coverage.read,
    policyDeniedCount: result.coverage.policyDenied,
    gaps: result.coverage.gaps.map((g) => ({
      accountId: g.accountId,
      region: g.region,
      reached: g.reached,
      failures: g.failures,
    })),
  };
}

function findingsSection(result: ScanResult, price: number) {
  return {
    eniPublicIps: new LazyArray(mapped(result.eniPublicIps, (ip) => eniFinding(ip, price))),
    associatedEips: new LazyArray(mapped(result.associatedEips, (e) => eipFinding(e, price))),
    unassociatedEips: new LazyArray(mapped(result.unassociatedEips, (e) => eipFinding(e, price))),
    autoAssignSubnets: new LazyArray(
      mapped(result.autoAssignSubnets, (s) => subnetFinding(s, price)),
    ),
    vpnConnections: new LazyArray(mapped(result.vpnConnections, (v) => vpnFinding(v, price))),
    globalAccelerators: new LazyArray(
      mapped(result.globalAccelerators, (a) => acceleratorFinding(a, price)),
    ),
  };
}

/** The whole document. Its arrays of rows are lazy, mapped while it is written: write it once. */
function jsonReportDocument(outcome: AuditOutcome): Record<string, unknown> {
  const { result, options } = outcome;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: VERSION },
    scan: scanSection(result, options),
    coverage: coverageSection(result),
    totals: outcome.totals,
    cost: costSection(outcome.cost),
    gate: gateSection(outcome.gate),
    suppressions: suppressionSection(outcome.suppressions),
    baseline: outcome.baselineDiff ? baselineSection(outcome.baselineDiff) : null,
    history: historyJson(outcome.history),
    // Only when a reconciliation is on: a run without one writes what it wrote before.
    ...(outcome.reconciliation
      ? { reconciliation: reconciliationJson(outcome.reconciliation) }
      : {}),
    findings: findingsSection(result, options.pricePerIpHour),
  };
}

/**
 * Writes `{epoch}_report.json` in `dir` and returns its path. UTF-8, LF line ends, a final
 * newline; the same outcome always gives the same bytes.
 */
export async function writeJsonReport(
  outcome: AuditOutcome,
  dir: string,
  epoch: number,
): Promise<string> {
  const document = jsonReportDocument(outcome);
  function* chunks() {
    yield* jsonChunks(document);
    yield '\n';
  }
  return writeChunks(join(dir, jsonReportFileName(epoch)), chunks());
}
