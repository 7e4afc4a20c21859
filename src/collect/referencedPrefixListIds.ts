import type { RouteTable, SecurityGroupRule } from '@aws-sdk/client-ec2';

/** The prefix lists the analysis needs: those named by a security-group rule or a route. */
export function referencedPrefixListIds(
  rules: SecurityGroupRule[] | undefined,
  routeTables: RouteTable[] | undefined,
): string[] {
  const ids = new Set<string>();
  for (const rule of rules ?? []) if (rule.PrefixListId) ids.add(rule.PrefixListId);
  for (const table of routeTables ?? []) {
    for (const route of table.Routes ?? []) {
      if (route.DestinationPrefixListId) ids.add(route.DestinationPrefixListId);
    }
  }
  return [...ids].sort();
}
