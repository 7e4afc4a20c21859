import {
  paginateListAccelerators,
  paginateListCustomRoutingAccelerators,
  type GlobalAcceleratorClient,
  type IpSet,
} from '@aws-sdk/client-global-accelerator';
import type { AcceleratorRecord } from '../inventory.js';

function ipv4Of(ipSets: IpSet[] | undefined): string[] {
  return (ipSets ?? [])
    .filter((set) => (set.IpAddressFamily ?? set.IpFamily) === 'IPv4')
    .flatMap((set) => set.IpAddresses ?? []);
}

/** Standard and custom-routing accelerators of the account, all pages of both. */
export async function listAccelerators(ga: GlobalAcceleratorClient): Promise<AcceleratorRecord[]> {
  const records: AcceleratorRecord[] = [];
  for await (const page of paginateListAccelerators({ client: ga, pageSize: 100 }, {})) {
    for (const a of page.Accelerators ?? []) {
      records.push({
        arn: a.AcceleratorArn ?? '',
        ...(a.Name ? { name: a.Name } : {}),
        kind: 'STANDARD',
        ...(a.Status ? { status: a.Status } : {}),
        ipv4Addresses: ipv4Of(a.IpSets),
      });
    }
  }
  for await (const page of paginateListCustomRoutingAccelerators(
    { client: ga, pageSize: 100 },
    {},
  )) {
    for (const a of page.Accelerators ?? []) {
      records.push({
        arn: a.AcceleratorArn ?? '',
        ...(a.Name ? { name: a.Name } : {}),
        kind: 'CUSTOM_ROUTING',
        ...(a.Status ? { status: a.Status } : {}),
        ipv4Addresses: ipv4Of(a.IpSets),
      });
    }
  }
  return records;
}
