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
