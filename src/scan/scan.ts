// Orchestration: one bounded queue of AWS call chains over every account x region target.
// Nothing here aborts the scan but a failure to learn who the caller is: every other failure
// becomes a ScanError row and the scan goes on with what it has.
import type { EC2Client } from '@aws-sdk/client-ec2';
import PQueue from 'p-queue';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { analyzeRegion } from '../analyze/analyzeRegion.js';
import { acceleratorIps } from '../analyze/accelerators.js';
import {
  coverageOf,
  GLOBAL_REGION,
  WHOLE_ACCOUNT,
  type PlannedTarget,
} from '../analyze/coverage.js';
import { mergeFindings } from '../analyze/mergeFindings.js';
import { compareScanErrors, compareUncheckedAccounts } from '../analyze/sortOrder.js';
import type {
  RegionFindings,
  ScanError,
  UncheckedAccount,
  AcceleratorIps,
} from '../analyze/types.js';
import type { ClientFactory } from '../aws/clients.js';
import {
  baseCredentials,
  callerIdentity,
  memberCredentials,
  memberRoleArn,
  type Mask,
} from '../aws/credentials.js';
import { errorDetails } from '../aws/errorDetails.js';
import { callerSessionPolicy } from '../aws/sessionPolicy.js';
import { OrganizationAccessError, planAccounts } from './planAccounts.js';
import { describeAddresses } from '../collect/describeAddresses.js';
import { describeNetworkInterfaces } from '../collect/describeNetworkInterfaces.js';
import { describeRegions } from '../collect/describeRegions.js';
import { describeRouteTables } from '../collect/describeRouteTables.js';
import { describeSecurityGroupRules } from '../collect/describeSecurityGroupRules.js';
import { describeSubnets } from '../collect/describeSubnets.js';
import { describeVpnConnections } from '../collect/describeVpnConnections.js';
import { getManagedPrefixListEntries } from '../collect/getManagedPrefixListEntries.js';
import { listAccelerators } from '../collect/listAccelerators.js';
import { listAccounts } from '../collect/listAccounts.js';
import { referencedPrefixListIds } from '../collect/referencedPrefixListIds.js';
import type { RegionInventory } from '../collect/inventory.js';
import type { Logger } from '../common/logger.js';
import type { Options } from '../options/options.js';
import type { ScanResult, ScanTarget } from './scanResult.js';
import { TOOL_NAME } from '../common/version.js';

export interface ScanDeps {
  clients: ClientFactory;
  logger: Logger;
  /** Called with every credential value as it arrives (core.setSecret in the action). */
  mask: Mask;
  getIdToken?: (audience: string) => Promise<string>;
  /** Replaces masked values in text that reaches the reports (AWS error messages). */
  redact?: (text: string) => string;
  /** Milliseconds between progress lines. */
  progressIntervalMs?: number;
}

/** Scheduling priorities: discover targets first, finish started targets before new ones. */
const PRIORITY = { account: 2, followUp: 1, chain: 0 } as const;

/** Failures beyond this many are logged as info lines and counted in one closing warning. */
const WARNED_ERRORS = 10;

/** Global Accelerator exists in the commercial partition only. */
const GLOBAL_ACCELERATOR_PARTITIONS = new Set(['aws']);

interface AccountScan {
  accountId: string;
  credentials: AwsCredentialIdentityProvider;
}

export async function scan(options: Options, deps: ScanDeps): Promise<ScanResult> {
  const startedAt = new Date();
  const { clients, logger, mask } = deps;
  const anonymousSts = clients.sts(options.awsRegion);
  const base = baseCredentials(options.credentials, {
    sts: anonymousSts,
    mask,
    webIdentityPolicy: callerSessionPolicy(
      options.mode === 'multi-account',
      options.memberRoleName,
    ),
    ...(deps.getIdToken ? { getIdToken: deps.getIdToken } : {}),
  });
  const callerSts = clients.sts(options.awsRegion, base);
  const caller = await callerIdentity(callerSts).catch((error: unknown) => {
    // Nothing can be scanned without the caller's identity: say which step failed.
    const { code, message } = errorDetails(error);
    throw new Error(
      `Could not get the caller's identity (sts:GetCallerIdentity): ${code}: ${message}`,
    );
  });
  logger.info(`Caller: ${caller.arn} (partition ${caller.partition})`);

  const scanErrors: ScanError[] = [];
  const uncheckedAccounts: UncheckedAccount[] = [];
  const findings: RegionFindings[] = [];
  const accelerators: AcceleratorIps[] = [];
  const targets: ScanTarget[] = [];
  const planned: PlannedTarget[] = [];
  const accountsScanned: string[] = [];
  const queue = new PQueue({ concurrency: options.concurrency });
  const progress = progressReporter(logger, deps.progressIntervalMs ?? 5000);

  const fail = (accountId: string, region: string, api: string, error: unknown) => {
    const details = errorDetails(error);
    const redact = deps.redact ?? ((text: string) => text);
    const code = redact(details.code);
    const message = redact(details.message);
    scanErrors.push({ accountId, region, api, errorCode: code, message });
    // A workflow shows only a few annotations per step: warn for the first failures, log the
    // rest, and say how many more there were at the end. The CSV lists every one.
    const line = `${accountId} ${region} ${api}: ${code}: ${message}`;
    if (scanErrors.length <= WARNED_ERRORS) logger.warning(line);
    else logger.info(line);
  };

  // One call chain, queued; a failure is recorded and yields undefined.
  const chain = async <T>(
    target: { accountId: string; region: string },
    api: string,
    run: () => Promise<T>,
    priority: number = PRIORITY.chain,
  ): Promise<T | undefined> => {
    try {
      return await queue.add(run, { priority });
    } catch (error) {
      fail(target.accountId, target.region, api, error);
      return undefined;
    }
  };

  const accountsToScan = await resolveAccounts(options, caller.accountId, deps, base);
  uncheckedAccounts.push(...accountsToScan.unchecked);

  const scanTarget = async (account: AccountScan, region: string) => {
    const target = { accountId: account.accountId, region };
    const ec2 = clients.ec2(region, account.credentials);
    const [addresses, networkInterfaces, subnets, routeTables, securityGroupRules, vpnConnections] =
      await Promise.all([
        chain(target, 'ec2:DescribeAddresses', () => describeAddresses(ec2)),
        chain(target, 'ec2:DescribeNetworkInterfaces', () => describeNetworkInterfaces(ec2)),
        chain(target, 'ec2:DescribeSubnets', () => describeSubnets(ec2)),
        chain(target, 'ec2:DescribeRouteTables', () => describeRouteTables(ec2)),
        chain(target, 'ec2:DescribeSecurityGroupRules', () => describeSecurityGroupRules(ec2)),
        chain(target, 'ec2:DescribeVpnConnections', () => describeVpnConnections(ec2)),
      ]);
    const prefixLists = await readPrefixLists(
      ec2,
      referencedPrefixListIds(securityGroupRules, routeTables),
      (id, run) => chain(target, 'ec2:GetManagedPrefixListEntries', run, PRIORITY.followUp),
    );
    const inventory: RegionInventory = {
      accountId: account.accountId,
      region,
      prefixLists,
      ...defined({
        addresses,
        networkInterfaces,
        subnets,
        routeTables,
        securityGroupRules,
        vpnConnections,
      }),
    };
    findings.push(analyzeRegion(inventory));
    const reached = [
      addresses,
      networkInterfaces,
      subnets,
      routeTables,
      securityGroupRules,
      vpnConnections,
    ].some((answer) => answer !== undefined);
    planned.push({ accountId: account.accountId, region, reached });
    progress.targetDone(scanErrors.length);
  };

  const scanAccount = async (accountId: string) => {
    const credentials =
      accountId === caller.accountId
        ? base
        : memberCredentials(
            {
              roleArn: memberRoleArn(caller.partition, accountId, options.memberRoleName),
              sessionName: TOOL_NAME,
              ...(options.externalId ? { externalId: options.externalId } : {}),
            },
            { sts: callerSts, mask },
          );
    const account: AccountScan = { accountId, credentials };
    const home = { accountId, region: GLOBAL_REGION };
    // Assume the role once, up front: a denied role is one error row, not one per API.
    if (accountId !== caller.accountId) {
      const ok = await chain(
        home,
        'sts:AssumeRole',
        async () => (await credentials(), true),
        PRIORITY.account,
      );
      if (!ok) {
        planned.push({ accountId, region: WHOLE_ACCOUNT, reached: false });
        return;
      }
    }
    const enabled = await chain(
      { accountId, region: options.awsRegion },
      'ec2:DescribeRegions',
      () => describeRegions(clients.ec2(options.awsRegion, credentials)),
      PRIORITY.account,
    );
    if (!enabled && !options.regions) {
      planned.push({ accountId, region: WHOLE_ACCOUNT, reached: false });
      return;
    }
    const regions = selectRegions(options.regions, enabled);
    for (const region of regions.notEnabled) {
      planned.push({ accountId, region, reached: false });
      // EC2's own code for a region the account has not opted in to.
      const error = new Error(`Region ${region} is not enabled for account ${accountId}.`);
      error.name = 'OptInRequired';
      fail(accountId, region, 'ec2:DescribeRegions', error);
    }
    accountsScanned.push(accountId);
    const work: Promise<unknown>[] = regions.scan.map((region) => {
      targets.push({ accountId, region });
      progress.targetAdded();
      return scanTarget(account, region);
    });
    if (GLOBAL_ACCELERATOR_PARTITIONS.has(caller.partition)) {
      work.push(
        chain({ accountId, region: GLOBAL_REGION }, 'globalaccelerator:ListAccelerators', () =>
          listAccelerators(clients.globalAccelerator(credentials)),
        ).then((records) => {
          planned.push({ accountId, region: GLOBAL_REGION, reached: records !== undefined });
          if (records) accelerators.push(...acceleratorIps(accountId, records));
        }),
      );
    }
    await Promise.all(work);
  };

  logger.info(
    `Scanning ${accountsToScan.scan.length} account(s)` +
      (options.regions ? ` in ${options.regions.join(', ')}` : ' in every enabled region') +
      ` with concurrency ${options.concurrency}`,
  );
  await Promise.all(accountsToScan.scan.map((accountId) => scanAccount(accountId)));
  progress.finish(scanErrors.length);
  if (scanErrors.length > WARNED_ERRORS) {
    logger.warning(
      `${scanErrors.length - WARNED_ERRORS} more AWS calls failed (${scanErrors.length} in all); every failure is listed in scan_errors.csv`,
    );
  }

  return {
    startedAt,
    finishedAt: new Date(),
    accountsScanned: accountsScanned.sort(),
    targets: targets.sort(
      (a, b) => a.accountId.localeCompare(b.accountId) || a.region.localeCompare(b.region),
    ),
    ...mergeFindings(findings, accelerators),
    uncheckedAccounts: uncheckedAccounts.sort(compareUncheckedAccounts),
    scanErrors: scanErrors.sort(compareScanErrors),
    coverage: coverageOf(planned, scanErrors),
  };
}

async function resolveAccounts(
  options: Options,
  callerAccountId: string,
  deps: ScanDeps,
  base: AwsCredentialIdentityProvider,
): Promise<{ scan: string[]; unchecked: UncheckedAccount[] }> {
  if (options.mode === 'single-account') return { scan: [callerAccountId], unchecked: [] };
  if (options.accounts) return { scan: options.accounts, unchecked: [] };
  let accounts;
  try {
    accounts = await listAccounts(deps.clients.organizations(options.awsRegion, base));
  } catch (error) {
    const { code, message } = errorDetails(error);
    throw new OrganizationAccessError(code, message);
  }
  const plan = planAccounts(accounts);
  deps.logger.info(
    `Organization: ${plan.scan.length} active account(s), ${plan.unchecked.length} not active`,
  );
  return { scan: plan.scan.map((a) => a.accountId), unchecked: plan.unchecked };
}

/** Requested regions split into enabled and not; no request means every enabled region. */
export function selectRegions(
  requested: string[] | undefined,
  enabled: string[] | undefined,
): { scan: string[]; notEnabled: string[] } {
  if (!requested) return { scan: enabled ?? [], notEnabled: [] };
  if (!enabled) return { scan: requested, notEnabled: [] };
  const on = new Set(enabled);
  return {
    scan: requested.filter((r) => on.has(r)),
    notEnabled: requested.filter((r) => !on.has(r)),
  };
}

async function readPrefixLists(
  ec2: EC2Client,
  ids: string[],
  chain: (id: string, run: () => Promise<string[]>) => Promise<string[] | undefined>,
): Promise<Map<string, string[]>> {
  const lists = new Map<string, string[]>();
  await Promise.all(
    ids.map(async (id) => {
      const cidrs = await chain(id, () =>
        getManagedPrefixListEntries(ec2, id).catch((error: unknown) => {
          // Name the list in the error row: one region can reference several.
          if (error instanceof Error) error.message = `${id}: ${error.message}`;
          throw error;
        }),
      );
      if (cidrs) lists.set(id, cidrs);
    }),
  );
  return lists;
}

function defined<T extends object>(values: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

function progressReporter(logger: Logger, intervalMs: number) {
  let total = 0;
  let done = 0;
  let last = Date.now();
  return {
    targetAdded: () => void total++,
    targetDone(errors: number) {
      done++;
      if (Date.now() - last >= intervalMs) {
        last = Date.now();
        logger.info(`scanned ${done}/${total} targets, ${errors} errors`);
      }
    },
    finish: (errors: number) => logger.info(`scanned ${done}/${total} targets, ${errors} errors`),
  };
}
