// The bill's public IPv4 usage types: `REGION-PublicIPv4:InUseAddress`, `:IdleAddress` (hours an
// address was held, in use or not) and `:ContiguousBlock` (Amazon-provided contiguous blocks,
// billed per address of the block whether allocated or not). The prefix is the region's billing
// code (AWS's "Region billing codes" table); an unprefixed usage type is us-east-1, as AWS's
// oldest usage types are.
import type { DimensionValuesWithAttributes } from '@aws-sdk/client-cost-explorer';

type PublicIpv4Usage = 'InUseAddress' | 'IdleAddress' | 'ContiguousBlock';

export interface PublicIpv4UsageType {
  usageType: string;
  usage: PublicIpv4Usage;
  /** The region the prefix names; undefined for a prefix not in the table. */
  region: string | undefined;
}

/** AWS Region billing codes (global-infrastructure/latest/regions/aws-region-billing-codes). */
const BILLING_CODES: ReadonlyMap<string, string> = new Map([
  ['USE1', 'us-east-1'],
  ['USE2', 'us-east-2'],
  ['USW1', 'us-west-1'],
  ['USW2', 'us-west-2'],
  ['CAN1', 'ca-central-1'],
  ['CAN2', 'ca-west-1'],
  ['MXC1', 'mx-central-1'],
  ['AFS1', 'af-south-1'],
  ['APE1', 'ap-east-1'],
  ['APE2', 'ap-east-2'],
  ['APN1', 'ap-northeast-1'],
  ['APN2', 'ap-northeast-2'],
  ['APN3', 'ap-northeast-3'],
  ['APS1', 'ap-southeast-1'],
  ['APS2', 'ap-southeast-2'],
  ['APS3', 'ap-south-1'],
  ['APS4', 'ap-southeast-3'],
  ['APS5', 'ap-south-2'],
  ['APS6', 'ap-southeast-4'],
  ['APS7', 'ap-southeast-5'],
  ['APS8', 'ap-southeast-6'],
  ['APS9', 'ap-southeast-7'],
  ['EU', 'eu-west-1'],
  ['EUC1', 'eu-central-1'],
  ['EUC2', 'eu-central-2'],
  ['EUN1', 'eu-north-1'],
  ['EUS1', 'eu-south-1'],
  ['EUS2', 'eu-south-2'],
  ['EUW2', 'eu-west-2'],
  ['EUW3', 'eu-west-3'],
  ['ILC1', 'il-central-1'],
  ['MEC1', 'me-central-1'],
  ['MES1', 'me-south-1'],
  ['SAE1', 'sa-east-1'],
  ['UGE1', 'us-gov-east-1'],
  ['UGW1', 'us-gov-west-1'],
]);

const USAGE_TYPE = /^(?:([A-Z0-9]+)-)?PublicIPv4:(InUseAddress|IdleAddress|ContiguousBlock)$/;

export function parsePublicIpv4UsageType(usageType: string): PublicIpv4UsageType | undefined {
  const m = USAGE_TYPE.exec(usageType);
  if (!m) return undefined;
  const [, code, usage] = m;
  return {
    usageType,
    usage: usage as PublicIpv4Usage,
    region: code === undefined ? 'us-east-1' : BILLING_CODES.get(code),
  };
}

/** The public IPv4 usage types among a USAGE_TYPE dimension's values, to ask the cost of. */
export function publicIpv4UsageTypes(values: readonly DimensionValuesWithAttributes[]): string[] {
  const types = values.map((v) => v.Value ?? '').filter((v) => parsePublicIpv4UsageType(v));
  return [...new Set(types)].sort();
}
