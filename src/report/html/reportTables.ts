// The interactive tables of the findings, the unassociated Elastic IPs and the scan errors (the
// other reports' tables are in inventoryTables.ts): which rows, and which columns.
import { monthlyCostUsd } from '../../analyze/cost.js';
import type { ElasticIp, EniPublicIp } from '../../model/findings.js';
import type { PolicyDenial, ScanError } from '../../model/scanResult.js';
import type { AuditOutcome } from '../../audit/auditOutcome.js';
import { cents, defineTable, type HtmlTable } from '../../format/htmlTable.js';
import { SUSPICION_ORDER } from '../../model/findings.js';

export type TableDefinition = HtmlTable<AuditOutcome>;

export const FINDINGS_TABLE = defineTable<EniPublicIp, AuditOutcome>(
  {
    id: 'findings',
    title: 'Public IPv4 addresses on network interfaces',
    noun: 'findings',
    columns: [
      { label: 'Account', kind: 'text', value: (e) => e.ownerAccountId },
      { label: 'Region', kind: 'text', value: (e) => e.region },
      { label: 'Interface', kind: 'text', value: (e) => e.interfaceId },
      { label: 'Address', kind: 'address', value: (e) => e.address },
      { label: 'Type', kind: 'text', value: (e) => e.interfaceType },
      {
        label: 'Service',
        kind: 'text',
        // A managed interface says who manages it: only that service can change it.
        value: (e) =>
          e.managedBy === undefined ? e.service : `${e.service} (managed by ${e.managedBy})`,
      },
      { label: 'Address type', kind: 'text', value: (e) => e.addressType },
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
        value: (e, price) => cents(monthlyCostUsd(price, e.byoip)),
      },
      // Last: it is the widest, and the columns before it are the ones a reader needs in view.
      { label: 'Description', kind: 'text', value: (e) => e.description ?? '', wrap: true },
    ],
    selects: [{ label: 'Suspicion', values: SUSPICION_ORDER }],
  },
  (o) => o.result.eniPublicIps,
);

export const UNASSOCIATED_EIPS_TABLE = defineTable<ElasticIp, AuditOutcome>(
  {
    id: 'unassociated-eips',
    title: 'Unassociated Elastic IPs',
    noun: 'unassociated Elastic IPs',
    columns: [
      { label: 'Account', kind: 'text', value: (e) => e.accountId },
      { label: 'Region', kind: 'text', value: (e) => e.region },
      { label: 'Address', kind: 'address', value: (e) => e.publicIp },
      { label: 'Allocation', kind: 'text', value: (e) => e.allocationId ?? '' },
      { label: 'Pool', kind: 'text', value: (e) => e.pool },
      { label: 'BYOIP', kind: 'text', value: (e) => (e.byoip ? 'yes' : 'no') },
      { label: 'Name', kind: 'text', value: (e) => e.name ?? '', wrap: true },
      {
        label: 'Monthly cost',
        kind: 'usd',
        value: (e, price) => cents(monthlyCostUsd(price, e.byoip)),
      },
    ],
  },
  (o) => o.result.unassociatedEips,
);

export const SCAN_ERRORS_TABLE = defineTable<ScanError, AuditOutcome>(
  {
    id: 'scan-errors',
    title: 'Scan errors',
    noun: 'scan errors',
    columns: [
      { label: 'Account', kind: 'text', value: (e) => e.accountId },
      { label: 'Region', kind: 'text', value: (e) => e.region },
      { label: 'API', kind: 'text', value: (e) => e.api },
      { label: 'Error code', kind: 'text', value: (e) => e.errorCode },
      { label: 'Message', kind: 'text', value: (e) => e.message, wrap: true },
    ],
  },
  (o) => o.result.scanErrors,
);

export const POLICY_DENIED_TABLE = defineTable<PolicyDenial, AuditOutcome>(
  {
    id: 'policy-denied',
    title: 'Account-regions denied by an organisation policy',
    noun: 'account-regions denied by policy',
    columns: [
      { label: 'Account', kind: 'text', value: (d) => d.accountId },
      { label: 'Region', kind: 'text', value: (d) => d.region },
      { label: 'Policy', kind: 'text', value: (d) => d.policy },
      { label: 'Example call', kind: 'text', value: (d) => d.exampleCall },
      { label: 'Message', kind: 'text', value: (d) => d.message, wrap: true },
    ],
  },
  (o) => o.result.policyDenied,
);
