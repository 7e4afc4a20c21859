// The findings the analysis produces and the reports write. Pure data, no SDK values.
import type { CheckVerdict } from './checkVerdict.js';
import type { RecommendedAction } from './recommendedAction.js';

export type Suspicion = 'LOW' | 'MODERATE' | 'HIGH' | 'UNKNOWN';

/** Most severe first: the order of the cards, the breakdown, the filter and an ascending sort. */
export const SUSPICION_ORDER: readonly Suspicion[] = ['HIGH', 'MODERATE', 'LOW', 'UNKNOWN'];
export type AddressType = 'Elastic IP' | 'Public IP';

/** One public IPv4 address on one network interface (eni_public_ips.csv). */
export interface EniPublicIp {
  ownerAccountId: string;
  region: string;
  interfaceId: string;
  address: string;
  vpcId: string;
  subnetId: string;
  interfaceType: string;
  addressType: AddressType;
  suspicion: Suspicion;
  /** Every reason that raised the suspicion, in the order the checks ran. */
  reasons: string[];
  // Extras, written after the Python script's columns.
  /** The owning service, in VPC IPAM's names where it has one (owningService.ts). */
  service: string;
  /** The owning resource where a field AWS vouches for names it. */
  resourceId?: string;
  /** Operator.Principal of a managed interface (`eks.amazonaws.com`): changed only through it. */
  managedBy?: string;
  /** AWS manages the interface for a service (RequesterManaged): no one can modify it directly. */
  requesterManaged?: boolean;
  scannedAccountId: string;
  privateIp: string;
  isPrimary: boolean;
  allocationId?: string;
  /** The Elastic IP's association with this interface, for disassociating it. */
  associationId?: string;
  ipOwnerId?: string;
  /** True for addresses from a BYOIP pool: they are not charged. */
  byoip: boolean;
  instanceId?: string;
  description?: string;
  /** The interface's tags (suppressions can match them). */
  tags?: ReadonlyMap<string, string>;
  /** Set when a suppression entry accepts this finding: its reason. */
  suppressionReason?: string;
  /** What to do about it, when something should be done (set by recommendActions). */
  action?: RecommendedAction;
  /**
   * The verdict of each check, kept so that two views of one interface (a shared subnet seen
   * by its VPC owner and by the interface's owner) can be combined. Not written to reports.
   */
  checks?: EniChecks;
}

export interface EniChecks {
  securityGroups: CheckVerdict;
  routes: CheckVerdict;
  attachment: CheckVerdict;
}

/** One Elastic IP (associated_eips.csv / unassociated_eips.csv). */
export interface ElasticIp {
  accountId: string;
  region: string;
  publicIp: string;
  allocationId?: string;
  /** `amazon` for Amazon-owned, the pool id for BYOIP. */
  pool: string;
  byoip: boolean;
  associationId?: string;
  networkInterfaceId?: string;
  instanceId?: string;
  privateIp?: string;
  networkBorderGroup?: string;
  name?: string;
  /** Address.ServiceManaged (`alb`, `nlb`, `rds`, `rnat`): AWS manages this Elastic IP. */
  serviceManaged?: string;
  tags?: ReadonlyMap<string, string>;
  /** Set when a suppression entry accepts this address: its reason. */
  suppressionReason?: string;
  /** What to do about it, when something should be done (set by recommendActions). */
  action?: RecommendedAction;
}

/** A subnet that auto-assigns public IPs but has no route to an internet gateway. */
export interface AutoAssignSubnet {
  ownerAccountId: string;
  region: string;
  vpcId: string;
  subnetId: string;
  scannedAccountId: string;
  cidrBlock?: string;
  availabilityZone?: string;
  /** What to do about it (set by recommendActions). */
  action?: RecommendedAction;
}

export interface VpnPublicIps {
  accountId: string;
  region: string;
  connectionId: string;
  address1: string;
  address2: string;
  state?: string;
}

export interface AcceleratorIps {
  ownerAccountId: string;
  arn: string;
  address1: string;
  address2: string;
  /** Every IPv4 address of the accelerator, space separated (custom or dual sets may hold more). */
  allAddresses: string[];
  name?: string;
  kind: 'STANDARD' | 'CUSTOM_ROUTING';
}

/** Everything one region of one account yields. */
export interface RegionFindings {
  eniPublicIps: EniPublicIp[];
  associatedEips: ElasticIp[];
  unassociatedEips: ElasticIp[];
  autoAssignSubnets: AutoAssignSubnet[];
  vpnConnections: VpnPublicIps[];
}

/** The findings of a whole scan: every account-region's, merged, with the accelerators. */
export interface Findings extends RegionFindings {
  globalAccelerators: AcceleratorIps[];
}
