import { describe, expect, it } from 'vitest';
import { InputError, validate } from '../../../src/options/options.js';

function inputError(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('no InputError thrown');
}

describe('validate', () => {
  it('fills defaults for empty inputs', () => {
    expect(validate({ regions: '', accounts: ' ', 'max-high-suspicion': '' })).toEqual({
      mode: 'multi-account',
      awsRegion: 'us-east-1',
      credentials: { kind: 'ambient' },
      memberRoleName: 'OrganizationAccountAccessRole',
      outputDir: 'ipv4-audit-reports',
      concurrency: 32,
      requestTimeoutSeconds: 30,
      pricePerIpHour: 0.005,
      gateOn: 'all',
      thresholds: { failOnScanErrors: false, failOnPolicyDenied: false },
      scan: true,
    });
  });

  it('parses every input', () => {
    expect(
      validate({
        mode: 'multi-account',
        'role-to-assume': 'arn:aws:iam::111111111111:role/audit',
        'aws-region': 'eu-west-1',
        accounts: '111111111111, 222222222222,111111111111',
        'member-role-name': 'Ipv4AuditRole',
        'external-id': 'ext-123',
        regions: 'us-east-1,eu-west-1',
        'output-path': 'out',
        concurrency: '8',
        'request-timeout': '5',
        'price-per-ip-hour': '0.0075',
        'max-high-suspicion': '0',
        'max-unassociated-eips': '3',
        'fail-on-scan-errors': 'true',
        'fail-on-policy-denied': 'true',
        suppressions: 'accepted.yml',
        baseline: 'artifact',
        'gate-on': 'new',
        'terraform-plan': 'plan.json\nnet/plan.json, plan.json',
        'max-plan-added': '2',
        'max-plan-monthly-increase-usd': '7.30',
      }),
    ).toEqual({
      mode: 'multi-account',
      awsRegion: 'eu-west-1',
      credentials: {
        kind: 'web-identity',
        roleArn: 'arn:aws:iam::111111111111:role/audit',
        audience: 'sts.amazonaws.com',
        roleSessionName: 'aws-ipv4-audit',
      },
      accounts: ['111111111111', '222222222222'],
      memberRoleName: 'Ipv4AuditRole',
      externalId: 'ext-123',
      regions: ['us-east-1', 'eu-west-1'],
      outputDir: 'out',
      concurrency: 8,
      requestTimeoutSeconds: 5,
      pricePerIpHour: 0.0075,
      suppressionsFile: 'accepted.yml',
      baseline: 'artifact',
      gateOn: 'new',
      thresholds: {
        maxHighSuspicion: 0,
        maxUnassociatedEips: 3,
        failOnScanErrors: true,
        failOnPolicyDenied: true,
        maxPlanAdded: 2,
        maxPlanMonthlyIncreaseUsd: 7.3,
      },
      terraformPlans: ['plan.json', 'net/plan.json'],
      scan: true,
    });
  });

  it('takes the scope: organizational units, excluded accounts and excluded regions', () => {
    expect(
      validate({
        'organizational-units':
          'ou-ab12-cdef5678, r-ab12\nou-ab12-0000000000000000000000000000000z',
        'exclude-accounts': '222222222222,333333333333',
        'exclude-regions': 'ap-east-1, me-south-1',
      }),
    ).toMatchObject({
      organizationalUnits: [
        'ou-ab12-cdef5678',
        'r-ab12',
        'ou-ab12-0000000000000000000000000000000z',
      ],
      excludeAccounts: ['222222222222', '333333333333'],
      excludeRegions: ['ap-east-1', 'me-south-1'],
    });
    // Single-account mode scans one account, but may still leave regions out.
    expect(
      validate({ mode: 'single-account', 'exclude-regions': 'us-west-1' }).excludeRegions,
    ).toEqual(['us-west-1']);
  });

  it('takes the reconciliation inputs: IPAM (its discovery, account, threshold) and the bill', () => {
    const options = validate({
      'ipam-resource-discovery-id': 'ipam-res-disco-0b1c2d3e4f5a60001',
      'ipam-account': '222222222222',
      'max-ipam-missed': '0',
      'reconcile-billing': 'true',
    });
    expect(options.ipam).toEqual({
      resourceDiscoveryId: 'ipam-res-disco-0b1c2d3e4f5a60001',
      accountId: '222222222222',
    });
    expect(options.reconcileBilling).toBe(true);
    // Fail closed, as every threshold: a partial scan undercounts what it missed.
    expect(options.thresholds).toEqual({
      maxIpamMissed: 0,
      failOnScanErrors: true,
      failOnPolicyDenied: false,
    });
    // Off by default; false is off; the IPAM account defaults to the caller's.
    expect(validate({}).ipam).toBeUndefined();
    expect(validate({}).reconcileBilling).toBeUndefined();
    expect(validate({ 'reconcile-billing': 'false' }).reconcileBilling).toBeUndefined();
    expect(
      validate({ 'ipam-resource-discovery-id': 'ipam-res-disco-0123abcd', mode: 'single-account' })
        .ipam,
    ).toEqual({ resourceDiscoveryId: 'ipam-res-disco-0123abcd' });
  });

  it.each([
    [
      { 'ipam-resource-discovery-id': 'ipam-0b1c2d3e4f5a60001' },
      "'ipam-resource-discovery-id': 'ipam-0b1c2d3e4f5a60001' is not an IPAM resource discovery id (ipam-res-disco- and 8 to 32 hexadecimal digits)",
    ],
    [
      { 'ipam-resource-discovery-id': 'ipam-res-disco-0B1C2D3E4F' },
      "'ipam-resource-discovery-id': 'ipam-res-disco-0B1C2D3E4F' is not an IPAM resource discovery id (ipam-res-disco- and 8 to 32 hexadecimal digits)",
    ],
    [
      { 'ipam-resource-discovery-id': 'ipam-res-disco-0b1c2d3e', 'ipam-account': '2222' },
      "'ipam-account': '2222' is not a 12-digit AWS account id",
    ],
    [
      { 'ipam-account': '222222222222' },
      "'ipam-account': needs 'ipam-resource-discovery-id': without it IPAM is not asked",
    ],
    [
      { 'ipam-resource-discovery-id': 'ipam-res-disco-0b1c2d3e', 'max-ipam-missed': '-1' },
      "'max-ipam-missed': '-1' is not a whole number from 0 to 4294967296",
    ],
    [
      {
        mode: 'single-account',
        'ipam-resource-discovery-id': 'ipam-res-disco-0b1c2d3e',
        'ipam-account': '222222222222',
      },
      "'ipam-account': applies to multi-account mode only (mode is 'single-account'): another account is reached through the member role; leave it out to ask the caller's account",
    ],
    [{ 'reconcile-billing': 'yes' }, "'reconcile-billing': 'yes' is not true or false"],
  ])('refuses the bad reconciliation input %j before any AWS call', (raw, message) => {
    expect(inputError(() => validate(raw))).toBe(message);
  });

  it('takes static keys and a profile', () => {
    expect(
      validate({ 'access-key-id': 'AKIAX', 'secret-key': 'S', 'session-token': 'T' }).credentials,
    ).toEqual({
      kind: 'static',
      accessKeyId: 'AKIAX',
      secretAccessKey: 'S',
      sessionToken: 'T',
    });
    expect(validate({ profile: 'audit' }).credentials).toEqual({
      kind: 'profile',
      profile: 'audit',
    });
  });

  it.each([
    [{ regions: 'us-east-1,us-east-9' }, "'regions': unknown region 'us-east-9'"],
    [{ regions: ',' }, "'regions': no region in ','"],
    [
      { regions: 'us-east-1,us-gov-west-1' },
      "'regions': 'us-gov-west-1' is in partition aws-us-gov, and the scan's 'aws-region' 'us-east-1' in aws: one scan reads one partition",
    ],
    [{ 'aws-region': 'mars-1' }, "'aws-region': unknown region 'mars-1'"],
    [{ accounts: '111111111111,12345' }, "'accounts': '12345' is not a 12-digit AWS account id"],
    [{ mode: 'org' }, "'mode': 'org' is not single-account or multi-account"],
    [
      { mode: 'single-account', accounts: '111111111111' },
      "'accounts': applies to multi-account mode only (mode is 'single-account')",
    ],
    [
      { profile: 'audit', 'access-key-id': 'AKIAEXAMPLE', 'secret-key': 'x' },
      "'profile': 'audit' and 'access-key-id' are two sources of credentials: give one",
    ],
    [
      { mode: 'single-account', 'external-id': 'abcdef' },
      "'external-id': applies to multi-account mode only (mode is 'single-account')",
    ],
    [
      { 'gate-on': 'new', 'max-high-suspicion': '0' },
      "'gate-on': 'new' counts the findings absent from a baseline, and no 'baseline' is set",
    ],
    [
      { 'max-high-suspicion': '99999999999999999999' },
      "'max-high-suspicion': '99999999999999999999' is not a whole number from 0 to 4294967296",
    ],
    [
      { 'max-high-suspicion': 'ten' },
      "'max-high-suspicion': 'ten' is not a whole number from 0 to 4294967296",
    ],
    [
      { 'max-unassociated-eips': '-1' },
      "'max-unassociated-eips': '-1' is not a whole number from 0 to 4294967296",
    ],
    [{ concurrency: '0' }, "'concurrency': '0' is not a whole number from 1 to 256"],
    [{ 'request-timeout': '0' }, "'request-timeout': '0' is not a whole number from 1 to 600"],
    [{ 'request-timeout': '601' }, "'request-timeout': '601' is not a whole number from 1 to 600"],
    [{ 'request-timeout': '2.5' }, "'request-timeout': '2.5' is not a whole number from 1 to 600"],
    [
      { 'price-per-ip-hour': 'free' },
      "'price-per-ip-hour': 'free' is not a price from 0 to 1 USD per address-hour",
    ],
    [
      // 306 digits: finite, and it would make every cost in the reports Infinity.
      { 'price-per-ip-hour': '9'.repeat(306) },
      `'price-per-ip-hour': '${'9'.repeat(306)}' is not a price from 0 to 1 USD per address-hour`,
    ],
    [
      { 'price-per-ip-hour': '1.01' },
      "'price-per-ip-hour': '1.01' is not a price from 0 to 1 USD per address-hour",
    ],
    [
      { 'max-unassociated-eips': '4294967297' },
      "'max-unassociated-eips': '4294967297' is not a whole number from 0 to 4294967296",
    ],
    [{ 'fail-on-scan-errors': 'yes' }, "'fail-on-scan-errors': 'yes' is not true or false"],
    [{ 'fail-on-policy-denied': '1' }, "'fail-on-policy-denied': '1' is not true or false"],
    [
      { 'organizational-units': 'ou-ab12-cdef5678,OU-AB12-CDEF5678' },
      "'organizational-units': 'OU-AB12-CDEF5678' is not an organizational unit id (ou-xxxx-xxxxxxxx) or a root id (r-xxxx)",
    ],
    [
      { 'organizational-units': 'ou-ab12-cdef567' },
      "'organizational-units': 'ou-ab12-cdef567' is not an organizational unit id (ou-xxxx-xxxxxxxx) or a root id (r-xxxx)",
    ],
    [
      { 'organizational-units': 'r-ab1' },
      "'organizational-units': 'r-ab1' is not an organizational unit id (ou-xxxx-xxxxxxxx) or a root id (r-xxxx)",
    ],
    [
      { 'organizational-units': 'ou-ab12-cdef5678, ou-ab12-cdef5678' },
      "'organizational-units': 'ou-ab12-cdef5678' is given twice",
    ],
    [{ 'organizational-units': ' , ' }, "'organizational-units': no organizational unit in ','"],
    [
      { 'organizational-units': 'r-ab12', accounts: '111111111111' },
      "'organizational-units': and 'accounts' both say which accounts to scan: give one",
    ],
    [
      { mode: 'single-account', 'organizational-units': 'r-ab12' },
      "'organizational-units': applies to multi-account mode only (mode is 'single-account')",
    ],
    [
      { 'exclude-accounts': '111111111111,22222222222' },
      "'exclude-accounts': '22222222222' is not a 12-digit AWS account id",
    ],
    [
      { 'exclude-accounts': '111111111111,111111111111' },
      "'exclude-accounts': '111111111111' is given twice",
    ],
    [
      { 'exclude-accounts': '111111111111', accounts: '222222222222' },
      "'exclude-accounts': excludes from the organisation's accounts, and 'accounts' names the accounts to scan: leave the excluded ones out of 'accounts' instead",
    ],
    [
      { mode: 'single-account', 'exclude-accounts': '111111111111' },
      "'exclude-accounts': applies to multi-account mode only (mode is 'single-account')",
    ],
    [{ 'exclude-regions': 'eu-west-1,eu-west-9' }, "'exclude-regions': unknown region 'eu-west-9'"],
    [{ 'exclude-regions': 'eu-west-1,eu-west-1' }, "'exclude-regions': 'eu-west-1' is given twice"],
    [
      { 'exclude-regions': 'cn-north-1' },
      "'exclude-regions': 'cn-north-1' is in partition aws-cn, and the scan's 'aws-region' 'us-east-1' in aws: one scan reads one partition",
    ],
    [
      { 'exclude-regions': 'eu-west-1', regions: 'us-east-1' },
      "'exclude-regions': excludes from every enabled region, and 'regions' names the regions to scan: leave the excluded ones out of 'regions' instead",
    ],
    [{ 'gate-on': 'changed' }, "'gate-on': 'changed' is not all or new"],
    [{ 'access-key-id': 'AKIAX' }, "'secret-key': must be given with 'access-key-id'"],
    [{ 'secret-key': 'S' }, "'access-key-id': must be given with 'secret-key'"],
    [{ 'session-token': 'T' }, "'session-token': needs 'access-key-id' and 'secret-key'"],
    [
      { 'role-to-assume': 'audit-role' },
      "'role-to-assume': 'audit-role' is not an IAM role ARN (arn:aws:iam::123456789012:role/NAME)",
    ],
    [
      { 'member-role-name': 'bad role' },
      "'member-role-name': 'bad role' is not a valid IAM role name",
    ],
  ])('rejects %j', (raw, message) => {
    expect(inputError(() => validate(raw))).toBe(message);
  });

  it.each([
    [{}, { failOnScanErrors: false, failOnPolicyDenied: false }],
    [
      { 'max-high-suspicion': '3' },
      { maxHighSuspicion: 3, failOnScanErrors: true, failOnPolicyDenied: false },
    ],
    [
      { 'max-unassociated-eips': '0' },
      { maxUnassociatedEips: 0, failOnScanErrors: true, failOnPolicyDenied: false },
    ],
    [
      { 'max-high-suspicion': '3', 'fail-on-scan-errors': 'false' },
      { maxHighSuspicion: 3, failOnScanErrors: false, failOnPolicyDenied: false },
    ],
    [{ 'fail-on-scan-errors': 'true' }, { failOnScanErrors: true, failOnPolicyDenied: false }],
    // A region an organisation policy forbids fails the gate only on request, threshold or not.
    [
      { 'max-high-suspicion': '3', 'fail-on-policy-denied': 'true' },
      { maxHighSuspicion: 3, failOnScanErrors: true, failOnPolicyDenied: true },
    ],
  ])('fails closed on partial scans whenever a threshold is set: %j', (raw, thresholds) => {
    expect(validate(raw).thresholds).toEqual(thresholds);
  });

  it('knows GovCloud and China regions from the SDK partition data, each with its home region', () => {
    expect(
      validate({ 'aws-region': 'us-gov-west-1', regions: 'us-gov-west-1,us-gov-east-1' }).regions,
    ).toEqual(['us-gov-west-1', 'us-gov-east-1']);
    expect(validate({ 'aws-region': 'cn-north-1', regions: 'cn-northwest-1' }).regions).toEqual([
      'cn-northwest-1',
    ]);
  });
});
