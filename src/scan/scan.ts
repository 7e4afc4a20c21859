// The scan: who the caller is, which accounts and regions to read, one bounded pool of AWS call
// chains over all of them, and the findings merged. Nothing here aborts the scan but a failure to
// learn who the caller is or (for an organisation) which accounts it has: every other failure is
// recorded as a scan error and the scan goes on with what it has.
import { coverageOf } from '../analyze/coverage.js';
import { mergeFindings } from '../kinds/mergeFindings.js';
import { separatePolicyDenials } from '../analyze/policyDenials.js';
import { compareTargets, compareText } from '../analyze/sortOrder.js';
import type { OrganizationsClient } from '@aws-sdk/client-organizations';
import type { ClientFactory } from '../aws/clients.js';
import {
  baseCredentials,
  callerIdentity,
  type CallerIdentity,
  type Mask,
} from '../aws/credentials.js';
import { errorDetails } from '../aws/errorDetails.js';
import { callerSessionPolicy } from '../aws/sessionPolicy.js';
import { listAccounts } from '../collect/listAccounts.js';
import { listAccountsForParent } from '../collect/listAccountsForParent.js';
import { listChildOrganizationalUnits } from '../collect/listChildOrganizationalUnits.js';
import type { Logger } from '../common/logger.js';
import { Inputs, type Options } from '../options/options.js';
import { accountSession, type SessionSource } from './accountSession.js';
import { CallQueue } from './callQueue.js';
import { ErrorLog } from './errorLog.js';
import { accountsToScan } from './planAccounts.js';
import { scanAccount, type AccountScan } from './scanAccount.js';
import { progressLog } from './progressLog.js';
import { readAwsRecords } from './readAwsRecords.js';
import { ScanProgress, type ProgressReporter } from './scanProgress.js';
import type { ScanResult } from '../model/scanResult.js';

export interface ScanDeps {
  clients: ClientFactory;
  logger: Logger;
  /** Called with every credential value as it arrives (core.setSecret in the action). */
  mask: Mask;
  getIdToken?: (audience: string) => Promise<string>;
  /** Replaces masked values in text that reaches the reports (AWS error messages). */
  redact?: (text: string) => string;
  /** Shows the scan's progress; default: a log line every 10 s, and one at the end. */
  progress?: ProgressReporter;
  /** The scan's clock in milliseconds, for progress and call ages; default performance.now. */
  now?: () => number;
}

/** Global Accelerator exists in the commercial partition only. */
const GLOBAL_ACCELERATOR_PARTITIONS = new Set(['aws']);

export async function scan(options: Options, deps: ScanDeps): Promise<ScanResult> {
  const startedAt = new Date();
  const now = deps.now ?? (() => performance.now());
  const started = now();
  const { clients, logger } = deps;
  const source = await identifyCaller(options, deps);
  const { caller } = source;
  // One client for every Organizations call: one adaptive rate limiter for its low quota.
  let client: OrganizationsClient | undefined;
  const organizations = () =>
    (client ??= clients.organizations(options.awsRegion, source.callerCredentials));
  const accounts = await accountsToScan(
    options,
    caller.accountId,
    {
      listAccounts: () => listAccounts(organizations()),
      accountsIn: (parent) => listAccountsForParent(organizations(), parent),
      childOus: (parent) => listChildOrganizationalUnits(organizations(), parent),
    },
    logger,
  );
  logger.info(
    `Scanning ${accounts.scan.length} account(s)` +
      (options.regions ? ` in ${options.regions.join(', ')}` : ' in every enabled region') +
      (options.excludeRegions ? ` but ${options.excludeRegions.join(', ')}` : '') +
      ` with concurrency ${options.concurrency}`,
  );
  const errors = new ErrorLog(logger, deps.redact);
  const calls = new CallQueue(options.concurrency, errors, now);
  const progress = new ScanProgress({
    accounts: accounts.scan.length,
    calls,
    errors,
    requests: () => clients.requestsSent,
    now,
    startedAt: started,
  });
  const context = {
    options,
    clients,
    logger,
    calls,
    errors,
    progress,
    globalAccelerator: GLOBAL_ACCELERATOR_PARTITIONS.has(caller.partition),
  };
  const reporter = deps.progress ?? progressLog(logger);
  reporter.start(() => progress.snapshot());
  const scans = await scanAccounts(accounts.scan, source, context, reporter);
  const planned = scans.flatMap((s) => s.planned);
  const { policyDenied, scanErrors } = separatePolicyDenials(planned, errors.all());
  const coverage = coverageOf(planned, scanErrors, policyDenied);
  reporter.finish({ ...progress.snapshot(), errors: scanErrors.length, coverage });
  warnUnmatchedRegions(options.excludeRegions, scans, logger);
  errors.close(scanErrors);
  logPolicyDenied(policyDenied.length, logger);
  const assembled = assemble(accounts.scan, scans);
  const read = await readRecords(options, source, deps, assembled.targets, startedAt);
  return {
    startedAt,
    finishedAt: new Date(),
    ...assembled,
    uncheckedAccounts: accounts.unchecked,
    // The records' failed calls are scan errors too, of their own APIs; the inventory's coverage
    // is what it read, which they do not change.
    scanErrors: read ? [...scanErrors, ...read.errors] : scanErrors,
    policyDenied,
    coverage,
    ...(read ? { records: read.records } : {}),
  };
}

/** IPAM's and the bill's records, when a reconciliation is on (readAwsRecords.ts). */
function readRecords(
  options: Options,
  source: SessionSource,
  deps: ScanDeps,
  targets: readonly { region: string }[],
  startedAt: Date,
) {
  return readAwsRecords({
    options,
    source,
    clients: deps.clients,
    logger: deps.logger,
    ...(deps.redact ? { redact: deps.redact } : {}),
    regions: targets.map((t) => t.region),
    startedAt,
  });
}

function logPolicyDenied(count: number, logger: Logger): void {
  if (count === 0) return;
  logger.info(
    `${count} account-region(s) denied by an organisation policy (not scan errors): ` +
      'they are listed in policy_denied.csv',
  );
}

/**
 * Every account, in the one pool of calls. On a failure the progress is finished here, so a
 * terminal's line is not left half drawn; else the caller finishes it with the coverage.
 */
async function scanAccounts(
  ids: readonly string[],
  source: SessionSource,
  context: Parameters<typeof scanAccount>[1],
  reporter: ProgressReporter,
): Promise<AccountScan[]> {
  try {
    return await Promise.all(
      ids.map(async (id) => {
        const scanned = await scanAccount(accountSession(id, source), context);
        context.progress.accountDone(id);
        return scanned;
      }),
    );
  } catch (error) {
    reporter.finish(context.progress.snapshot());
    throw error;
  }
}

/** The caller's credentials and identity; without them nothing can be scanned. */
async function identifyCaller(options: Options, deps: ScanDeps): Promise<SessionSource> {
  const { clients, mask } = deps;
  const callerCredentials = baseCredentials(options.credentials, {
    sts: clients.sts(options.awsRegion),
    mask,
    webIdentityPolicy: callerSessionPolicy(
      options.mode === 'multi-account',
      options.memberRoleName,
      {
        ipam: options.ipam !== undefined,
        billing: options.reconcileBilling === true,
      },
    ),
    ...(deps.getIdToken ? { getIdToken: deps.getIdToken } : {}),
  });
  const callerSts = clients.sts(options.awsRegion, callerCredentials);
  let caller: CallerIdentity;
  try {
    caller = await callerIdentity(callerSts);
  } catch (error) {
    const { code, message } = errorDetails(error);
    throw new Error(
      `Could not get the caller's identity (sts:GetCallerIdentity): ${code}: ${message}`,
      { cause: error },
    );
  }
  deps.logger.info(`Caller: ${caller.arn} (partition ${caller.partition})`);
  return { caller, callerCredentials, callerSts, mask, options };
}

/** An excluded region that no account has enabled excluded nothing: perhaps a typo. */
function warnUnmatchedRegions(
  excluded: readonly string[] | undefined,
  scans: readonly AccountScan[],
  logger: Logger,
): void {
  if (!excluded || !scans.some((s) => s.entered)) return;
  const matched = new Set(scans.flatMap((s) => s.excludedRegions));
  for (const region of excluded.filter((r) => !matched.has(r))) {
    logger.warning(
      `${Inputs.ExcludeRegions}: ${region} is not enabled in any scanned account; it excludes nothing`,
    );
  }
}

/** Every account's part of the result, in one order whatever order the scans finished in. */
function assemble(accountIds: readonly string[], scans: readonly AccountScan[]) {
  return {
    accountsScanned: accountIds.filter((_, i) => scans[i]?.entered).sort(compareText),
    targets: scans.flatMap((s) => s.targets).sort(compareTargets),
    ...mergeFindings(
      scans.flatMap((s) => s.findings),
      scans.flatMap((s) => s.accelerators),
    ),
  };
}
