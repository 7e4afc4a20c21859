import { anyPublicCidr } from './bogons.js';

/**
 * Whether each readable prefix list holds a public IPv4 range, computed once per region so
 * that rules and routes sharing a list do not rescan its entries. An id absent from the
 * result could not be read.
 */
export function publicPrefixLists(
  prefixLists: ReadonlyMap<string, readonly string[]>,
): Map<string, boolean> {
  const result = new Map<string, boolean>();
  for (const [id, cidrs] of prefixLists) result.set(id, anyPublicCidr(cidrs));
  return result;
}
