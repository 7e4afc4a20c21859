// IPv4 text to integers: dotted addresses and CIDR ranges, with integer math so no address
// library is needed and nothing is guessed. Pure and free of Node: the HTML page's script
// bundles it to sort addresses as the reports do.

export interface Ipv4Cidr {
  /** Network address as an unsigned 32-bit integer, host bits cleared. */
  network: number;
  prefix: number;
}

// Decimal octets without leading zeros: '010' is octal to some parsers, so it is refused.
const OCTET = '(0|[1-9][0-9]{0,2})';
const CIDR_PATTERN = new RegExp(`^${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}(?:/(0|[1-9][0-9]?))?$`);

export function maskOf(prefix: number): number {
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
