import {
  paginateListAccelerators,
  paginateListCustomRoutingAccelerators,
  type GlobalAcceleratorClient,
  type IpSet,
} from '@aws-sdk/client-global-accelerator';
import type { AcceleratorRecord } from './inventory.js';
import { checkedPages } from './answers.js';

function ipv4Of(ipSets: IpSet[] | undefined): string[] {
  return (ipSets ?? [])
    .filter((set) => (set.IpAddressFamily ?? set.IpFamily) === 'IPv4')
    .flatMap((set) => set.IpAddresses ?? []);
}

type Listed = { AcceleratorArn?: string; Name?: string; Status?: string; IpSets?: IpSet[] };

function record(a: Listed, kind: AcceleratorRecord['kind']): AcceleratorRecord {
  return {
    arn: a.AcceleratorArn ?? '',
    ...(a.Name ? { name: a.Name } : {}),
    kind,
    ...(a.Status ? { status: a.Status } : {}),
    ipv4Addresses: ipv4Of(a.IpSets),
  };
}

/** Standard and custom-routing accelerators of the account, all pages of both. */
export async function listAccelerators(ga: GlobalAcceleratorClient): Promise<AcceleratorRecord[]> {
  const records: AcceleratorRecord[] = [];
  // Global Accelerator's JSON may leave an empty list out: only the pages are checked.
  for await (const page of checkedPages(
    paginateListAccelerators({ client: ga, pageSize: 100 }, {}),
  )) {
    for (const a of page.Accelerators ?? []) records.push(record(a, 'STANDARD'));
  }
  const custom = paginateListCustomRoutingAccelerators({ client: ga, pageSize: 100 }, {});
  for await (const page of checkedPages(custom)) {
    for (const a of page.Accelerators ?? []) records.push(record(a, 'CUSTOM_ROUTING'));
  }
  return records;
}
