// What the job summary and the terminal say of the reconciliation, in the same words: a headline
// per part ("IPAM saw 3 addresses the scan missed", "billed 412 address-hours more than the scan
// explains") and the lines that back it. Text others wrote (account names, IPAM's types and
// resources, error-bearing regions) goes through `quote`: a code span in markdown, printable text
// in a terminal; our own words and AWS account ids are written as they are.
import type { BillingOutcome, IpamOutcome, Reconciliation } from '../analyze/reconciliation.js';
import type { AccountBilling } from '../analyze/billingReconciliation.js';
import type { IpamUnmatched } from '../analyze/ipamReconciliation.js';
import { formatCount as count, plural } from '../common/formatCount.js';
import { formatUsdForPeople } from '../format/formatUsd.js';

/** The most addresses or accounts a summary names; the CSV files hold them all. */
const RECONCILIATION_LISTED = 10;

export interface ReconciliationText {
  /** Its one-sentence verdict. */
  headline: string;
  /** Plain lines below it (each a sentence). */
  details: string[];
  /** The items the headline counts, described, at most RECONCILIATION_LISTED. */
  items: string[];
  /** How many items there are beyond `items`. */
  more: number;
}

type Quote = (text: string) => string;

function missedItem(a: IpamUnmatched, quote: Quote): string {
  const what = [a.addressType, a.service].filter((v) => v !== undefined).map(quote);
  const where = `${a.accountId} ${quote(a.region)}`;
  const iface = a.networkInterfaceId ? `, ${quote(a.networkInterfaceId)}` : '';
  return `${a.address} (${[...what, where].join(', ')}${iface})`;
}

function ipamText(ipam: IpamOutcome, quote: Quote, detail = true): ReconciliationText {
  const missed = ipam.rows.flatMap((r) => r.missed);
  const stale = ipam.rows.reduce((n, r) => n + r.stale.length, 0);
  const notYet = ipam.rows.reduce((n, r) => n + r.notYetInIpam.length, 0);
  const notCompared = ipam.rows.filter((r) => r.status === 'not-compared');
  const details = [
    ...(ipam.unavailableRegions.length > 0
      ? [
          `IPAM could not be read in ${plural(ipam.unavailableRegions.length, 'region', 'regions')}` +
            (detail ? ` (${ipam.unavailableRegions.map(quote).join(', ')})` : '') +
            ': what the scan missed there is unknown (scan_errors.csv).',
        ]
      : []),
    ...(notCompared.length > 0
      ? [
          `${plural(notCompared.length, 'account-region was', 'account-regions were')} not compared` +
            (detail
              ? ` (${notCompared
                  .slice(0, RECONCILIATION_LISTED)
                  .map((r) => `${r.accountId} ${quote(r.region)}: ${r.reason ?? ''}`)
                  .join('; ')}${notCompared.length > RECONCILIATION_LISTED ? '; …' : ''})`
              : '') +
            '.',
        ]
      : []),
    ...(stale > 0
      ? [
          `${plural(stale, 'address', 'addresses')} IPAM last sampled more than ` +
            `${ipam.sampleWindowHours} h before the scan ${stale === 1 ? 'is' : 'are'} not counted (probably released since).`,
        ]
      : []),
    ...(notYet > 0
      ? [
          `${plural(notYet, 'address', 'addresses')} the scan found IPAM does not list yet (it samples periodically).`,
        ]
      : []),
  ];
  return {
    headline: `IPAM saw ${plural(ipam.missedCount, 'address', 'addresses')} the scan missed`,
    details,
    items: detail ? missed.slice(0, RECONCILIATION_LISTED).map((a) => missedItem(a, quote)) : [],
    more: detail ? Math.max(0, missed.length - RECONCILIATION_LISTED) : 0,
  };
}

function flaggedItem(a: AccountBilling, quote: Quote): string {
  const name = a.accountName ? ` (${quote(a.accountName)})` : '';
  const average = Math.round((a.monthToDate?.billedAverage ?? 0) * 10) / 10;
  return (
    `${a.accountId}${name}: billed for ${average} addresses on average this month, ` +
    `the scan holds ${count(a.scannedCharged)} charged`
  );
}

function billingText(billing: BillingOutcome, quote: Quote, detail = true): ReconciliationText {
  const r = billing.reconciliation;
  if (!r) {
    return {
      headline:
        'The bill could not be read (Cost Explorer failed: scan_errors.csv); nothing was compared',
      details: [],
      items: [],
      more: 0,
    };
  }
  const flagged = r.accounts.filter((a) => a.flagged);
  const hours = Math.round(r.unexplainedHours);
  const headline =
    flagged.length === 0
      ? 'The bill matches the scan: no account is billed for more addresses than the scan explains'
      : `The bill: billed ${count(hours)} address-hours more than the scan explains, in ` +
        plural(flagged.length, 'account', 'accounts');
  const details = [
    `Last full month (${billing.periods.lastMonth.start} to ${billing.periods.lastMonth.end}): ` +
      `${formatUsdForPeople(r.billedLastMonthUsd)} of public IPv4 across the accounts scanned that the bill covers.`,
    ...(r.scope === 'caller-only'
      ? [
          `The bill covers the caller's account${detail ? ` (${billing.callerAccountId})` : ''} alone: Cost Explorer ` +
            'shows other accounts only to the management (payer) account.',
        ]
      : []),
    ...(billing.periods.monthToDate
      ? []
      : ['No whole day of this month has passed yet: nothing to compare before tomorrow.']),
  ];
  return {
    headline,
    details,
    items: detail ? flagged.slice(0, RECONCILIATION_LISTED).map((a) => flaggedItem(a, quote)) : [],
    more: detail ? Math.max(0, flagged.length - RECONCILIATION_LISTED) : 0,
  };
}

/** Both parts, those that are on. */
export function reconciliationTexts(
  reconciliation: Reconciliation | undefined,
  quote: Quote,
  detail = true,
): ReconciliationText[] {
  return [
    ...(reconciliation?.ipam ? [ipamText(reconciliation.ipam, quote, detail)] : []),
    ...(reconciliation?.billing ? [billingText(reconciliation.billing, quote, detail)] : []),
  ];
}
