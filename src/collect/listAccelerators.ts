import {
  paginateListAccelerators,
  paginateListCustomRoutingAccelerators,
  type GlobalAcceleratorClient,
  type IpSet,
} from '@aws-sdk/client-global-accelerator';
import type { AcceleratorRecord } from './inventory.js';
import { pageItems } from './answers.js';

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
  const listed = await pageItems(
    paginateListAccelerators({ client: ga, pageSize: 100 }, {}),
    (page) => page.Accelerators,
    { fromAws: true },
  );
  return listed.map((a) => record(a, 'STANDARD'));
}

/** The custom-routing accelerators of the account, all pages. */
export async function listCustomRoutingAccelerators(
  ga: GlobalAcceleratorClient,
): Promise<AcceleratorRecord[]> {
  const listed = await pageItems(
    paginateListCustomRoutingAccelerators({ client: ga, pageSize: 100 }, {}),
    (page) => page.Accelerators,
    { fromAws: true },
  );
  return listed.map((a) => record(a, 'CUSTOM_ROUTING'));
}
