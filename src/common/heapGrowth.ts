// How far V8 lets the old generation grow past what survived its last full collection. By
// default it picks a factor of up to 4 from its own speed measurements; a scan allocates many
// times its live set in answers and report pieces that die young, so the heap grew to about
// 2.5 times what it held. Capped at 1.6, peak RSS at 50,000 interfaces fell from 334 to 269 MB
// on Node 20 (same CPU time) and by 48-65 MB on Node 24 (about 6% more CPU; bench/RESULTS.md).
// The factor is read at every full collection, so setting it after start-up takes effect.
import { setFlagsFromString } from 'node:v8';

const FLAG = '--heap-growing-percent';
const HEAP_GROWING_PERCENT = 60;

/**
 * The flag to set, or undefined when whoever started Node chose a value on its command line
 * (NODE_OPTIONS does not accept this flag).
 */
export function heapGrowthFlag(execArgv: readonly string[]): string | undefined {
  const chosen = execArgv.some((arg) => arg.replace(/_/g, '-').startsWith(FLAG));
  return chosen ? undefined : `${FLAG}=${HEAP_GROWING_PERCENT}`;
}

export function limitHeapGrowth(): void {
  const flag = heapGrowthFlag(process.execArgv);
  if (flag !== undefined) setFlagsFromString(flag);
}
