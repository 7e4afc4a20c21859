import type { AcceleratorRecord } from '../collect/inventory.js';
import type { AcceleratorIps } from '../model/findings.js';

/** The account in an ARN's fifth field (arn:aws:globalaccelerator::ACCOUNT:accelerator/...). */
function arnAccountId(arn: string): string | undefined {
  const account = arn.split(':')[4];
  return account === undefined || account === '' ? undefined : account;
}

/**
 * Every IPv4 address of every accelerator, standard or custom-routing (the Python script kept only
 * accelerators with exactly two). Accelerators with no IPv4 address hold nothing to report.
 */
export function acceleratorIps(
  ownerFallbackAccountId: string,
  records: readonly AcceleratorRecord[],
): AcceleratorIps[] {
  const rows: AcceleratorIps[] = [];
  for (const record of records) {
    if (record.ipv4Addresses.length === 0) continue;
    const row: AcceleratorIps = {
      ownerAccountId: arnAccountId(record.arn) ?? ownerFallbackAccountId,
      arn: record.arn,
      address1: record.ipv4Addresses[0] ?? '',
      address2: record.ipv4Addresses[1] ?? '',
      allAddresses: [...record.ipv4Addresses],
      kind: record.kind,
    };
    if (record.name !== undefined) row.name = record.name;
    rows.push(row);
  }
  return rows;
}
