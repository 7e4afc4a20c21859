import { describe, expect, it } from 'vitest';
import {
  anyPublicCidr,
  BOGON_CIDRS,
  ipv4ToNumber,
  isPublicCidr,
  parseIpv4Cidr,
} from '../../../src/analyze/bogons.js';

describe('isPublicCidr', () => {
  // Each bogon range: its first and last address are private, the addresses just outside are public.
  it.each([
    ['9.255.255.255', true],
    ['10.0.0.0', false],
    ['10.255.255.255', false],
    ['11.0.0.0', true],
    ['172.15.255.255', true],
    ['172.16.0.0', false],
    ['172.31.255.255', false],
    ['172.32.0.0', true],
    ['192.167.255.255', true],
    ['192.168.0.0', false],
    ['192.168.255.255', false],
    ['192.169.0.0', true],
    ['100.63.255.255', true],
    ['100.64.0.0', false],
    ['100.127.255.255', false],
    ['100.128.0.0', true],
    ['126.255.255.255', true],
    ['127.0.0.0', false],
    ['127.255.255.255', false],
    ['128.0.0.0', true],
    ['169.253.255.255', true],
    ['169.254.0.0', false],
    ['169.254.255.255', false],
    ['169.255.0.0', true],
    ['191.255.255.255', true],
    ['192.0.0.0', false],
    ['192.0.0.255', false],
    ['192.0.1.0', true],
    ['192.0.2.0', false],
    ['192.0.2.255', false],
    ['192.0.3.0', true],
    ['192.88.98.255', true],
    ['192.88.99.0', false],
    ['192.88.99.255', false],
    ['192.88.100.0', true],
    ['198.17.255.255', true],
    ['198.18.0.0', false],
    ['198.19.255.255', false],
    ['198.20.0.0', true],
    ['198.51.99.255', true],
    ['198.51.100.0', false],
    ['198.51.100.255', false],
    ['198.51.101.0', true],
    ['203.0.112.255', true],
    ['203.0.113.0', false],
    ['203.0.113.255', false],
    ['203.0.114.0', true],
    ['223.255.255.255', true],
    ['224.0.0.0', false],
    ['239.255.255.255', false],
    ['240.0.0.0', false],
    ['255.255.255.255', false],
  ])('bare address %s -> %s', (address, expected) => {
    expect(isPublicCidr(address)).toBe(expected);
    expect(isPublicCidr(`${address}/32`)).toBe(expected);
  });

  it.each(BOGON_CIDRS.map((cidr) => [cidr]))('the bogon range %s itself is not public', (cidr) => {
    expect(isPublicCidr(cidr)).toBe(false);
  });

  it.each([
    ['0.0.0.0/0', true], // contains bogons but is not inside one
    ['10.0.0.0/7', true], // wider than 10/8: reaches 11/8
    ['172.16.0.0/11', true],
    ['172.16.0.0/13', false],
    ['10.1.2.0/24', false],
    ['10.1.2.3/8', false], // host bits are ignored
    ['52.94.0.0/16', true],
    ['8.8.8.8/32', true],
  ])('%s -> %s', (cidr, expected) => {
    expect(isPublicCidr(cidr)).toBe(expected);
  });

  it.each([
    ['::/0'],
    ['2001:db8::/32'],
    ['::ffff:8.8.8.8'],
    [''],
    ['junk'],
    ['8.8.8'],
    ['8.8.8.8.8'],
    ['256.0.0.1'],
    ['8.8.8.8/33'],
    ['8.8.8.8/'],
    ['08.8.8.8'],
    [' 8.8.8.8'],
    ['8.8.8.8/-1'],
    ['pl-0abc'],
  ])('%j is not a public IPv4 range', (text) => {
    expect(isPublicCidr(text)).toBe(false);
  });
});

describe('parseIpv4Cidr', () => {
  it('reads the network and prefix, a bare address as /32', () => {
    expect(parseIpv4Cidr('10.1.2.3/8')).toEqual({ network: 0x0a000000, prefix: 8 });
    expect(parseIpv4Cidr('255.255.255.255')).toEqual({ network: 0xffffffff, prefix: 32 });
    expect(parseIpv4Cidr('1.2.3.4/0')).toEqual({ network: 0, prefix: 0 });
    expect(parseIpv4Cidr('2001:db8::/32')).toBeUndefined();
  });
});

describe('ipv4ToNumber', () => {
  it('reads bare addresses only', () => {
    expect(ipv4ToNumber('10.0.0.1')).toBe(0x0a000001);
    expect(ipv4ToNumber('10.0.0.0/8')).toBeUndefined();
    expect(ipv4ToNumber('x')).toBeUndefined();
  });
});

describe('anyPublicCidr', () => {
  it('ignores IPv6 entries and needs one public IPv4 range', () => {
    expect(anyPublicCidr(['10.0.0.0/8', '2600::/16'])).toBe(false);
    expect(anyPublicCidr(['10.0.0.0/8', '2600::/16', '52.0.0.0/8'])).toBe(true);
    expect(anyPublicCidr([])).toBe(false);
  });
});
