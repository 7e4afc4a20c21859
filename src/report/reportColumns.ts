// The single source of truth for what each CSV report holds: its name, its columns in order,
// and how each cell is read from a row. The columns of the Python script this tool replaces
// (aws-samples/ipv4-usage-monitoring-for-aws) come first, in its order, with clean headers; our
// extra columns follow, so spreadsheets and scripts built on its files keep working by position
// and by name.
import type { PolicyDenial } from '../analyze/policyDenials.js';
import type { ScanResult } from '../scan/scanResult.js';
import type {
  AcceleratorIps,
  AutoAssignSubnet,
  ElasticIp,
  EniPublicIp,
  ScanError,
  UncheckedAccount,
  VpnPublicIps,
} from '../analyze/types.js';
import { actionSavingUsd, monthlyCostUsd, vpnAddresses } from '../analyze/cost.js';
import type { RecommendedAction } from '../analyze/recommendedAction.js';
import { formatUsd } from './formatUsd.js';
import { neutralizeFormula } from './neutralizeFormula.js';

/** The Python script's six reports, then our coverage reports. */
export const REPORT_NAMES = [
  'associated_eips',
  'unassociated_eips',
  'eni_public_ips',
  'private_subnets_with_auto_assign',
  'vpn_connections',
  'global_accelerators',
  'unchecked_accounts',
  'scan_errors',
  'policy_denied',
] as const;

export type ReportName = (typeof REPORT_NAMES)[number];

type Cell = string | boolean | undefined;

/** What a cell may need beyond its row. */
export interface ReportContext {
  /** USD per public IPv4 address-hour, for the MonthlyCostUsd column. */
  pricePerIpHour: number;
}

interface Column<Row> {
  header: string;
  cell: (row: Row, context: ReportContext) => Cell;
}

export interface ReportDefinition {
  readonly headers: readonly string[];
  /** Each row of the scan as the report's cells, in the scan's order. */
  records(result: ScanResult, context: ReportContext): Generator<string[]>;
}

function col<Row>(header: string, cell: Column<Row>['cell']): Column<Row> {
  return { header, cell };
}

/** The last column of every report that holds addresses: what `count` of them cost a month. */
function monthlyCost<Row>(count: (row: Row) => number, byoip: (row: Row) => boolean = () => false) {
  return col<Row>('MonthlyCostUsd', (row, { pricePerIpHour }) =>
    formatUsd(count(row) * monthlyCostUsd(pricePerIpHour, byoip(row))),
  );
}

/** What to do (the advice) and the command(s) that do it. */
function actionColumns<Row extends { action?: RecommendedAction }>(): Column<Row>[] {
  return [
    col<Row>('Action', (row) => row.action?.advice),
    // Two commands run in order: one line a shell runs as written.
    col<Row>('Command', (row) => row.action?.commands.join(' && ') || undefined),
  ];
}

/** What taking the action saves a month: the address's cost, when it goes away. */
function savingColumn<Row extends { action?: RecommendedAction; byoip: boolean }>(): Column<Row> {
  return col<Row>('MonthlySavingUsd', (row, { pricePerIpHour }) =>
    row.action === undefined
      ? undefined
      : formatUsd(actionSavingUsd(row.action, pricePerIpHour, row.byoip)),
  );
}

/** Suppressed findings stay in the reports, marked, with the reason the team gave. */
function suppressionColumns<Row extends { suppressionReason?: string }>(): Column<Row>[] {
  return [
    col<Row>('Suppressed', (row) => row.suppressionReason !== undefined),
    col<Row>('SuppressionReason', (row) => row.suppressionReason),
  ];
}

// csv-stringify would write booleans as `1`/empty; spell them out instead. Every text cell is
// neutralised, whatever its column: user text reaches more columns than it seems to (an
// interface type guessed from a description, an error code an endpoint made up), and no value
// of ours starts with a formula character.
function format(value: Cell): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return neutralizeFormula(value);
}

// Erases the row type so reports of different rows sit in one table.
function defineReport<Row>(
  rowsOf: (result: ScanResult) => readonly Row[],
  columns: readonly Column<Row>[],
): ReportDefinition {
  return {
    headers: columns.map((c) => c.header),
    *records(result, context) {
      for (const row of rowsOf(result)) {
        yield columns.map((c) => format(c.cell(row, context)));
      }
    },
  };
}

const EIP_COLUMNS: readonly Column<ElasticIp>[] = [
  col('AccountId', (e) => e.accountId),
  col('Region', (e) => e.region),
  col('EIP', (e) => e.publicIp),
  col('AllocationId', (e) => e.allocationId),
  col('Pool', (e) => e.pool),
  col('Byoip', (e) => e.byoip),
  col('AssociationId', (e) => e.associationId),
  col('NetworkInterfaceId', (e) => e.networkInterfaceId),
  col('InstanceId', (e) => e.instanceId),
  col('PrivateIp', (e) => e.privateIp),
  col('NetworkBorderGroup', (e) => e.networkBorderGroup),
  col('Name', (e) => e.name),
  ...actionColumns<ElasticIp>(),
  savingColumn<ElasticIp>(),
  monthlyCost(
    () => 1,
    (e) => e.byoip,
  ),
  ...suppressionColumns<ElasticIp>(),
];

export const REPORTS: { readonly [N in ReportName]: ReportDefinition } = {
  associated_eips: defineReport((r) => r.associatedEips, EIP_COLUMNS),
  unassociated_eips: defineReport((r) => r.unassociatedEips, EIP_COLUMNS),
  eni_public_ips: defineReport<EniPublicIp>(
    (r) => r.eniPublicIps,
    [
      col('OwnerAccountId', (e) => e.ownerAccountId),
      col('Region', (e) => e.region),
      col('InterfaceId', (e) => e.interfaceId),
      col('Address', (e) => e.address),
      col('VpcId', (e) => e.vpcId),
      col('SubnetId', (e) => e.subnetId),
      col('InterfaceType', (e) => e.interfaceType),
      col('AddressType', (e) => e.addressType),
      col('SuspectUnnecessary', (e) => e.suspicion),
      col('Reason', (e) => e.reasons.join(' ')),
      col('Service', (e) => e.service),
      col('ResourceId', (e) => e.resourceId),
      col('ManagedBy', (e) => e.managedBy),
      col('ScannedAccountId', (e) => e.scannedAccountId),
      col('PrivateIp', (e) => e.privateIp),
      col('IsPrimary', (e) => e.isPrimary),
      col('AllocationId', (e) => e.allocationId),
      col('IpOwnerId', (e) => e.ipOwnerId),
      col('Byoip', (e) => e.byoip),
      col('InstanceId', (e) => e.instanceId),
      col('Description', (e) => e.description),
      ...actionColumns<EniPublicIp>(),
      savingColumn<EniPublicIp>(),
      monthlyCost(
        () => 1,
        (e) => e.byoip,
      ),
      ...suppressionColumns<EniPublicIp>(),
    ],
  ),
  private_subnets_with_auto_assign: defineReport<AutoAssignSubnet>(
    (r) => r.autoAssignSubnets,
    [
      col('OwnerAccountId', (s) => s.ownerAccountId),
      col('Region', (s) => s.region),
      col('VpcId', (s) => s.vpcId),
      col('SubnetId', (s) => s.subnetId),
      col('ScannedAccountId', (s) => s.scannedAccountId),
      col('CidrBlock', (s) => s.cidrBlock),
      col('AvailabilityZone', (s) => s.availabilityZone),
      ...actionColumns<AutoAssignSubnet>(),
    ],
  ),
  vpn_connections: defineReport<VpnPublicIps>(
    (r) => r.vpnConnections,
    [
      col('AccountId', (v) => v.accountId),
      col('Region', (v) => v.region),
      col('ConnectionId', (v) => v.connectionId),
      col('Address1', (v) => v.address1),
      col('Address2', (v) => v.address2),
      col('State', (v) => v.state),
      monthlyCost((v) => vpnAddresses(v).length),
    ],
  ),
  global_accelerators: defineReport<AcceleratorIps>(
    (r) => r.globalAccelerators,
    [
      col('OwnerAccountId', (a) => a.ownerAccountId),
      col('Arn', (a) => a.arn),
      col('Address1', (a) => a.address1),
      col('Address2', (a) => a.address2),
      col('Name', (a) => a.name),
      col('Type', (a) => a.kind),
      col('AllAddresses', (a) => a.allAddresses.join(' ')),
      monthlyCost((a) => a.allAddresses.length),
    ],
  ),
  unchecked_accounts: defineReport<UncheckedAccount>(
    (r) => r.uncheckedAccounts,
    [
      col('AccountId', (a) => a.accountId),
      col('Name', (a) => a.name),
      col('Status', (a) => a.status),
    ],
  ),
  scan_errors: defineReport<ScanError>(
    (r) => r.scanErrors,
    [
      col('AccountId', (e) => e.accountId),
      col('Region', (e) => e.region),
      col('Api', (e) => e.api),
      col('ErrorCode', (e) => e.errorCode),
      col('Message', (e) => e.message),
    ],
  ),
  policy_denied: defineReport<PolicyDenial>(
    (r) => r.policyDenied,
    [
      col('AccountId', (d) => d.accountId),
      col('Region', (d) => d.region),
      col('Policy', (d) => d.policy),
      col('ExampleCall', (d) => d.exampleCall),
      col('Message', (d) => d.message),
    ],
  ),
};

/** The header row of each report, in order. */
export const REPORT_COLUMNS = Object.fromEntries(
  REPORT_NAMES.map((name) => [name, REPORTS[name].headers]),
) as { readonly [N in ReportName]: readonly string[] };
