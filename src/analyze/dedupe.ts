import { combineChecks } from './suspicion.js';
import { type CheckVerdict } from '../model/checkVerdict.js';
import type { AutoAssignSubnet, EniChecks, EniPublicIp } from '../model/findings.js';

interface SeenFrom {
  ownerAccountId: string;
  scannedAccountId: string;
  suspicion?: string;
}

// An assessed view beats a not-assessed one (a shared-subnet participant cannot read the VPC
// owner's route tables, the owner can); then the owner's own scan; between equals the lowest
// scanned account wins, so the choice never depends on which scan finished first.
function preferred<T extends SeenFrom>(kept: T, candidate: T): T {
  const keptKnown = kept.suspicion !== 'UNKNOWN';
  const candidateKnown = candidate.suspicion !== 'UNKNOWN';
  if (keptKnown !== candidateKnown) return candidateKnown ? candidate : kept;
  const keptIsOwner = kept.scannedAccountId === kept.ownerAccountId;
  const candidateIsOwner = candidate.scannedAccountId === candidate.ownerAccountId;
  if (keptIsOwner !== candidateIsOwner) return candidateIsOwner ? candidate : kept;
  return candidate.scannedAccountId < kept.scannedAccountId ? candidate : kept;
}

function dedupeBy<T extends SeenFrom>(
  rows: readonly T[],
  keyOf: (row: T) => string,
  merge: (kept: T, other: T) => T = (kept) => kept,
): T[] {
  const kept = new Map<string, T>();
  for (const row of rows) {
    const key = keyOf(row);
    const previous = kept.get(key);
    if (previous === undefined) {
      kept.set(key, row);
    } else {
      const winner = preferred(previous, row);
      kept.set(key, merge(winner, winner === row ? previous : row));
    }
  }
  return [...kept.values()];
}

const pick = (a: CheckVerdict, b: CheckVerdict) => (!a.assessed && b.assessed ? b : a);

/**
 * Two views of one shared-subnet interface each see half: the interface's owner reads its
 * security groups but not the VPC owner's route tables, the VPC owner the reverse. Each check
 * comes from a view that could assess it, and the verdict is recomputed from them.
 */
function mergeViews(kept: EniPublicIp, other: EniPublicIp): EniPublicIp {
  if (kept.checks === undefined || other.checks === undefined) return kept;
  const checks: EniChecks = {
    securityGroups: pick(kept.checks.securityGroups, other.checks.securityGroups),
    routes: pick(kept.checks.routes, other.checks.routes),
    attachment: pick(kept.checks.attachment, other.checks.attachment),
  };
  const { suspicion, reasons } = combineChecks(checks);
  return { ...kept, checks, suspicion, reasons };
}

/**
 * One row per (region, interface, address): an interface in a shared subnet is seen by the
 * subnet owner's scan and by the participant's. Keeps first-seen key order.
 */
export function dedupeEniPublicIps(rows: readonly EniPublicIp[]): EniPublicIp[] {
  return dedupeBy(
    rows,
    (row) => `${row.region}\u0000${row.interfaceId}\u0000${row.address}`,
    mergeViews,
  );
}

/** One row per (region, subnet): a shared subnet is seen from every account it is shared with. */
export function dedupeSubnets(rows: readonly AutoAssignSubnet[]): AutoAssignSubnet[] {
  return dedupeBy(rows, (row) => `${row.region}\u0000${row.subnetId}`);
}
