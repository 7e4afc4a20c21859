import type { CheckVerdict, Level } from '../model/checkVerdict.js';
import type { EniChecks, Suspicion } from '../model/findings.js';

/** The check ran and found nothing suspicious (or does not apply). */
export const PASSED: CheckVerdict = { assessed: true, level: 'LOW', reasons: [] };

export function raised(level: Level, reason: string): CheckVerdict {
  return { assessed: true, level, reasons: [reason] };
}

export function notAssessed(reasons: readonly string[]): CheckVerdict {
  return { assessed: false, reasons };
}

const RANK: Readonly<Record<Level, number>> = { LOW: 0, MODERATE: 1, HIGH: 2 };

/**
 * The highest level any assessed check established, with every reason in check order. Below
 * HIGH, a check that could not run leaves the answer UNKNOWN: we cannot say the address is fine.
 * HIGH from an assessed check stands whatever the missing checks would have said.
 */
export function combineVerdicts(verdicts: readonly CheckVerdict[]): {
  suspicion: Suspicion;
  reasons: string[];
} {
  let level: Level = 'LOW';
  let anyNotAssessed = false;
  const reasons: string[] = [];
  for (const verdict of verdicts) {
    reasons.push(...verdict.reasons);
    if (!verdict.assessed) anyNotAssessed = true;
    else if (RANK[verdict.level] > RANK[level]) level = verdict.level;
  }
  return { suspicion: level !== 'HIGH' && anyNotAssessed ? 'UNKNOWN' : level, reasons };
}

/** The checks of one interface, in the order their reasons are written. */
export function combineChecks(checks: EniChecks): { suspicion: Suspicion; reasons: string[] } {
  return combineVerdicts([checks.securityGroups, checks.routes, checks.attachment]);
}
