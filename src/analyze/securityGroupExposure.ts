import type { SecurityGroupRule } from '@aws-sdk/client-ec2';
import { isPublicCidr } from './bogons.js';
import {
  groupOfOtherAccount,
  NO_PUBLIC_INGRESS,
  NO_PUBLIC_RULES,
  prefixListUnreadable,
  SG_RULES_FAILED,
  sgNotAssessed,
  SSH_ONLY,
} from './reasons.js';
import { notAssessed, PASSED, raised } from './suspicion.js';
import { type CheckVerdict } from '../model/checkVerdict.js';

/** What the rules of one security group open to public IPv4 ranges. */
export interface GroupExposure {
  publicIngress: boolean;
  /** Public ingress by any rule other than tcp 22-22. */
  publicNonSshIngress: boolean;
  publicEgress: boolean;
  /** Prefix lists its rules reference that could not be read, in rule order. */
  unreadablePrefixLists: string[];
}

export function isSshRule(rule: SecurityGroupRule): boolean {
  return rule.IpProtocol === 'tcp' && rule.FromPort === 22 && rule.ToPort === 22;
}

/**
 * Whether a rule allows a public IPv4 range: its own CIDR, or the IPv4 entries of its prefix
 * list. Group references and IPv6 ranges add nothing. Undefined when its prefix list is unreadable.
 */
function ruleAllowsPublic(
  rule: SecurityGroupRule,
  publicPrefixLists: ReadonlyMap<string, boolean>,
): boolean | undefined {
  if (rule.CidrIpv4 !== undefined && isPublicCidr(rule.CidrIpv4)) return true;
  if (rule.PrefixListId === undefined) return false;
  return publicPrefixLists.get(rule.PrefixListId);
}

/** One pass over a region's rules, grouped by security group, so each interface only ORs its groups. */
export function groupExposures(
  rules: readonly SecurityGroupRule[],
  publicPrefixLists: ReadonlyMap<string, boolean>,
): Map<string, GroupExposure> {
  const byGroup = new Map<string, GroupExposure>();
  for (const rule of rules) {
    if (rule.GroupId === undefined) continue;
    let exposure = byGroup.get(rule.GroupId);
    if (exposure === undefined) {
      exposure = {
        publicIngress: false,
        publicNonSshIngress: false,
        publicEgress: false,
        unreadablePrefixLists: [],
      };
      byGroup.set(rule.GroupId, exposure);
    }
    const allowsPublic = ruleAllowsPublic(rule, publicPrefixLists);
    if (allowsPublic === undefined && rule.PrefixListId !== undefined) {
      if (!exposure.unreadablePrefixLists.includes(rule.PrefixListId)) {
        exposure.unreadablePrefixLists.push(rule.PrefixListId);
      }
    } else if (allowsPublic === true && rule.IsEgress === true) {
      exposure.publicEgress = true;
    } else if (allowsPublic === true) {
      exposure.publicIngress = true;
      if (!isSshRule(rule)) exposure.publicNonSshIngress = true;
    }
  }
  return byGroup;
}

/**
 * The security-group check for one interface over the union of its groups' rules.
 * `exposures` undefined means the rules could not be read. An interface with no groups
 * (NAT gateways) is not checked. A group absent from `exposures` has no rules — unless the
 * interface belongs to another account (`foreignOwner`, a shared subnet seen by the VPC owner):
 * then its groups are that account's and their rules are not visible from here.
 */
export function securityGroupVerdict(
  groupIds: readonly string[],
  exposures: ReadonlyMap<string, GroupExposure> | undefined,
  foreignOwner?: string,
): CheckVerdict {
  if (groupIds.length === 0) return PASSED;
  if (exposures === undefined) return notAssessed([sgNotAssessed(SG_RULES_FAILED)]);
  const invisible = foreignOwner === undefined ? [] : groupIds.filter((id) => !exposures.has(id));
  if (invisible.length > 0) {
    return notAssessed(
      invisible.map((id) => sgNotAssessed(groupOfOtherAccount(id, foreignOwner ?? ''))),
    );
  }
  let publicIngress = false;
  let publicNonSshIngress = false;
  let publicEgress = false;
  const unreadable = new Set<string>();
  for (const groupId of groupIds) {
    const exposure = exposures.get(groupId);
    if (exposure === undefined) continue;
    publicIngress ||= exposure.publicIngress;
    publicNonSshIngress ||= exposure.publicNonSshIngress;
    publicEgress ||= exposure.publicEgress;
    for (const id of exposure.unreadablePrefixLists) unreadable.add(id);
  }
  // Any unreadable list could hold the range that changes the answer, so none is given.
  if (unreadable.size > 0) {
    return notAssessed([...unreadable].map((id) => sgNotAssessed(prefixListUnreadable(id))));
  }
  if (!publicIngress && !publicEgress) return raised('HIGH', NO_PUBLIC_RULES);
  if (!publicIngress) return raised('MODERATE', NO_PUBLIC_INGRESS);
  if (!publicNonSshIngress) return raised('MODERATE', SSH_ONLY);
  return PASSED;
}
