// Which IPv4 ranges count as "public": anything not equal to or inside a bogon range.
// Parsed with integer math so no address library is needed and nothing is guessed.

export interface Ipv4Cidr {
  /** Network address as an unsigned 32-bit integer, host bits cleared. */
  network: number;
  prefix: number;
}

// Decimal octets without leading zeros: '010' is octal to some parsers, so it is refused.
const OCTET = '(0|[1-9][0-9]{0,2})';
const CIDR_PATTERN = new RegExp(`^${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}(?:/(0|[1-9][0-9]?))?$`);

function maskOf(prefix: number): number {
  // A shift by 32 is a shift by 0 in JavaScript, so /0 needs its own case.
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/** The unsigned integer of a dotted IPv4 address, or undefined when it is not one. */
export function ipv4ToNumber(text: string): number | undefined {
  const cidr = parseIpv4Cidr(text);
  return cidr !== undefined && !text.includes('/') ? cidr.network : undefined;
}

/** Parses `a.b.c.d/n` or a bare `a.b.c.d` (as /32); undefined for IPv6 and malformed text. */
export function parseIpv4Cidr(text: string): Ipv4Cidr | undefined {
  const match = CIDR_PATTERN.exec(text);
  if (match === null) return undefined;
  let address = 0;
  for (let i = 1; i <= 4; i++) {
    const octet = Number(match[i]);
    if (octet > 255) return undefined;
    address = address * 256 + octet;
  }
  const prefix = match[5] === undefined ? 32 : Number(match[5]);
  if (prefix > 32) return undefined;
  return { network: (address & maskOf(prefix)) >>> 0, prefix };
}

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
