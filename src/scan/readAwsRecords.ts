// AWS's own records of the addresses, read once the inventory is: VPC IPAM's discovered public
// addresses (every scanned region, in the IPAM account) and the bill (Cost Explorer, from the
// caller). A failed call is a scan error of its own kind (its API names it) and leaves what it
// would have answered "not compared" (analyze/ipamReconciliation.ts), never "nothing missed".
//
// Where IPAM is asked: a resource discovery answers only in its home region (elsewhere it does
// not exist), so every region's request is sent there: the scan's 'aws-region'. In the IPAM
// account: the caller's own credentials when it is the caller's, else a session of the member
// role whose policy allows ec2:GetIpamDiscoveredPublicAddresses alone.
import { billingPeriods } from '../analyze/billingPeriods.js';
import { publicIpv4UsageTypes } from '../analyze/publicIpv4UsageType.js';
import { compareText } from '../analyze/sortOrder.js';
import type { ScanError } from '../model/scanResult.js';
import type { ClientFactory } from '../aws/clients.js';
import type {
  AwsRecords,
  BillingRecords,
  IpamRecords,
  IpamRegionAnswer,
} from '../model/awsRecords.js';
import { IPAM_SESSION_POLICY } from '../aws/sessionPolicy.js';
import { getCostAndUsage } from '../collect/getCostAndUsage.js';
import { getDimensionValues } from '../collect/getDimensionValues.js';
import { getIpamDiscoveredPublicAddresses } from '../collect/getIpamDiscoveredPublicAddresses.js';
import type { Logger } from '../common/logger.js';
import type { Options } from '../options/options.js';
import { accountSession, type SessionSource } from './accountSession.js';
import { ErrorLog } from './errorLog.js';

/** The API names of the records' failed calls in scan_errors.csv. */
const RECORD_APIS = {
  ipam: 'ec2:GetIpamDiscoveredPublicAddresses',
  dimensionValues: 'ce:GetDimensionValues',
  costAndUsage: 'ce:GetCostAndUsage',
} as const;

/** The region of a Cost Explorer error row: its calls are not about one region. */
const GLOBAL = 'global';

export interface RecordsContext {
  options: Pick<Options, 'ipam' | 'reconcileBilling' | 'awsRegion'>;
  source: SessionSource;
  clients: ClientFactory;
  logger: Logger;
  redact?: (text: string) => string;
  /** The regions the scan read, any account. */
  regions: readonly string[];
  /** The scan's start: the bill's periods end with the day before it. */
  startedAt: Date;
}

/** The records, and their failed calls as scan errors of their own APIs (RECORD_APIS). */
export interface ReadRecords {
  records: AwsRecords;
  errors: ScanError[];
}

export async function readAwsRecords(ctx: RecordsContext): Promise<ReadRecords | undefined> {
  const { options } = ctx;
  if (options.ipam === undefined && options.reconcileBilling !== true) return undefined;
  const errors = new ErrorLog(ctx.logger, ctx.redact);
  const [ipam, billing] = await Promise.all([
    options.ipam ? readIpam(ctx, errors) : undefined,
    options.reconcileBilling ? readBill(ctx, errors) : undefined,
  ]);
  const failed = errors.all();
  errors.close(failed);
  return {
    records: { ...(ipam ? { ipam } : {}), ...(billing ? { billing } : {}) },
    errors: failed,
  };
}

async function readIpam(ctx: RecordsContext, errors: ErrorLog): Promise<IpamRecords | undefined> {
  const ipam = ctx.options.ipam;
  if (!ipam) return undefined;
  const { source } = ctx;
  const accountId = ipam.accountId ?? source.caller.accountId;
  const homeRegion = ctx.options.awsRegion;
  const credentials = accountSession(accountId, source, IPAM_SESSION_POLICY).credentials;
  const ec2 = ctx.clients.ec2(homeRegion, credentials);
  const regions = [...new Set(ctx.regions)].sort(compareText);
  ctx.logger.info(
    `IPAM: asking resource discovery ${ipam.resourceDiscoveryId} in ${accountId} ` +
      `(${homeRegion}) for ${regions.length} region(s)`,
  );
  const answers = await Promise.all(
    regions.map(async (region): Promise<IpamRegionAnswer> => {
      try {
        return {
          region,
          answer: await getIpamDiscoveredPublicAddresses(ec2, ipam.resourceDiscoveryId, region),
        };
      } catch (error) {
        errors.record(accountId, region, RECORD_APIS.ipam, error);
        return { region };
      }
    }),
  );
  return { resourceDiscoveryId: ipam.resourceDiscoveryId, accountId, homeRegion, answers };
}

/**
 * Two requests (USD 0.01 each) unless an answer runs to more pages: the public IPv4 usage types
 * billed in the periods, then their hours and cost by account.
 */
async function readBill(ctx: RecordsContext, errors: ErrorLog): Promise<BillingRecords> {
  const callerAccountId = ctx.source.caller.accountId;
  const periods = billingPeriods(ctx.startedAt);
  const ce = ctx.clients.costExplorer(ctx.source.callerCredentials);
  let api: string = RECORD_APIS.dimensionValues;
  try {
    const types = await getDimensionValues(ce, 'USAGE_TYPE', periods.query, 'PublicIPv4');
    api = RECORD_APIS.costAndUsage;
    const costAndUsage = await getCostAndUsage(ce, periods.query, publicIpv4UsageTypes(types));
    return { callerAccountId, periods, costAndUsage };
  } catch (error) {
    errors.record(callerAccountId, GLOBAL, api, error);
    return { callerAccountId, periods };
  }
}
