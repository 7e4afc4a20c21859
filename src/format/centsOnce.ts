// The report writers price the same few amounts for every row (one address, one BYOIP address,
// one action's saving): each amount is rounded and formatted once per run, not once per cell.
// Kept apart from formatUsd.ts, which the HTML page's script bundles byte for byte.
import { formatUsd, formatUsdForPeople, roundCents } from './formatUsd.js';

/** A function of one amount, remembered for up to `limit` amounts (then started afresh). */
function remembered<T>(compute: (amount: number) => T, limit = 4096): (amount: number) => T {
  const known = new Map<number, T>();
  return (amount) => {
    let value = known.get(amount);
    if (value === undefined) {
      if (known.size >= limit) known.clear();
      value = compute(amount);
      known.set(amount, value);
    }
    return value;
  };
}

/** formatUsd, remembered. */
export const formatUsdOnce = remembered(formatUsd);

/** roundCents, remembered. */
export const roundCentsOnce = remembered(roundCents);

/** formatUsdForPeople, remembered. */
export const formatUsdForPeopleOnce = remembered(formatUsdForPeople);
