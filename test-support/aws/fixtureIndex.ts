// The fixture indexed once at start: accounts by id, and per account-region the resource arrays
// with id maps, so each request is a lookup plus a slice. The fixture is read as immutable.
import type {
  Address,
  IpamDiscoveredPublicAddress,
  NetworkInterface,
  RouteTable,
  SecurityGroupRule,
  Subnet,
  VpnConnection,
} from '@aws-sdk/client-ec2';
import type {
  AccountFixture,
  IpamResourceDiscoveryFixture,
  OptInStatus,
  OrgFixture,
  Partition,
  PrefixListFixture,
} from './fixture.js';
import { discoveredFixtureAddresses } from './ipamDiscovery.js';

export interface RegionIndex {
  name: string;
  optInStatus: OptInStatus;
  addresses: Address[];
  networkInterfaces: NetworkInterface[];
  subnets: Subnet[];
  routeTables: RouteTable[];
  securityGroupRules: SecurityGroupRule[];
  vpnConnections: VpnConnection[];
  prefixLists: PrefixListFixture[];
  prefixListsById: Map<string, PrefixListFixture>;
}

/** One IPAM resource discovery, its addresses by AddressRegion. */
export interface DiscoveryIndex {
  id: string;
  ownerAccountId: string;
  /** The home region, the only one its calls are answered in. */
  region: string;
  operatingRegions: ReadonlySet<string>;
  byRegion: Map<string, IpamDiscoveredPublicAddress[]>;
}

export interface AccountIndex {
  fixture: AccountFixture;
  joinedTimestamp: Date;
  email: string;
  regions: Map<string, RegionIndex>;
}

const EPOCH_2020 = Date.UTC(2020, 0, 1);

export class FixtureIndex {
  readonly partition: Partition;
  readonly managementAccountId: string;
  readonly organizationId: string;
  readonly accounts = new Map<string, AccountIndex>();
  readonly discoveries = new Map<string, DiscoveryIndex>();

  constructor(readonly fixture: OrgFixture) {
    this.partition = fixture.partition ?? 'aws';
    this.managementAccountId = fixture.managementAccountId;
    this.organizationId = fixture.organizationId ?? 'o-exampleorg1';
    fixture.accounts.forEach((account, position) => {
      const regions = new Map<string, RegionIndex>();
      for (const [name, r] of Object.entries(account.regions)) {
        const prefixLists = r.prefixLists ?? [];
        regions.set(name, {
          name,
          optInStatus: r.optInStatus ?? 'opt-in-not-required',
          addresses: r.addresses ?? [],
          networkInterfaces: r.networkInterfaces ?? [],
          subnets: r.subnets ?? [],
          routeTables: r.routeTables ?? [],
          securityGroupRules: r.securityGroupRules ?? [],
          vpnConnections: r.vpnConnections ?? [],
          prefixLists,
          prefixListsById: new Map(prefixLists.map((p) => [p.list.PrefixListId ?? '', p])),
        });
      }
      this.accounts.set(account.id, {
        fixture: account,
        joinedTimestamp: account.joinedTimestamp ?? new Date(EPOCH_2020 + position * 86_400_000),
        email: account.email ?? `aws+${account.id}@example.com`,
        regions,
      });
    });
    for (const account of fixture.accounts) {
      for (const discovery of account.ipamResourceDiscoveries ?? []) {
        this.discoveries.set(discovery.id, this.indexDiscovery(account.id, discovery));
      }
    }
  }

  /** The fixture's own addresses (if asked) overlaid with the declared ones, by AddressRegion. */
  private indexDiscovery(ownerAccountId: string, d: IpamResourceDiscoveryFixture): DiscoveryIndex {
    const allRegions = this.fixture.accounts.flatMap((a) => Object.keys(a.regions));
    const operatingRegions = new Set(d.operatingRegions ?? allRegions);
    const skipped = new Set(d.notYetSampled ?? []);
    const derived = d.discoverFixtureAt
      ? discoveredFixtureAddresses(this.fixture, d.id, d.discoverFixtureAt).filter(
          (a) => !skipped.has(a.Address ?? ''),
        )
      : [];
    // A declared address replaces the derived one of the same region and address.
    const byKey = new Map<string, IpamDiscoveredPublicAddress>();
    for (const a of [...derived, ...(d.addresses ?? [])]) {
      byKey.set(`${a.AddressRegion}\u0000${a.Address}`, a);
    }
    const byRegion = new Map<string, IpamDiscoveredPublicAddress[]>();
    for (const a of byKey.values()) {
      const region = a.AddressRegion ?? '';
      if (!operatingRegions.has(region)) continue;
      byRegion.set(region, [...(byRegion.get(region) ?? []), a]);
    }
    return {
      id: d.id,
      ownerAccountId,
      region: d.region ?? 'us-east-1',
      operatingRegions,
      byRegion,
    };
  }

  account(id: string): AccountIndex | undefined {
    return this.accounts.get(id);
  }

  /** An account-region EC2 answers in: known to the account and not an un-opted-in region. */
  enabledRegion(accountId: string, region: string): RegionIndex | undefined {
    const r = this.accounts.get(accountId)?.regions.get(region);
    return r && r.optInStatus !== 'not-opted-in' ? r : undefined;
  }

  arn(service: string, accountId: string, resource: string, region = ''): string {
    return `arn:${this.partition}:${service}:${region}:${accountId}:${resource}`;
  }
}
