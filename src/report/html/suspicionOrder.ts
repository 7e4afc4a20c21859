import type { Suspicion } from '../../model/findings.js';

/** Most severe first: the order of the cards, the breakdown, the filter and an ascending sort. */
export const SUSPICION_ORDER: readonly Suspicion[] = ['HIGH', 'MODERATE', 'LOW', 'UNKNOWN'];
