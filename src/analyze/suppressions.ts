// Suppressions: findings a team has accepted, each with a reason and maybe an expiry date.
// Pure matching; loading and validating the YAML file is src/suppressionFile.ts.
import { Service } from './owningService.js';
import type { ElasticIp, EniPublicIp } from '../model/findings.js';

export interface SuppressionMatch {
  address?: string;
  interfaceId?: string;
  allocationId?: string;
  account?: string;
  region?: string;
  /** The InterfaceType column, decided by fields AWS vouches for (never a description). */
  interfaceType?: string;
  /** The Service column (`nat-gateway`, `ec2`...), decided the same way. */
  service?: string;
  tag?: { key: string; value?: string };
}

export interface Suppression {
  match: SuppressionMatch;
  reason: string;
  /** Last day (UTC, YYYY-MM-DD) the entry suppresses. */
  expires?: string;
  /** Where the entry is written, for messages: `file:line`. */
  source: string;
}

/** What a finding offers to match against; absent fields never match a condition on them. */
type Matchable = Omit<SuppressionMatch, 'tag'> & { tags?: ReadonlyMap<string, string> };

/** Every condition of the entry must hold (an entry with several conditions narrows). */
export function matches(match: SuppressionMatch, finding: Matchable): boolean {
  const same = (want: string | undefined, have: string | undefined) =>
    want === undefined || want === have;
  if (!same(match.address, finding.address)) return false;
  if (!same(match.interfaceId, finding.interfaceId)) return false;
  if (!same(match.allocationId, finding.allocationId)) return false;
  if (!same(match.account, finding.account)) return false;
  if (!same(match.region, finding.region)) return false;
  if (!same(match.interfaceType, finding.interfaceType)) return false;
  if (!same(match.service, finding.service)) return false;
  if (match.tag !== undefined) {
    const value = finding.tags?.get(match.tag.key);
    if (value === undefined) return false;
    if (match.tag.value !== undefined && match.tag.value !== value) return false;
  }
  return true;
}

function isExpired(suppression: Suppression, today: string): boolean {
  return suppression.expires !== undefined && suppression.expires < today;
}

function eniMatchable(row: EniPublicIp): Matchable {
  return {
    address: row.address,
    interfaceId: row.interfaceId,
    ...(row.allocationId !== undefined ? { allocationId: row.allocationId } : {}),
    account: row.ownerAccountId,
    region: row.region,
    interfaceType: row.interfaceType,
    service: row.service,
    ...(row.tags !== undefined ? { tags: row.tags } : {}),
  };
}

function eipMatchable(row: ElasticIp): Matchable {
  return {
    address: row.publicIp,
    ...(row.networkInterfaceId !== undefined ? { interfaceId: row.networkInterfaceId } : {}),
    ...(row.allocationId !== undefined ? { allocationId: row.allocationId } : {}),
    account: row.accountId,
    region: row.region,
    interfaceType: row.associationId === undefined ? 'Unassociated Elastic IP' : 'Elastic IP',
    service: Service.ElasticIp,
    ...(row.tags !== undefined ? { tags: row.tags } : {}),
  };
}

export interface SuppressionOutcome {
  /** Entries past their expiry date: they suppress nothing and deserve a warning. */
  expired: Suppression[];
  /** Entries in force that matched no finding (stale entries worth cleaning up). */
  unused: Suppression[];
  suppressed: number;
}

/** The rows suppressions can accept. */
interface SuppressibleRows {
  eniPublicIps: readonly EniPublicIp[];
  associatedEips: readonly ElasticIp[];
  unassociatedEips: readonly ElasticIp[];
}

/**
 * Every finding an entry in force matches, marked with that entry's reason (the first matching
 * entry wins), in new rows: the input is left as it was. Marked rows stay in every report, out
 * of the gate counts.
 */
export function applySuppressions<T extends SuppressibleRows>(
  rows: T,
  suppressions: readonly Suppression[],
  today: string,
): { rows: T; outcome: SuppressionOutcome } {
  const active = suppressions.filter((s) => !isExpired(s, today));
  const used = new Set<Suppression>();
  let suppressed = 0;
  const mark = <R extends EniPublicIp | ElasticIp>(row: R, finding: Matchable): R => {
    const entry = active.find((s) => matches(s.match, finding));
    if (entry === undefined) return row;
    used.add(entry);
    suppressed++;
    // The new field first, then the row: one hidden class per shape (withAction says why).
    const { suppressionReason: replaced, ...rest } = row;
    return { suppressionReason: entry.reason, ...rest } as R;
  };
  const marked: T = {
    ...rows,
    eniPublicIps: rows.eniPublicIps.map((row) => mark(row, eniMatchable(row))),
    associatedEips: rows.associatedEips.map((row) => mark(row, eipMatchable(row))),
    unassociatedEips: rows.unassociatedEips.map((row) => mark(row, eipMatchable(row))),
  };
  return {
    rows: marked,
    outcome: {
      expired: suppressions.filter((s) => isExpired(s, today)),
      unused: active.filter((s) => !used.has(s)),
      suppressed,
    },
  };
}
