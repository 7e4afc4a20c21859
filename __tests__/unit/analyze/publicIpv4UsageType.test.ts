import { describe, expect, it } from 'vitest';
import {
  parsePublicIpv4UsageType,
  publicIpv4UsageTypes,
} from '../../../src/analyze/publicIpv4UsageType.js';

describe('parsePublicIpv4UsageType', () => {
  it.each([
    ['USE1-PublicIPv4:InUseAddress', 'InUseAddress', 'us-east-1'],
    ['PublicIPv4:IdleAddress', 'IdleAddress', 'us-east-1'],
    ['EU-PublicIPv4:InUseAddress', 'InUseAddress', 'eu-west-1'],
    ['APS3-PublicIPv4:ContiguousBlock', 'ContiguousBlock', 'ap-south-1'],
    ['UGW1-PublicIPv4:IdleAddress', 'IdleAddress', 'us-gov-west-1'],
    ['XYZ9-PublicIPv4:InUseAddress', 'InUseAddress', undefined],
  ])('%s: %s in %s', (usageType, usage, region) => {
    expect(parsePublicIpv4UsageType(usageType)).toStrictEqual({ usageType, usage, region });
  });

  it.each([
    'USE1-ElasticIP:IdleAddress',
    'USE1-ElasticIP:AdditionalAddress',
    'USE1-PublicIPv4:InUseAddressX',
    'USE1-IPAddressManager-IP-Hours',
    'use1-PublicIPv4:InUseAddress',
  ])('%s is not a public IPv4 address usage type', (usageType) => {
    expect(parsePublicIpv4UsageType(usageType)).toBeUndefined();
  });
});

describe('publicIpv4UsageTypes', () => {
  it('keeps the public IPv4 ones, each once, in order', () => {
    expect(
      publicIpv4UsageTypes([
        { Value: 'USE1-PublicIPv4:InUseAddress', Attributes: { unit: 'Hrs' } },
        { Value: 'USE1-ElasticIP:IdleAddress', Attributes: { unit: 'Hrs' } },
        { Value: 'EU-PublicIPv4:IdleAddress' },
        { Value: 'USE1-PublicIPv4:InUseAddress' },
        {},
      ]),
    ).toEqual(['EU-PublicIPv4:IdleAddress', 'USE1-PublicIPv4:InUseAddress']);
  });
});
