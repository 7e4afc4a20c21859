// The analysis alone, in this process: analyzeRegion over every account-region of a generated
// organisation, then the merge the scan does. No SDK, no I/O: its CPU time is the part of the
// scan's CPU that the project's own heuristics cost.
import { mergeFindings } from '../src/kinds/mergeFindings.js';
import { analyzeRegion } from '../src/analyze/analyzeRegion.js';
import type { RegionInventory } from '../src/collect/inventory.js';
import { generateOrg } from '../test-support/aws/generateOrg.js';
import type { OrgShape } from './calls.js';

export interface AnalysisCpu {
  enis: number;
  rows: number;
  cpuS: number;
}

export function analysisCpu(shape: OrgShape): AnalysisCpu {
  const org = generateOrg(shape);
  const inventories: RegionInventory[] = [];
  for (const account of org.accounts) {
    for (const [region, r] of Object.entries(account.regions)) {
      inventories.push({
        accountId: account.id,
        region,
        prefixLists: new Map(
          (r.prefixLists ?? []).map((p) => [p.list.PrefixListId ?? '', p.cidrs]),
        ),
        addresses: r.addresses ?? [],
        networkInterfaces: r.networkInterfaces ?? [],
        subnets: r.subnets ?? [],
        routeTables: r.routeTables ?? [],
        securityGroupRules: r.securityGroupRules ?? [],
        vpnConnections: r.vpnConnections ?? [],
      });
    }
  }
  const enis = inventories.reduce((n, inv) => n + (inv.networkInterfaces?.length ?? 0), 0);
  // A warm-up pass over everything, so the figure is the analysis' and not the JIT's.
  mergeFindings(inventories.map(analyzeRegion), []);
  const start = process.cpuUsage();
  const merged = mergeFindings(inventories.map(analyzeRegion), []);
  const used = process.cpuUsage(start);
  return { enis, rows: merged.eniPublicIps.length, cpuS: (used.user + used.system) / 1e6 };
}
