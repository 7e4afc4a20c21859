// Which accounts a multi-account scan covers: the explicit list, or every account of the
// organisation, of which only ACTIVE ones can be scanned (the rest are reported as unchecked).
import type { Account } from '@aws-sdk/client-organizations';
import { compareText, compareUncheckedAccounts } from '../analyze/sortOrder.js';
import type { UncheckedAccount } from '../analyze/types.js';
import { errorDetails } from '../aws/errorDetails.js';
import type { Logger } from '../common/logger.js';
import type { Options } from '../options/options.js';

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
  plan.scan.sort((a, b) => compareText(a.accountId, b.accountId));
  plan.unchecked.sort(compareUncheckedAccounts);
  return plan;
}

export interface AccountsToScan {
  /** Account ids, in order. */
  scan: string[];
  unchecked: UncheckedAccount[];
}

/**
 * The accounts of this run: the caller's own (single-account), the named ones, or the ACTIVE
 * accounts of the organisation as Organizations lists them with the caller's credentials.
 */
export async function accountsToScan(
  options: Pick<Options, 'mode' | 'accounts' | 'awsRegion'>,
  callerAccountId: string,
  listOrganization: () => Promise<Account[]>,
  logger: Logger,
): Promise<AccountsToScan> {
  if (options.mode === 'single-account') return { scan: [callerAccountId], unchecked: [] };
  if (options.accounts) return { scan: options.accounts, unchecked: [] };
  let accounts: Account[];
  try {
    accounts = await listOrganization();
  } catch (error) {
    const { code, message } = errorDetails(error);
    throw new OrganizationAccessError(code, message);
  }
  const plan = planAccounts(accounts);
  logger.info(
    `Organization: ${plan.scan.length} active account(s), ${plan.unchecked.length} not active`,
  );
  return { scan: plan.scan.map((a) => a.accountId), unchecked: plan.unchecked };
}
