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

/** The standard accelerators of the account, all pages. */
export async function listStandardAccelerators(
  ga: GlobalAcceleratorClient,
): Promise<AcceleratorRecord[]> {
  const records: AcceleratorRecord[] = [];
  const pages = paginateListAccelerators({ client: ga, pageSize: 100 }, {});
  for await (const page of checkedPages(pages, { fromAws: true })) {
    for (const a of page.Accelerators ?? []) records.push(record(a, 'STANDARD'));
  }
  return records;
}

/** The custom-routing accelerators of the account, all pages. */
export async function listCustomRoutingAccelerators(
  ga: GlobalAcceleratorClient,
): Promise<AcceleratorRecord[]> {
  const records: AcceleratorRecord[] = [];
  const pages = paginateListCustomRoutingAccelerators({ client: ga, pageSize: 100 }, {});
  for await (const page of checkedPages(pages, { fromAws: true })) {
    for (const a of page.Accelerators ?? []) records.push(record(a, 'CUSTOM_ROUTING'));
  }
  return records;
}
