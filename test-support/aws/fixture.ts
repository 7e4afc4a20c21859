// The declarative organisation the AWS stand-in serves. Resources use the SDK's own output
// types, so a fixture reads like AWS's answers and what a client returns deep-equals it.
import type {
  Address,
  IpamDiscoveredPublicAddress,
  ManagedPrefixList,
  NetworkInterface,
  RouteTable,
  SecurityGroupRule,
  Subnet,
  VpnConnection,
} from '@aws-sdk/client-ec2';
import type { Accelerator, CustomRoutingAccelerator } from '@aws-sdk/client-global-accelerator';

export type Partition = 'aws' | 'aws-us-gov' | 'aws-cn';
export type AccountStatus = 'ACTIVE' | 'SUSPENDED' | 'PENDING_CLOSURE';
export type OptInStatus = 'opt-in-not-required' | 'opted-in' | 'not-opted-in';
/** How AWS's explicit-deny message names the policy that denied a call. */
export type ExplicitDenyPolicy =
  | 'service control policy'
  | 'resource control policy'
  | 'identity-based policy'
  | 'permissions boundary';
/** EC2's account-wide managed resource visibility (ModifyManagedResourceVisibility). */
export type ManagedResourceVisibility = 'hidden' | 'visible';

export interface OrgFixture {
  /** Default `aws`; used in every ARN the stand-in makes. */
  partition?: Partition;
  /** Organizations answers ListAccounts only for callers from this account (or a delegated admin). */
  managementAccountId: string;
  /** Default `o-exampleorg1`. */
  organizationId?: string;
  /** Members allowed to call ListAccounts, as a delegated administrator would be. */
  delegatedAdminAccountIds?: string[];
  /** `false`: every Organizations call answers AWSOrganizationsNotInUseException (a lone account). */
  organizationsInUse?: boolean;
  /**
   * Whether the management account lets member accounts use Cost Explorer (default true). When
   * false, a member's Cost Explorer call is AccessDeniedException; the management account, the
   * payer, is always answered.
   */
  costExplorerMemberAccess?: boolean;
  accounts: AccountFixture[];
  /** The root's id (ListChildren, ListAccountsForParent); default `r-exam`. */
  rootId?: string;
  /** Organizational units, each under the root or another OU; accounts name theirs in `parentId`. */
  organizationalUnits?: OrganizationalUnitFixture[];
}

export interface OrganizationalUnitFixture {
  /** `ou-{root part}-{8 to 32 characters}`, as Organizations makes them. */
  id: string;
  name: string;
  /** The root or the OU this one is in. */
  parentId: string;
}

/**
 * A Region deny SCP as Control Tower's Region deny control writes it: every action requested in
 * a region outside `allowedRegions` (aws:RequestedRegion) is denied, but the `exemptActions`
 * (the policy's NotAction). SCPs never apply to the management account: a fixture that puts one
 * there is refused.
 */
export interface RegionDenyFixture {
  allowedRegions: string[];
  /** IAM action patterns exempt from the deny; default CONTROL_TOWER_EXEMPT_ACTIONS. */
  exemptActions?: string[];
}

export interface AccountFixture {
  id: string;
  name: string;
  /** Default `aws+{id}@example.com`. */
  email?: string;
  status: AccountStatus;
  /** Default 2020-01-01 plus the account's position in days; ListAccounts' JoinedTimestamp. */
  joinedTimestamp?: Date;
  /** AssumeRole into this account must carry this ExternalId, else AccessDenied. */
  requiredExternalId?: string;
  /** Role names AssumeRole may target; undefined allows any name. */
  roleNames?: string[];
  /**
   * Regions the account knows, with opt-in status (default opt-in-not-required). DescribeRegions
   * answers from it; AllRegions=true also lists the not-opted-in ones. EC2 calls in a region that
   * is missing or not opted in fail as AWS fails them.
   */
  regions: Record<string, RegionFixture & { optInStatus?: OptInStatus }>;
  accelerators?: Accelerator[];
  customRoutingAccelerators?: CustomRoutingAccelerator[];
  /** IPAM resource discoveries this account owns (it is the IPAM account). */
  ipamResourceDiscoveries?: IpamResourceDiscoveryFixture[];
  /**
   * The account's lines in the bill, as Cost Explorer reads them. The management account's Cost
   * Explorer answers every account's lines (it is the payer); a member's only its own.
   */
  billing?: BillingLine[];
  /** The root or OU the account is in (ListAccountsForParent); default the root. */
  parentId?: string;
  /** A Region deny SCP on the account (Control Tower's Region deny control, or one like it). */
  regionDeny?: RegionDenyFixture;
  /**
   * Default `visible`. `hidden`: interfaces whose Operator says HiddenByDefault are left out of
   * DescribeNetworkInterfaces answers unless the request says IncludeManagedResources=true.
   */
  managedResourceVisibility?: ManagedResourceVisibility;
}

/** One IPAM resource discovery and what it has discovered. */
export interface IpamResourceDiscoveryFixture {
  /** `ipam-res-disco-...` */
  id: string;
  /** The discovery's home region: its calls are answered there only. Default us-east-1. */
  region?: string;
  /** The regions it discovers in; default every region of the fixture. Others hold no address. */
  operatingRegions?: string[];
  /**
   * Also the public addresses the fixture's own resources hold (ipamDiscovery.ts), sampled at
   * this time, as a healthy IPAM would see them.
   */
  discoverFixtureAt?: Date;
  /** Addresses IPAM sees beyond (or, without discoverFixtureAt, instead of) the fixture's. */
  addresses?: IpamDiscoveredPublicAddress[];
  /** Addresses (by Address) the derived set leaves out: ones IPAM has not sampled yet. */
  notYetSampled?: string[];
}

/** One usage type's use on one day, in hours, and what it cost (UnblendedCost, USD). */
export interface BillingLine {
  /** `YYYY-MM-DD` (UTC). */
  date: string;
  /** E.g. `USE1-PublicIPv4:InUseAddress`. */
  usageType: string;
  hours: number;
  costUsd: number;
}

export interface PrefixListFixture {
  list: ManagedPrefixList;
  /** The list's entries, in order (GetManagedPrefixListEntries; DescribePrefixLists' Cidrs). */
  cidrs: string[];
  /** AWS-managed (service) list: the only kind DescribePrefixLists answers. */
  awsManaged?: boolean;
}

export interface RegionFixture {
  addresses?: Address[];
  networkInterfaces?: NetworkInterface[];
  subnets?: Subnet[];
  routeTables?: RouteTable[];
  securityGroupRules?: SecurityGroupRule[];
  vpnConnections?: VpnConnection[];
  /** Customer-managed (and shared) prefix lists with entries; AWS-managed ones set `awsManaged`. */
  prefixLists?: PrefixListFixture[];
}
