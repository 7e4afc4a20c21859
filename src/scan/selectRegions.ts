/**
 * Requested regions split into enabled and not; no request means every enabled region but the
 * `excluded` ones, which are also returned as far as the account has them enabled.
 */
export function selectRegions(
  requested: readonly string[] | undefined,
  enabled: readonly string[] | undefined,
  excluded: readonly string[] = [],
): { scan: string[]; notEnabled: string[]; excluded?: string[] } {
  if (!requested) {
    const all = enabled ?? [];
    const out = all.filter((r) => excluded.includes(r));
    return {
      scan: all.filter((r) => !excluded.includes(r)),
      notEnabled: [],
      ...(out.length > 0 ? { excluded: out } : {}),
    };
  }
  if (!enabled) return { scan: [...requested], notEnabled: [] };
  const on = new Set(enabled);
  return {
    scan: requested.filter((r) => on.has(r)),
    notEnabled: requested.filter((r) => !on.has(r)),
  };
}

/** EC2's own error for a named region the account has not opted in to, for its error row. */
export function regionNotEnabled(accountId: string, region: string): Error {
  const error = new Error(`Region ${region} is not enabled for account ${accountId}.`);
  error.name = 'OptInRequired';
  return error;
}
