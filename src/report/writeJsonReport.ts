// `{epoch}_report.json`: everything a scan found, for tools. Its shape is schema/report.schema.json,
// whose generated types (model/reportJson.generated.ts) every section here is checked against:
// change the schema first, and bump REPORT_SCHEMA_VERSION when a change is not additive.
import { join } from 'node:path';
import type { CostSummary } from '../analyze/cost.js';
import type { BaselineChange, BaselineDiff } from '../analyze/baselineDiff.js';
import type { Figures } from '../analyze/scope.js';
import type { Suppression, SuppressionOutcome } from '../analyze/suppressions.js';
import type { AuditOutcome } from '../audit/auditOutcome.js';
import type { PlanRunOutcome } from '../audit/checkPlans.js';
import { TOOL_NAME, VERSION } from '../common/version.js';
import type { GateResult } from '../gate/evaluateGate.js';
import {
  limitCounts,
  THRESHOLD_ENTRIES,
  type ReportedThresholds,
  type Thresholds,
} from '../gate/thresholds.js';
import type { ReportedOptions } from '../options/options.js';
import type { ScanResult } from '../model/scanResult.js';
import type * as Json from '../model/reportJson.generated.js';
import { roundCents } from '../format/formatUsd.js';
import { historyJson } from './historyJson.js';
import { reconciliationJson } from './reconciliationJson.js';
import { jsonChunks, LazyArray, type Streamed } from './jsonChunks.js';
import { checkJson, planJson } from './planChangesJson.js';
import { jsonReportFileName } from './reportFileName.js';
import { writeChunks } from './writeChunks.js';
import { FINDING_KINDS } from '../kinds/findingKinds.js';
import { orNull } from '../format/orNull.js';
import schema from '../../schema/report.schema.json' with { type: 'json' };

const REPORT_SCHEMA_VERSION = 1;

function scanSection(result: ScanResult, options: ReportedOptions): Json.ReportJson['scan'] {
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
      thresholds: thresholdsSection(options.thresholds),
      ...(options.ipam
        ? {
            ipam: {
              resourceDiscoveryId: options.ipam.resourceDiscoveryId,
              accountId: orNull(options.ipam.accountId),
            },
          }
        : {}),
      ...(options.reconcileBilling ? { reconcileBilling: true as const } : {}),
    },
  };
}

/**
 * Every threshold of the table that judges the scan, in its order: a limit not set is null, a
 * switch on or off (the plans' checks are in `plan`).
 */
function thresholdsSection(thresholds: Thresholds): ReportedThresholds {
  const reported = THRESHOLD_ENTRIES.flatMap(([key, entry]) =>
    entry.judges === 'scan'
      ? [[key, entry.rule === 'limit' ? orNull(thresholds[key]) : thresholds[key] === true]]
      : [],
  );
  return Object.fromEntries(reported) as ReportedThresholds;
}

function costSection(cost: CostSummary): Streamed<Json.ReportJson['cost']> {
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

function gateSection(gate: GateResult): Json.ReportJson['gate'] {
  return {
    passed: gate.passed,
    counts: {
      ...limitCounts(gate.counts),
      scanErrors: gate.counts.scanErrors,
      policyDenied: gate.counts.policyDenied,
    },
    ...gateChecksJson(gate),
  };
}

/** The verdict's checks (a plan-only run's gate is only these). */
function gateChecksJson(gate: Pick<GateResult, 'passed' | 'checks' | 'violations'>) {
  return {
    violations: gate.violations.map((v) => ({
      input: v.input,
      count: v.count,
      limit: v.limit,
      message: v.message,
    })),
    checks: gate.checks.map(checkJson),
  };
}

function suppressionSection(outcome: SuppressionOutcome): Json.ReportJson['suppressions'] {
  const entry = (s: Suppression): Json.SuppressionEntry => ({
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

function baselineSection(diff: BaselineDiff): NonNullable<Json.ReportJson['baseline']> {
  const change = (c: BaselineChange): Json.BaselineChange => ({
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

const figures = (f: Figures): Json.ScopeFigures => ({
  addresses: f.addresses,
  monthlyUsd: roundCents(f.monthlyUsd),
});

function* mapped<T, U>(rows: readonly T[], map: (row: T) => U): Generator<U> {
  for (const row of rows) yield map(row);
}

function coverageSection(result: ScanResult): Streamed<Json.ReportJson['coverage']> {
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

/** `object`'s members in the order the schema lists `properties` (kinds add theirs in any order). */
function inSchemaOrder<T extends object>(properties: object, object: T): T {
  const order = Object.keys(properties);
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => rank(a) - rank(b))) as T;
}

function findingsSection(result: ScanResult, price: number): Streamed<Json.ReportJson['findings']> {
  const members = FINDING_KINDS.map((kind) => [
    kind.member,
    new LazyArray(kind.json(result, price)),
  ]);
  return inSchemaOrder(
    schema.properties.findings.properties,
    Object.fromEntries(members) as Streamed<Json.ReportJson['findings']>,
  );
}

/** The whole document. Its arrays of rows are lazy, mapped while it is written: write it once. */
function jsonReportDocument(outcome: AuditOutcome): Streamed<Json.ReportJson> {
  const { result, options } = outcome;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: VERSION },
    ...(outcome.plan ? { plan: planJson(outcome.plan) } : {}),
    scan: scanSection(result, options),
    coverage: coverageSection(result),
    totals: inSchemaOrder(schema.properties.totals.properties, outcome.totals),
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

/**
 * Writes the `{epoch}_report.json` of a run that judged Terraform plans only: `schemaVersion`,
 * `tool`, `plan` and `gate`, no scan member (a baseline reader refuses it).
 */
export async function writePlanJsonReport(
  outcome: PlanRunOutcome,
  dir: string,
  epoch: number,
): Promise<string> {
  const document = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: VERSION },
    plan: planJson(outcome.plan),
    gate: { passed: outcome.gate.passed, ...gateChecksJson(outcome.gate) },
  };
  function* chunks() {
    yield* jsonChunks(document);
    yield '\n';
  }
  return writeChunks(join(dir, jsonReportFileName(epoch)), chunks());
}
