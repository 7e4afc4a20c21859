// The interactive tables of what the scan could not read: scan errors, account-regions denied by
// policy, accounts not scanned (each kind of finding has its table in its module in kinds/).
import type { PolicyDenial, ScanError, UncheckedAccount } from '../../model/scanResult.js';
import type { AuditOutcome } from '../../audit/auditOutcome.js';
import { defineTable, type HtmlTable } from '../../format/htmlTable.js';

export type TableDefinition = HtmlTable<AuditOutcome>;

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

export const UNCHECKED_ACCOUNTS_TABLE = defineTable<UncheckedAccount, AuditOutcome>(
  {
    id: 'unchecked-accounts',
    title: 'Accounts not scanned (not ACTIVE, or excluded)',
    noun: 'accounts not scanned',
    columns: [
      { label: 'Account', kind: 'text', value: (a) => a.accountId },
      { label: 'Name', kind: 'text', value: (a) => a.name ?? '', wrap: true },
      { label: 'Status', kind: 'text', value: (a) => a.status },
    ],
  },
  (o) => o.result.uncheckedAccounts,
);
