// Joins the findings of every account-region into the report rows: each kind's duplicates merged
// (shared subnets) and every list in one order, whatever order the concurrent scan finished in.
import type { AcceleratorIps, Findings, RegionFindings } from '../model/findings.js';
import { FINDING_KINDS } from './findingKinds.js';

export function mergeFindings(
  findings: readonly RegionFindings[],
  accelerators: readonly AcceleratorIps[],
): Findings {
  // Accelerators are global: one more part, beside the account-regions'.
  const parts: readonly Partial<Findings>[] = [
    ...findings,
    { globalAccelerators: [...accelerators] },
  ];
  const joined = (kind: (typeof FINDING_KINDS)[number]) => {
    const all = parts.flatMap((part) => (part[kind.member] ?? []) as readonly unknown[]);
    return kind.arranged({ [kind.member]: all } as unknown as Findings);
  };
  return Object.fromEntries(
    FINDING_KINDS.map((kind) => [kind.member, joined(kind)]),
  ) as unknown as Findings;
}
