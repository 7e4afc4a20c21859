/** Requested regions split into enabled and not; no request means every enabled region. */
export function selectRegions(
  requested: readonly string[] | undefined,
  enabled: readonly string[] | undefined,
): { scan: string[]; notEnabled: string[] } {
  if (!requested) return { scan: [...(enabled ?? [])], notEnabled: [] };
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
