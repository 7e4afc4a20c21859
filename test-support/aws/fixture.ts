// The declarative organisation the AWS stand-in serves. Resources use the SDK's own output
// types, so a fixture reads like AWS's answers and what a client returns deep-equals it.
import type {
  Address,
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
