// Which accounts a multi-account scan covers: the explicit list, or every account of the
// organisation (or of the named organizational units), of which only ACTIVE ones can be scanned,
// less those excluded on purpose; the rest are reported as unchecked, the excluded as `excluded`.
import type { Account } from '@aws-sdk/client-organizations';
import { compareText, compareUncheckedAccounts } from '../analyze/sortOrder.js';
import type { UncheckedAccount } from '../model/scanResult.js';
import { errorDetails } from '../aws/errorDetails.js';
import type { Logger } from '../common/logger.js';
import { InputError, Inputs, type Options } from '../options/options.js';
import { accountsUnder, OrganizationTreeError, type OrganizationTree } from './accountsUnder.js';

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
    operation = 'ListAccounts',
  ) {
    super(
      `Organizations ${operation} failed: ${code}: ${detail}` +
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

/** The status of an account left out on purpose, in unchecked_accounts.csv. */
export const EXCLUDED = 'excluded';

/**
 * `plan` without the `excluded` accounts, which join the unchecked ones with the status
 * `excluded` (whatever their state: the user left them out); one that names no account of
 * `plan` is a warning, as it excludes nothing.
 */
export function excludeAccounts(
  plan: AccountPlan,
  excluded: readonly string[],
  logger: Logger,
): AccountPlan {
  const out = new Set(excluded);
  const known = new Map(
    [...plan.scan, ...plan.unchecked].map((a) => [a.accountId, a.name] as const),
  );
  for (const id of excluded) {
    if (!known.has(id)) {
      logger.warning(
        `${Inputs.ExcludeAccounts}: ${id} is not one of the accounts to scan; it excludes nothing`,
      );
    }
  }
  const left = excluded.flatMap((accountId): UncheckedAccount[] => {
    if (!known.has(accountId)) return [];
    const name = known.get(accountId);
    return [{ accountId, ...(name === undefined ? {} : { name }), status: EXCLUDED }];
  });
  return {
    scan: plan.scan.filter((a) => !out.has(a.accountId)),
    unchecked: [...plan.unchecked.filter((a) => !out.has(a.accountId)), ...left].sort(
      compareUncheckedAccounts,
    ),
  };
}

export interface AccountsToScan {
  /** Account ids, in order. */
  scan: string[];
  unchecked: UncheckedAccount[];
}

/** What the scan asks Organizations, with the caller's credentials. */
export interface OrganizationReader extends OrganizationTree {
  /** Every account of the organisation. */
  listAccounts(): Promise<Account[]>;
}

/** The accounts under the named roots and OUs; one not in the organisation is an input error. */
async function accountsOfUnits(units: readonly string[], organization: OrganizationReader) {
  try {
    return await accountsUnder(units, organization);
  } catch (error) {
    if (!(error instanceof OrganizationTreeError)) throw error;
    const { code, message } = errorDetails(error.cause);
    if (code === 'ParentNotFoundException' && units.includes(error.parentId)) {
      throw new InputError(
        Inputs.OrganizationalUnits,
        `'${error.parentId}' is not a root or organizational unit of the organisation (${code}: ${message})`,
      );
    }
    throw new OrganizationAccessError(code, `${error.parentId}: ${message}`, error.operation);
  }
}

/**
 * The accounts of this run: the caller's own (single-account), the named ones, or the ACTIVE
 * accounts of the organisation (or of the named OUs, nested ones included) as Organizations
 * lists them with the caller's credentials, less the excluded ones.
 */
export async function accountsToScan(
  options: Pick<
    Options,
    'mode' | 'accounts' | 'awsRegion' | 'organizationalUnits' | 'excludeAccounts'
  >,
  callerAccountId: string,
  organization: OrganizationReader,
  logger: Logger,
): Promise<AccountsToScan> {
  if (options.mode === 'single-account') return { scan: [callerAccountId], unchecked: [] };
  if (options.accounts) return { scan: options.accounts, unchecked: [] };
  const units = options.organizationalUnits;
  let accounts: Account[];
  if (units) accounts = await accountsOfUnits(units, organization);
  else {
    try {
      accounts = await organization.listAccounts();
    } catch (error) {
      const { code, message } = errorDetails(error);
      throw new OrganizationAccessError(code, message);
    }
  }
  const plan = excludeAccounts(planAccounts(accounts), options.excludeAccounts ?? [], logger);
  const excluded = plan.unchecked.filter((a) => a.status === EXCLUDED).length;
  logger.info(
    `${units ? `Organizational units ${units.join(', ')}` : 'Organization'}: ` +
      `${plan.scan.length} active account(s), ${plan.unchecked.length - excluded} not active` +
      (excluded > 0 ? `, ${excluded} excluded` : ''),
  );
  return { scan: plan.scan.map((a) => a.accountId), unchecked: plan.unchecked };
}
