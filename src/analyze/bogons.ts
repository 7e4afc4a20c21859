// Which IPv4 ranges count as "public": anything not equal to or inside a bogon range.
import { maskOf, parseIpv4Cidr, type Ipv4Cidr } from './ipv4Cidr.js';

// The parsing moved to ipv4Cidr.ts (the HTML page bundles it without the bogon list).
export { ipv4ToNumber, parseIpv4Cidr } from './ipv4Cidr.js';

export const BOGON_CIDRS: readonly string[] = [
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '192.0.0.0/24',
  '192.0.2.0/24',
  '192.88.99.0/24',
  '198.18.0.0/15',
  '198.51.100.0/24',
  '203.0.113.0/24',
  '224.0.0.0/4',
  '240.0.0.0/4',
];

const BOGONS: readonly Ipv4Cidr[] = BOGON_CIDRS.map((text) => {
  const cidr = parseIpv4Cidr(text);
  if (cidr === undefined) throw new Error(`bad bogon ${text}`);
  return cidr;
});

/**
 * True when the IPv4 range is not equal to or inside a bogon range. A range wider than a bogon
 * (0.0.0.0/0, 10.0.0.0/7) is public: it reaches beyond private space. IPv6 and junk are not.
 */
export function isPublicCidr(text: string): boolean {
  const cidr = parseIpv4Cidr(text);
  if (cidr === undefined) return false;
  return !BOGONS.some(
    (bogon) =>
      cidr.prefix >= bogon.prefix && (cidr.network & maskOf(bogon.prefix)) >>> 0 === bogon.network,
  );
}

/** True when any of the ranges is a public IPv4 range (IPv6 entries are ignored). */
export function anyPublicCidr(cidrs: readonly string[]): boolean {
  return cidrs.some(isPublicCidr);
}
