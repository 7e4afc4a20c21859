// The words every report puts beside its cost figures, so the job summary, the terminal and the
// HTML page say the same: which addresses a total prices (BYOIP ones are counted, not charged),
// and how the savings by action add up against the potential savings.
import type { CostSummary } from '../analyze/cost.js';
import { formatCount as count } from '../common/formatCount.js';
import { formatUsdForPeople as usd } from '../format/formatUsd.js';

/** `1 BYOIP, free`, or undefined when the total holds no BYOIP address. */
export function byoipWords(cost: Pick<CostSummary, 'byoipAddressCount'>): string | undefined {
  return cost.byoipAddressCount === 0 ? undefined : `${count(cost.byoipAddressCount)} BYOIP, free`;
}

/** What taking every recommended action would save a month: the savings by action added up. */
function savingsByActionTotalUsd(cost: Pick<CostSummary, 'savingsByAction'>): number {
  return cost.savingsByAction.reduce((sum, a) => sum + a.monthlyUsd, 0);
}

/**
 * `Total $32.85, $3.65 more than the potential savings ($29.20): ...`. The two count different
 * things, so where the savings by action are shown the difference is said in the same place.
 */
export function savingsByActionTotalWords(
  cost: Pick<CostSummary, 'savingsByAction' | 'potentialSavingsUsd'>,
): string {
  const total = savingsByActionTotalUsd(cost);
  const potential = usd(cost.potentialSavingsUsd);
  const difference = usd(Math.abs(total - cost.potentialSavingsUsd));
  if (difference === usd(0)) return `Total ${usd(total)}, the potential savings.`;
  const side = total > cost.potentialSavingsUsd ? 'more' : 'less';
  return (
    `Total ${usd(total)}, ${difference} ${side} than the potential savings (${potential}): ` +
    'those count every HIGH-suspicion address and unassociated Elastic IP; the actions also ' +
    'cover MODERATE addresses open only to SSH, and none is given for a suppressed finding.'
  );
}
