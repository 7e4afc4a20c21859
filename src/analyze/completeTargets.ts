// Which account-regions a scan read completely: the reconciliations compare AWS's records with
// those only, and call every other one "not compared", never "nothing missed".
import { WHOLE_ACCOUNT, type CoverageGap } from '../model/coverage.js';
import { compareTargets } from './sortOrder.js';

export interface AccountRegion {
  accountId: string;
  /** A region name, or `global` for an account's accelerators. */
  region: string;
}

/** `targets` without a coverage gap of their own or of their whole account. */
export function completeTargets(
  targets: readonly AccountRegion[],
  gaps: readonly CoverageGap[],
): AccountRegion[] {
  const gapKeys = new Set(gaps.map((g) => `${g.accountId}\u0000${g.region}`));
  const gapped = (accountId: string, region: string) =>
    gapKeys.has(`${accountId}\u0000${region}`) || gapKeys.has(`${accountId}\u0000${WHOLE_ACCOUNT}`);
  return targets
    .filter((t) => !gapped(t.accountId, t.region))
    .map((t) => ({ accountId: t.accountId, region: t.region }))
    .sort(compareTargets);
}
