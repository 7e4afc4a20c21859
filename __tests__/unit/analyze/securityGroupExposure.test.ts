import type { SecurityGroupRule } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { publicPrefixLists } from '../../../src/analyze/prefixLists.js';
import {
  NO_PUBLIC_INGRESS,
  NO_PUBLIC_RULES,
  sgNotAssessed,
  SSH_ONLY,
} from '../../../src/analyze/reasons.js';
import {
  groupExposures,
  isSshRule,
  securityGroupVerdict,
} from '../../../src/analyze/securityGroupExposure.js';
import type { CheckVerdict } from '../../../src/model/checkVerdict.js';
import { egress, GROUP, ingress, ssh } from './builders.js';

const PREFIX_LISTS = new Map([
  ['pl-public', ['10.0.0.0/8', '2600:1f00::/24', '52.94.0.0/16']],
  ['pl-private', ['10.0.0.0/8', '192.168.0.0/16', '::/0']],
]);

function verdictFor(
  rules: SecurityGroupRule[],
  groupIds: string[] = [GROUP],
  prefixLists: Map<string, string[]> = PREFIX_LISTS,
): CheckVerdict {
  return securityGroupVerdict(groupIds, groupExposures(rules, publicPrefixLists(prefixLists)));
}

const LOW: CheckVerdict = { assessed: true, level: 'LOW', reasons: [] };
const HIGH_NO_RULES: CheckVerdict = { assessed: true, level: 'HIGH', reasons: [NO_PUBLIC_RULES] };
const MODERATE_NO_INGRESS: CheckVerdict = {
  assessed: true,
  level: 'MODERATE',
  reasons: [NO_PUBLIC_INGRESS],
};
const MODERATE_SSH: CheckVerdict = { assessed: true, level: 'MODERATE', reasons: [SSH_ONLY] };

describe('securityGroupVerdict', () => {
  it.each<[string, SecurityGroupRule[], CheckVerdict]>([
    ['public ingress and egress by direct CIDR', [ingress('0.0.0.0/0'), egress('0.0.0.0/0')], LOW],
    ['public ingress only', [ingress('203.1.1.0/24')], LOW],
    ['no rules at all', [], HIGH_NO_RULES],
    [
      'private CIDRs only',
      [ingress('10.0.0.0/16'), egress('172.16.0.0/12'), ingress('100.64.0.0/10')],
      HIGH_NO_RULES,
    ],
    ['egress-only public', [ingress('10.0.0.0/8'), egress('0.0.0.0/0')], MODERATE_NO_INGRESS],
    ['public ingress only on tcp 22', [ssh('0.0.0.0/0'), egress('0.0.0.0/0')], MODERATE_SSH],
    ['ssh-only, no egress', [ssh('198.100.0.1/32')], MODERATE_SSH],
    [
      'ssh and another public port',
      [ssh('0.0.0.0/0'), ingress('0.0.0.0/0', { FromPort: 80, ToPort: 80 })],
      LOW,
    ],
    ['port 22 over udp is not SSH', [ssh('0.0.0.0/0', { IpProtocol: 'udp' })], LOW],
    ['a range 22-23 is not SSH only', [ssh('0.0.0.0/0', { ToPort: 23 })], LOW],
    ['all traffic (-1) is not SSH only', [ingress('0.0.0.0/0', { IpProtocol: '-1' })], LOW],
    [
      'ssh from public and other ports from private',
      [ssh('0.0.0.0/0'), ingress('10.0.0.0/8', { FromPort: 0, ToPort: 65535 })],
      MODERATE_SSH,
    ],
    [
      'public ingress through a prefix list',
      [ingress('', { CidrIpv4: undefined, PrefixListId: 'pl-public' })],
      LOW,
    ],
    [
      'a prefix list of private and IPv6 ranges adds nothing public',
      [ingress('', { CidrIpv4: undefined, PrefixListId: 'pl-private' })],
      HIGH_NO_RULES,
    ],
    [
      'public egress through a prefix list',
      [egress('', { CidrIpv4: undefined, PrefixListId: 'pl-public' })],
      MODERATE_NO_INGRESS,
    ],
    [
      'group references add nothing public',
      [
        ingress('', {
          CidrIpv4: undefined,
          ReferencedGroupInfo: { GroupId: 'sg-2', UserId: '111111111111' },
        }),
        egress('', { CidrIpv4: undefined, ReferencedGroupInfo: { GroupId: 'sg-2' } }),
      ],
      HIGH_NO_RULES,
    ],
    [
      'IPv6 ranges add nothing public IPv4',
      [
        ingress('', { CidrIpv4: undefined, CidrIpv6: '::/0' }),
        egress('', { CidrIpv4: undefined, CidrIpv6: '::/0' }),
      ],
      HIGH_NO_RULES,
    ],
    [
      'rules of other groups do not count',
      [ingress('0.0.0.0/0', { GroupId: 'sg-other' })],
      HIGH_NO_RULES,
    ],
  ])('%s', (_case, rules, expected) => {
    expect(verdictFor(rules)).toEqual(expected);
  });

  it('takes the union of the rules of all the interface groups', () => {
    const rules = [ssh('0.0.0.0/0', { GroupId: 'sg-a' }), egress('0.0.0.0/0', { GroupId: 'sg-b' })];
    expect(verdictFor(rules, ['sg-a'])).toEqual(MODERATE_SSH);
    expect(verdictFor(rules, ['sg-b'])).toEqual(MODERATE_NO_INGRESS);
    expect(verdictFor(rules, ['sg-a', 'sg-b'])).toEqual(MODERATE_SSH);
    const web = [...rules, ingress('0.0.0.0/0', { GroupId: 'sg-c' })];
    expect(verdictFor(web, ['sg-a', 'sg-b', 'sg-c'])).toEqual(LOW);
  });

  it('an interface without security groups is not checked (NAT gateways)', () => {
    expect(verdictFor([], [])).toEqual(LOW);
    expect(securityGroupVerdict([], undefined)).toEqual(LOW);
  });

  it('groups of an interface another account owns (shared subnet) are not visible: not assessed', () => {
    const rules = [ingress('0.0.0.0/0', { GroupId: 'sg-a' })];
    const exposures = groupExposures(rules, new Map());
    expect(securityGroupVerdict(['sg-x'], exposures, '222222222222')).toEqual({
      assessed: false,
      reasons: ['Security groups not assessed: sg-x belongs to account 222222222222.'],
    });
    // The scanning account's own interface: a group with no visible rules has no rules.
    expect(securityGroupVerdict(['sg-x'], exposures)).toEqual(HIGH_NO_RULES);
    // Groups of the other account's interface whose rules are visible are assessed as usual.
    expect(securityGroupVerdict(['sg-a'], exposures, '222222222222')).toEqual(LOW);
  });

  it('failed DescribeSecurityGroupRules: not assessed', () => {
    expect(securityGroupVerdict([GROUP], undefined)).toEqual({
      assessed: false,
      reasons: ['Security groups not assessed: DescribeSecurityGroupRules failed.'],
    });
  });

  it('a referenced prefix list that could not be read: not assessed, one reason per list', () => {
    const rules = [
      ingress('', { CidrIpv4: undefined, PrefixListId: 'pl-0abc' }),
      egress('', { CidrIpv4: undefined, PrefixListId: 'pl-0def', GroupId: 'sg-2' }),
      ingress('', { CidrIpv4: undefined, PrefixListId: 'pl-0abc', FromPort: 80, ToPort: 80 }),
      egress('0.0.0.0/0'),
    ];
    expect(verdictFor(rules, [GROUP, 'sg-2'])).toEqual({
      assessed: false,
      reasons: [
        'Security groups not assessed: prefix list pl-0abc could not be read.',
        'Security groups not assessed: prefix list pl-0def could not be read.',
      ],
    });
    // The same missing list in a group the interface does not use does not matter.
    expect(verdictFor(rules, ['sg-2', 'sg-3'])).toEqual({
      assessed: false,
      reasons: [sgNotAssessed('prefix list pl-0def could not be read')],
    });
  });
});

describe('groupExposures', () => {
  it('summarises each group once', () => {
    const exposures = groupExposures(
      [ssh('0.0.0.0/0'), egress('10.0.0.0/8'), ingress('0.0.0.0/0', { GroupId: 'sg-2' })],
      new Map(),
    );
    expect(Object.fromEntries(exposures)).toEqual({
      [GROUP]: {
        publicIngress: true,
        publicNonSshIngress: false,
        publicEgress: false,
        unreadablePrefixLists: [],
      },
      'sg-2': {
        publicIngress: true,
        publicNonSshIngress: true,
        publicEgress: false,
        unreadablePrefixLists: [],
      },
    });
  });
});

describe('isSshRule', () => {
  it.each<[Partial<SecurityGroupRule>, boolean]>([
    [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22 }, true],
    [{ IpProtocol: 'udp', FromPort: 22, ToPort: 22 }, false],
    [{ IpProtocol: 'tcp', FromPort: 0, ToPort: 65535 }, false],
    [{ IpProtocol: '-1' }, false],
  ])('%j -> %s', (rule, expected) => {
    expect(isSshRule(rule)).toBe(expected);
  });
});
