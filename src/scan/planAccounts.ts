// Which accounts a multi-account scan covers: the explicit list, or every account of the
// organisation, of which only ACTIVE ones can be scanned (the rest are reported as unchecked).
import type { Account } from '@aws-sdk/client-organizations';
import type { UncheckedAccount } from '../analyze/types.js';

export interface AccountPlan {
  scan: { accountId: string; name?: string }[];
  unchecked: UncheckedAccount[];
}

const ACCESS_CODES = new Set([
  'AccessDeniedException',
  'AWSOrganizationsNotInUseException',
  'AccessDenied',
]);

/** Without the account list there is nothing to scan: this one failure is fatal. */
export class OrganizationAccessError extends Error {
  constructor(
    readonly code: string,
    detail: string,
  ) {
    super(
      `Organizations ListAccounts failed: ${code}: ${detail}` +
        (ACCESS_CODES.has(code)
          ? ' Run from the management account or a delegated administrator account, ' +
            "or name the accounts to scan with 'accounts' (--accounts)."
          : ''),
    );
    this.name = 'OrganizationAccessError';
  }
}

export function planAccounts(accounts: Account[]): AccountPlan {
  const plan: AccountPlan = { scan: [], unchecked: [] };
  for (const account of accounts) {
    if (!account.Id) continue;
    // `State` replaced the deprecated `Status`; older answers carry only the latter.
    const state = String(account.State ?? account.Status ?? 'UNKNOWN');
    if (state === 'ACTIVE') {
      plan.scan.push({ accountId: account.Id, ...(account.Name ? { name: account.Name } : {}) });
    } else {
      plan.unchecked.push({
        accountId: account.Id,
        ...(account.Name ? { name: account.Name } : {}),
        status: state,
      });
    }
  }
  plan.scan.sort((a, b) => a.accountId.localeCompare(b.accountId));
  plan.unchecked.sort((a, b) => a.accountId.localeCompare(b.accountId));
  return plan;
}
