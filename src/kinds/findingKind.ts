// A kind of finding (addresses on interfaces, Elastic IPs, VPN connections, ...) described in one
// place: how its rows are merged and ordered, their key, the addresses they are charged for, the
// totals and recommended actions they add, their CSV report, their report.json member and their
// HTML table. Everything that goes over findings goes over FINDING_KINDS (findingKinds.ts), so a
// new kind is one new module and one line in that list.
import type { EC2Client } from '@aws-sdk/client-ec2';
import type { PricedAddress } from '../analyze/cost.js';
import { csvRecords, type CsvColumn, type CsvContext } from '../format/csvColumns.js';
import { defineTable, type HtmlTable, type HtmlTableSpec } from '../format/htmlTable.js';
import type { Findings } from '../model/findings.js';
import type { RecommendedAction } from '../model/recommendedAction.js';
import type { ReportJson } from '../model/reportJson.generated.js';

/** A list of findings: its name in Findings and in report.json's `findings`. */
export type FindingsMember = keyof Findings & keyof ReportJson['findings'];
type Row<M extends FindingsMember> = Findings[M][number];
type JsonRow<M extends FindingsMember> = ReportJson['findings'][M][number];
type ReportTotalsJson = ReportJson['totals'];

/** A finding with something to do about it: what a recommendation is made of. */
export interface ActionableFinding {
  accountId: string;
  region: string;
  /** The public address it is about; empty for a subnet. */
  address: string;
  /** What the address sits on: `eni-… (EC2 Instance, i-…)`, an allocation id, a subnet. */
  subject: string;
  /** Why: the finding's reasons, or what makes it a finding. */
  why: string;
  action: RecommendedAction;
  byoip: boolean;
}

/**
 * How a regional kind is read when a call of its own (not the interfaces' answers) finds its
 * addresses: the scan makes the call in every account-region, the session policy allows it.
 */
export interface RegionSource<R> {
  /** The IAM action the call needs, also its name in error rows: `ec2:DescribeVpnConnections`. */
  action: `ec2:${string}`;
  read(ec2: EC2Client): Promise<unknown>;
  /** Its rows from the call's answer (undefined when the call failed: an error row says so). */
  rows(accountId: string, region: string, answer: unknown): R[];
}

/** A RegionSource from a collector and the function that makes its answer into rows. */
export function regionSource<A, R>(source: {
  action: `ec2:${string}`;
  read(ec2: EC2Client): Promise<A>;
  rows(accountId: string, region: string, answer: A | undefined): R[];
}): RegionSource<R> {
  return {
    action: source.action,
    read: source.read,
    // The scan hands each source back its own read's answer (regionSources.ts).
    rows: (accountId, region, answer) => source.rows(accountId, region, answer as A | undefined),
  };
}

export interface KindSpec<M extends FindingsMember, Name extends string> {
  member: M;
  /** Where a regional kind read by a call of its own comes from (kinds/regionSources.ts). */
  source?: RegionSource<Row<M>>;
  /** Matches a finding across runs (baselines): ids only, never positions. */
  key(row: Row<M>): string;
  /** The order of the reports, whatever order the concurrent scan finished in. */
  compare(a: Row<M>, b: Row<M>): number;
  /** Makes one row of the views of one thing several scanned accounts saw (shared subnets). */
  merge?(rows: Row<M>[]): Row<M>[];
  /** The public addresses a row holds, each charged per hour (cost.ts counts each once). */
  addresses(row: Row<M>): PricedAddress[];
  /** True when its addresses are allocated to nothing: billed as idle (the bill's reconciliation). */
  idle?: true;
  /** Its members of report.json's `totals` (and the job summary's counts). */
  totals(rows: readonly Row<M>[]): Partial<ReportTotalsJson>;
  /** The row's recommended action, if it has one, with what it is about. */
  actionable?(row: Row<M>): ActionableFinding | undefined;
  csv: { name: Name; columns: readonly CsvColumn<Row<M>>[] };
  /** Its item in report.json's `findings[member]`, but the key, which comes first. */
  json(row: Row<M>, pricePerIpHour: number): Omit<JsonRow<M>, 'key'>;
  /** Its table in the HTML page: `order` places it among the page's tables (pageTables.ts). */
  html: { order: number; table: HtmlTableSpec<Row<M>> };
}

/** A kind with its row type closed over, so kinds of different rows sit in one list. */
interface FindingKind<Name extends string = string> {
  readonly member: FindingsMember;
  readonly source?: RegionSource<unknown>;
  /** Its rows of every account-region joined: merged and in report order. */
  arranged(all: Findings): readonly unknown[];
  addresses(findings: Findings): Generator<PricedAddress>;
  /** Whether its addresses are billed as idle. */
  readonly idle: boolean;
  totals(findings: Findings): Partial<ReportTotalsJson>;
  actionable(findings: Findings): Generator<ActionableFinding>;
  readonly csv: {
    readonly name: Name;
    readonly headers: readonly string[];
    records(findings: Findings, context: CsvContext): Generator<string[]>;
  };
  json(findings: Findings, pricePerIpHour: number): Generator<JsonRow<FindingsMember>>;
  readonly html: { readonly order: number; readonly table: HtmlTable<Findings> };
}

/** A kind as its module exports it: the erased operations, and its spec for tests. */
export type TypedKind<M extends FindingsMember, Name extends string> = FindingKind<Name> & {
  readonly spec: KindSpec<M, Name>;
};

export function defineKind<M extends FindingsMember, Name extends string>(
  spec: KindSpec<M, Name>,
): TypedKind<M, Name> {
  const rowsOf = (findings: Findings) => findings[spec.member] as readonly Row<M>[];
  return {
    spec,
    member: spec.member,
    ...(spec.source ? { source: spec.source } : {}),
    arranged(all) {
      const rows = [...rowsOf(all)];
      return (spec.merge?.(rows) ?? rows).sort((a, b) => spec.compare(a, b));
    },
    *addresses(findings) {
      for (const row of rowsOf(findings)) yield* spec.addresses(row);
    },
    idle: spec.idle === true,
    totals: (findings) => spec.totals(rowsOf(findings)),
    *actionable(findings) {
      if (spec.actionable === undefined) return;
      for (const row of rowsOf(findings)) {
        const finding = spec.actionable(row);
        if (finding !== undefined) yield finding;
      }
    },
    csv: {
      name: spec.csv.name,
      headers: spec.csv.columns.map((c) => c.header),
      records: (findings, context) => csvRecords(rowsOf(findings), spec.csv.columns, context),
    },
    *json(findings, pricePerIpHour) {
      for (const row of rowsOf(findings)) {
        yield { key: spec.key(row), ...spec.json(row, pricePerIpHour) } as JsonRow<M>;
      }
    },
    html: { order: spec.html.order, table: defineTable(spec.html.table, rowsOf) },
  };
}
