// Collects one account-region into a RegionInventory: one chain per API, then the prefix lists
// the rules and routes reference. A call that failed leaves its field undefined (and a row in
// the error log), which the analysis tells apart from "none".
import type { EC2Client } from '@aws-sdk/client-ec2';
import { describeAddresses } from '../collect/describeAddresses.js';
import { describeNetworkInterfaces } from '../collect/describeNetworkInterfaces.js';
import { describeRouteTables } from '../collect/describeRouteTables.js';
import { describeSecurityGroupRules } from '../collect/describeSecurityGroupRules.js';
import { describeSubnets } from '../collect/describeSubnets.js';
import { describeVpnConnections } from '../collect/describeVpnConnections.js';
import { getManagedPrefixListEntries } from '../collect/getManagedPrefixListEntries.js';
import type { RegionInventory } from '../collect/inventory.js';
import { referencedPrefixListIds } from '../collect/referencedPrefixListIds.js';
import { Priority, type CallQueue } from './callQueue.js';
import type { ScanTarget } from '../model/scanResult.js';

export interface CollectedRegion {
  inventory: RegionInventory;
  /** False when not one of the region's calls succeeded. */
  reached: boolean;
  /** Its interfaces or its Elastic IPs were read: where public addresses are. */
  read: boolean;
}

export async function collectRegion(
  ec2: EC2Client,
  target: ScanTarget,
  calls: CallQueue,
): Promise<CollectedRegion> {
  const chain = <T>(api: string, run: () => Promise<T>) => calls.run(target, api, run);
  const [addresses, networkInterfaces, subnets, routeTables, securityGroupRules, vpnConnections] =
    await Promise.all([
      chain('ec2:DescribeAddresses', () => describeAddresses(ec2)),
      chain('ec2:DescribeNetworkInterfaces', () => describeNetworkInterfaces(ec2)),
      chain('ec2:DescribeSubnets', () => describeSubnets(ec2)),
      chain('ec2:DescribeRouteTables', () => describeRouteTables(ec2)),
      chain('ec2:DescribeSecurityGroupRules', () => describeSecurityGroupRules(ec2)),
      chain('ec2:DescribeVpnConnections', () => describeVpnConnections(ec2)),
    ]);
  const answers = {
    addresses,
    networkInterfaces,
    subnets,
    routeTables,
    securityGroupRules,
    vpnConnections,
  };
  const prefixLists = await readPrefixLists(
    ec2,
    referencedPrefixListIds(securityGroupRules, routeTables),
    target,
    calls,
  );
  return {
    inventory: {
      accountId: target.accountId,
      region: target.region,
      prefixLists,
      ...defined(answers),
    },
    reached: Object.values(answers).some((answer) => answer !== undefined),
    read: networkInterfaces !== undefined || addresses !== undefined,
  };
}

/** The CIDRs of each referenced prefix list; a list that could not be read is left out. */
async function readPrefixLists(
  ec2: EC2Client,
  ids: string[],
  target: ScanTarget,
  calls: CallQueue,
): Promise<Map<string, string[]>> {
  const lists = new Map<string, string[]>();
  await Promise.all(
    ids.map(async (id) => {
      const read = () =>
        getManagedPrefixListEntries(ec2, id).catch((error: unknown) => {
          // Name the list in the error row: one region can reference several.
          if (error instanceof Error) error.message = `${id}: ${error.message}`;
          throw error;
        });
      const cidrs = await calls.run(
        target,
        'ec2:GetManagedPrefixListEntries',
        read,
        Priority.followUp,
      );
      if (cidrs) lists.set(id, cidrs);
    }),
  );
  return lists;
}

function defined<T extends object>(values: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
