// What the collectors hand to the analysis: the raw AWS answers for one account-region,
// typed with the SDK's own shapes. A field left undefined means "could not be collected"
// (the failure is in the scan's error list), which the analysis must tell apart from "none".
import type {
  Address,
  NetworkInterface,
  RouteTable,
  SecurityGroupRule,
  Subnet,
} from '@aws-sdk/client-ec2';

export interface RegionInventory {
  /** The account whose credentials read this data (the scanned account). */
  accountId: string;
  region: string;
  addresses?: Address[];
  networkInterfaces?: NetworkInterface[];
  subnets?: Subnet[];
  routeTables?: RouteTable[];
  securityGroupRules?: SecurityGroupRule[];
  /**
   * IPv4 and IPv6 CIDRs of every prefix list referenced by a security-group rule or a route,
   * by prefix-list id. A referenced id missing from the map could not be read.
   */
  prefixLists: Map<string, string[]>;
}

/** One accelerator's addresses, standard or custom-routing, from Global Accelerator. */
export interface AcceleratorRecord {
  arn: string;
  name?: string;
  kind: 'STANDARD' | 'CUSTOM_ROUTING';
  status?: string;
  ipv4Addresses: string[];
}
