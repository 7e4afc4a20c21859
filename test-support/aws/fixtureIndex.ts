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
  OrganizationalUnitFixture,
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

// Organizations' id patterns (the SDK model's ParentId documentation).
const ROOT_ID = /^r-[0-9a-z]{4,32}$/;
const OU_ID = /^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$/;

/** A fixture AWS could not hold: the stand-in refuses it rather than serve something unreal. */
function refuse(problem: string): never {
  throw new Error(`AWS stand-in fixture: ${problem}`);
}

/** Interfaces hidden by default exist only where visibility is hidden, and are managed. */
function checkVisibility(account: AccountFixture): void {
  for (const [region, r] of Object.entries(account.regions)) {
    for (const eni of r.networkInterfaces ?? []) {
      if (eni.Operator?.HiddenByDefault !== true) continue;
      if (eni.Operator.Managed !== true) {
        refuse(
          `${eni.NetworkInterfaceId} in ${account.id} ${region} is HiddenByDefault but not Managed`,
        );
      }
      if (account.managedResourceVisibility !== 'hidden') {
        refuse(
          `${eni.NetworkInterfaceId} in ${account.id} ${region} is HiddenByDefault, which EC2 ` +
            "sets only in accounts whose managed resource visibility is 'hidden'",
        );
      }
    }
  }
}

export class FixtureIndex {
  readonly partition: Partition;
  readonly managementAccountId: string;
  readonly organizationId: string;
  readonly rootId: string;
  readonly accounts = new Map<string, AccountIndex>();
  readonly discoveries = new Map<string, DiscoveryIndex>();
  readonly organizationalUnits = new Map<string, OrganizationalUnitFixture>();
  /** The OUs directly under each parent (the root or an OU), in fixture order. */
  readonly ousOf = new Map<string, string[]>();
  /** The accounts directly under each parent, in fixture order. */
  readonly accountsOf = new Map<string, string[]>();

  constructor(readonly fixture: OrgFixture) {
    this.partition = fixture.partition ?? 'aws';
    this.managementAccountId = fixture.managementAccountId;
    this.organizationId = fixture.organizationId ?? 'o-exampleorg1';
    this.rootId = fixture.rootId ?? 'r-exam';
    this.indexTree(fixture);
    fixture.accounts.forEach((account, position) => {
      if (account.regionDeny !== undefined && account.id === fixture.managementAccountId) {
        refuse(
          `SCPs never apply to the management account ${account.id}; give regionDeny to members`,
        );
      }
      checkVisibility(account);
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

  /** The root, the OUs under it, and which parent holds each OU and account. */
  private indexTree(fixture: OrgFixture): void {
    if (!ROOT_ID.test(this.rootId)) refuse(`root id '${this.rootId}' is not r-{4-32 characters}`);
    const parents = new Set([this.rootId]);
    for (const ou of fixture.organizationalUnits ?? []) {
      if (!OU_ID.test(ou.id)) refuse(`OU id '${ou.id}' is not ou-{root part}-{8-32 characters}`);
      this.organizationalUnits.set(ou.id, ou);
      parents.add(ou.id);
    }
    for (const ou of fixture.organizationalUnits ?? []) {
      // Walking up from every OU reaches the root: no unknown parent, no cycle.
      const seen = new Set<string>();
      for (let at = ou.parentId; at !== this.rootId;) {
        const parent = this.organizationalUnits.get(at);
        if (parent === undefined || seen.has(at)) {
          refuse(`OU ${ou.id} is not under the root (parent '${at}')`);
        }
        seen.add(at);
        at = parent.parentId;
      }
      this.ousOf.set(ou.parentId, [...(this.ousOf.get(ou.parentId) ?? []), ou.id]);
    }
    for (const account of fixture.accounts) {
      const parent = account.parentId ?? this.rootId;
      if (!parents.has(parent)) refuse(`account ${account.id} names an unknown parent '${parent}'`);
      this.accountsOf.set(parent, [...(this.accountsOf.get(parent) ?? []), account.id]);
    }
  }

  /** Whether `id` is the root or one of the OUs. */
  isParent(id: string): boolean {
    return id === this.rootId || this.organizationalUnits.has(id);
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
