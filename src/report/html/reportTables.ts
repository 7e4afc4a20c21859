// The interactive tables of the findings, the unassociated Elastic IPs and the scan errors (the
// other reports' tables are in inventoryTables.ts): which rows, which columns, and how their
// cells are shipped to the page. Cells travel as integers: an index into a per-table string list (an organisation
// repeats the same accounts, regions, types and reasons thousands of times) or whole cents.
// That keeps 50,000 findings to a few megabytes and lets the page sort by integer rank.
import { monthlyCostUsd } from '../../analyze/cost.js';
import type { PolicyDenial } from '../../analyze/policyDenials.js';
import type { ElasticIp, EniPublicIp, ScanError } from '../../analyze/types.js';
import type { AuditOutcome } from '../../audit/auditOutcome.js';
import { roundCents } from '../formatUsd.js';
import { jsonForScript } from './jsonForScript.js';
import type { ColumnKind } from './page/tableData.js';
import { SUSPICION_ORDER } from './suspicionOrder.js';

interface Column<Row> {
  label: string;
  kind: ColumnKind;
  /** The cell: text for text and address columns, whole cents for usd columns. */
  value: (row: Row, pricePerIpHour: number) => string | number;
  /** Shown as a coloured badge (suspicion). */
  badge?: boolean;
  /** Long prose (reasons, descriptions, messages): may wrap instead of widening the table. */
  wrap?: boolean;
  /** A command to copy: set in monospace. */
  code?: boolean;
  /** Values in the order an ascending sort shows them (severity, not the alphabet). */
  order?: readonly string[];
}

/** A drop-down that keeps only rows whose column equals one value. */
export interface ColumnSelect {
  /** Index of the column it filters. */
  column: number;
  label: string;
  values: readonly string[];
}

export interface TableDefinition {
  id: string;
  title: string;
  noun: string;
  columns: readonly Column<never>[];
  selects: readonly ColumnSelect[];
  /** The table's data as JSON, in pieces, rows in the order the outcome holds them. */
  encode(outcome: AuditOutcome): Generator<string>;
}

export const cents = (usd: number) => Math.round(roundCents(usd) * 100);

/** Rows per piece of output: the writer streams them, so the page is never one giant string. */
const ROWS_PER_CHUNK = 2000;

export function defineTable<Row>(table: {
  id: string;
  title: string;
  noun: string;
  rows: (outcome: AuditOutcome) => readonly Row[];
  columns: readonly Column<Row>[];
  /** Drop-down filters, each on the column that has `values`. */
  selects?: readonly { label: string; values: readonly string[] }[];
}): TableDefinition {
  const { columns } = table;
  const selects = (table.selects ?? []).map((select) => {
    const column = columns.findIndex((c) => c.label === select.label);
    if (column < 0) throw new Error(`no column '${select.label}' in table '${table.id}'`);
    return { ...select, column };
  });
  return {
    id: table.id,
    title: table.title,
    noun: table.noun,
    columns: columns as readonly Column<never>[],
    selects,
    // `{"cells":[...],"strings":[...]}`: the string list comes last, once every row has added to it.
    *encode(outcome) {
      const { pricePerIpHour } = outcome.options;
      const index = new Map<string, number>();
      const strings: string[] = [];
      const intern = (text: string) => {
        let i = index.get(text);
        if (i === undefined) {
          i = strings.length;
          strings.push(text);
          index.set(text, i);
        }
        return i;
      };
      const rows = table.rows(outcome);
      yield '{"cells":[';
      for (let start = 0; start < rows.length; start += ROWS_PER_CHUNK) {
        const cells: number[] = [];
        for (const row of rows.slice(start, start + ROWS_PER_CHUNK)) {
          for (const column of columns) {
            const value = column.value(row, pricePerIpHour);
            cells.push(typeof value === 'number' ? value : intern(value));
          }
        }
        yield (start === 0 ? '' : ',') + cells.join(',');
      }
      yield `],"strings":${jsonForScript(strings)}}`;
    },
  };
}

export const FINDINGS_TABLE = defineTable<EniPublicIp>({
  id: 'findings',
  title: 'Public IPv4 addresses on network interfaces',
  noun: 'findings',
  rows: (o) => o.result.eniPublicIps,
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
});

export const UNASSOCIATED_EIPS_TABLE = defineTable<ElasticIp>({
  id: 'unassociated-eips',
  title: 'Unassociated Elastic IPs',
  noun: 'unassociated Elastic IPs',
  rows: (o) => o.result.unassociatedEips,
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
});

export const SCAN_ERRORS_TABLE = defineTable<ScanError>({
  id: 'scan-errors',
  title: 'Scan errors',
  noun: 'scan errors',
  rows: (o) => o.result.scanErrors,
  columns: [
    { label: 'Account', kind: 'text', value: (e) => e.accountId },
    { label: 'Region', kind: 'text', value: (e) => e.region },
    { label: 'API', kind: 'text', value: (e) => e.api },
    { label: 'Error code', kind: 'text', value: (e) => e.errorCode },
    { label: 'Message', kind: 'text', value: (e) => e.message, wrap: true },
  ],
});

export const POLICY_DENIED_TABLE = defineTable<PolicyDenial>({
  id: 'policy-denied',
  title: 'Account-regions denied by an organisation policy',
  noun: 'account-regions denied by policy',
  rows: (o) => o.result.policyDenied,
  columns: [
    { label: 'Account', kind: 'text', value: (d) => d.accountId },
    { label: 'Region', kind: 'text', value: (d) => d.region },
    { label: 'Policy', kind: 'text', value: (d) => d.policy },
    { label: 'Example call', kind: 'text', value: (d) => d.exampleCall },
    { label: 'Message', kind: 'text', value: (d) => d.message, wrap: true },
  ],
});
