// Scans one account: enters it (AssumeRole once, up front, so a refused role is one error row,
// not one per API), lists its enabled regions, collects and analyses each region, and lists its
// Global Accelerators. Returns what it found and what it planned; failures go to the error log.
import { acceleratorIps } from '../analyze/accelerators.js';
import { analyzeRegion } from '../analyze/analyzeRegion.js';
import { GLOBAL_REGION, WHOLE_ACCOUNT, type PlannedTarget } from '../model/coverage.js';
import type { AcceleratorIps, RegionFindings } from '../model/findings.js';
import type { ClientFactory } from '../aws/clients.js';
import { errorDetails } from '../aws/errorDetails.js';
import type { Logger } from '../common/logger.js';
import { describeRegions } from '../collect/describeRegions.js';
import {
  listCustomRoutingAccelerators,
  listStandardAccelerators,
} from '../collect/listAccelerators.js';
import type { Options } from '../options/options.js';
import type { AccountSession } from './accountSession.js';
import { Priority, type CallQueue } from './callQueue.js';
import { collectRegion } from './collectRegion.js';
import type { ErrorLog } from './errorLog.js';
import type { ScanProgress } from './scanProgress.js';
import type { ScanTarget } from '../model/scanResult.js';
import { regionNotEnabled, selectRegions } from './selectRegions.js';

export interface ScanContext {
  options: Pick<Options, 'awsRegion' | 'regions' | 'excludeRegions'>;
  clients: ClientFactory;
  logger: Logger;
  calls: CallQueue;
  errors: ErrorLog;
  progress: ScanProgress;
  /** Global Accelerator exists in the commercial partition only. */
  globalAccelerator: boolean;
}

export interface AccountScan {
  /** Its credentials worked and its regions were known. */
  entered: boolean;
  planned: PlannedTarget[];
  /** The regions scanned, as targets. */
  targets: ScanTarget[];
  findings: RegionFindings[];
  accelerators: AcceleratorIps[];
  /** The enabled regions `exclude-regions` left out. */
  excludedRegions: string[];
}

/** An account that could not be entered is one planned target, as coverage counts it. */
function notEntered(accountId: string, ctx: ScanContext): AccountScan {
  ctx.progress.targetsSettled(1);
  return {
    entered: false,
    planned: [{ accountId, region: WHOLE_ACCOUNT, reached: false }],
    targets: [],
    findings: [],
    accelerators: [],
    excludedRegions: [],
  };
}

export async function scanAccount(session: AccountSession, ctx: ScanContext): Promise<AccountScan> {
  const { accountId } = session;
  if (session.assumed) {
    const target = { accountId, region: GLOBAL_REGION };
    const assume = async () => (await session.credentials(), true);
    const ok = await ctx.calls.run(target, 'sts:AssumeRole', assume, Priority.account);
    if (!ok) return notEntered(accountId, ctx);
  }
  const regions = await regionsOf(session, ctx);
  if (regions === undefined) return notEntered(accountId, ctx);
  ctx.progress.accountPlanned(accountId);
  ctx.progress.targetsSettled(regions.notEnabled.length);
  for (const region of regions.notEnabled) {
    ctx.errors.record(
      accountId,
      region,
      'ec2:DescribeRegions',
      regionNotEnabled(accountId, region),
    );
  }
  const [scanned, accelerators] = await Promise.all([
    Promise.all(regions.scan.map((region) => scanRegion(session, region, ctx))),
    ctx.globalAccelerator ? scanAccelerators(session, ctx) : undefined,
  ]);
  return {
    entered: true,
    planned: [
      ...regions.notEnabled.map((region) => ({ accountId, region, reached: false })),
      ...scanned.map((r) => r.planned),
      ...(accelerators ? [accelerators.planned] : []),
    ],
    targets: scanned.map((r) => r.target),
    findings: scanned.map((r) => r.findings),
    accelerators: accelerators?.accelerators ?? [],
    excludedRegions: regions.excluded ?? [],
  };
}

/** How EC2 refuses a call in a region: denied there, or the region not enabled for the account. */
const REFUSED = new Set(['UnauthorizedOperation', 'AuthFailure', 'OptInRequired']);

/**
 * The account's enabled regions, asked in the home region (`aws-region`). Where the home region
 * refuses (an SCP that denies every region but the organisation's, as in an EU-only landing
 * zone), they are asked in the scanned regions, in order, before giving up: the home region's
 * refusal is then the one error row.
 */
async function enabledRegions(session: AccountSession, ctx: ScanContext): Promise<string[]> {
  const { accountId, credentials } = session;
  const { awsRegion, regions = [] } = ctx.options;
  try {
    return await describeRegions(ctx.clients.ec2(awsRegion, credentials));
  } catch (refusal) {
    if (!REFUSED.has(errorDetails(refusal).code)) throw refusal;
    for (const region of regions.filter((r) => r !== awsRegion)) {
      try {
        const listed = await describeRegions(ctx.clients.ec2(region, credentials));
        ctx.logger.info(
          `${accountId}: DescribeRegions was refused in ${awsRegion} (${errorDetails(refusal).code}); listed the regions in ${region} instead`,
        );
        return listed;
      } catch (error) {
        // Its code only: the home region's refusal is the error the scan reports.
        ctx.logger.debug(`${accountId} ${region} ec2:DescribeRegions: ${errorDetails(error).code}`);
      }
    }
    throw refusal;
  }
}

/** The regions to scan; undefined when they cannot be known (no list, none named). */
async function regionsOf(session: AccountSession, ctx: ScanContext) {
  const { awsRegion, regions, excludeRegions } = ctx.options;
  const enabled = await ctx.calls.run(
    { accountId: session.accountId, region: awsRegion },
    'ec2:DescribeRegions',
    () => enabledRegions(session, ctx),
    Priority.account,
  );
  return !enabled && !regions ? undefined : selectRegions(regions, enabled, excludeRegions);
}

async function scanRegion(session: AccountSession, region: string, ctx: ScanContext) {
  const target = { accountId: session.accountId, region };
  ctx.progress.targetAdded();
  const ec2 = ctx.clients.ec2(region, session.credentials);
  const { inventory, reached, read } = await collectRegion(ec2, target, ctx.calls);
  const findings = analyzeRegion(inventory);
  ctx.progress.targetDone();
  return { target, findings, planned: { ...target, reached, read } };
}

async function scanAccelerators(session: AccountSession, ctx: ScanContext) {
  const { accountId, credentials } = session;
  ctx.progress.targetAdded();
  const target = { accountId, region: GLOBAL_REGION };
  const ga = ctx.clients.globalAccelerator(credentials);
  // Two calls, each named in its own error row.
  const standard = await ctx.calls.run(target, 'globalaccelerator:ListAccelerators', () =>
    listStandardAccelerators(ga),
  );
  const custom = await ctx.calls.run(
    target,
    'globalaccelerator:ListCustomRoutingAccelerators',
    () => listCustomRoutingAccelerators(ga),
  );
  ctx.progress.targetDone();
  const records = [...(standard ?? []), ...(custom ?? [])];
  return {
    planned: { ...target, reached: standard !== undefined || custom !== undefined },
    accelerators: acceleratorIps(accountId, records),
  };
}
