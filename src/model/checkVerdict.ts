// What one check of an interface (security groups, routes, attachment) found: the pieces a
// suspicion is combined from (analyze/suspicion.ts), kept on a finding so that two views of one
// interface can be combined.

/** The levels an assessed check can establish; UNKNOWN only comes out of the combination. */
export type Level = 'LOW' | 'MODERATE' | 'HIGH';

/** What one check (security groups, routes, attachment) says about one interface. */
export type CheckVerdict =
  | { readonly assessed: true; readonly level: Level; readonly reasons: readonly string[] }
  | { readonly assessed: false; readonly reasons: readonly string[] };
