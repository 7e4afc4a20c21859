// A scan of one account-region beside IPAM's and the bill's records, every text of which (an
// IPAM service resource, an account's name in the bill) is hostile: for the reconciliation's
// writers and the HTML report's layout tests.
import { auditOutcome } from './auditOutcome.js';
import { emptyScan, eniRow } from './findings.js';
import { reconcile } from '../src/analyze/reconciliation.js';
import { billingPeriods } from '../src/analyze/billingPeriods.js';
import { findingAddresses } from '../src/kinds/findingAddresses.js';
import type { AuditOutcome } from '../src/audit/auditOutcome.js';

export const RECONCILED_AT = new Date('2025-03-10T12:00:00.000Z');
const HOSTILE_TEXT =
  '=HYPERLINK("https://evil.example") @admin <img src=x onerror=alert(1)> **bold**';

/** The outcome, with its `reconciliation` member. */
export function reconciledOutcome(): AuditOutcome {
  const result = emptyScan({
    startedAt: RECONCILED_AT,
    accountsScanned: ['111111111111'],
    targets: [{ accountId: '111111111111', region: 'us-east-1' }],
    eniPublicIps: [eniRow({ address: '3.3.3.3' })],
  });
  const periods = billingPeriods(RECONCILED_AT);
  const reconciliation = reconcile(
    result,
    {
      ipam: {
        resourceDiscoveryId: 'ipam-res-disco-0b1c2d3e4f5a60001',
        accountId: '111111111111',
        homeRegion: 'us-east-1',
        answers: [
          {
            region: 'us-east-1',
            answer: {
              addresses: [
                {
                  Address: '54.1.1.1',
                  AddressRegion: 'us-east-1',
                  AddressOwnerId: '111111111111',
                  AddressType: 'service-managed-ip',
                  Service: 'load-balancer',
                  ServiceResource: HOSTILE_TEXT,
                  NetworkInterfaceId: 'eni-0123',
                  SampleTime: new Date('2025-03-10T11:00:00.000Z'),
                },
              ],
            },
          },
        ],
      },
      billing: {
        callerAccountId: '111111111111',
        periods,
        costAndUsage: {
          resultsByTime: [
            {
              TimePeriod: { Start: periods.monthToDate?.start, End: periods.monthToDate?.end },
              Groups: [
                {
                  Keys: ['111111111111', 'USE1-PublicIPv4:InUseAddress'],
                  Metrics: {
                    UsageQuantity: { Amount: String(5 * 216), Unit: 'Hrs' },
                    UnblendedCost: { Amount: String(5 * 216 * 0.005), Unit: 'USD' },
                  },
                },
              ],
            },
          ],
          dimensionValueAttributes: [
            { Value: '111111111111', Attributes: { description: HOSTILE_TEXT } },
          ],
        },
      },
    },
    findingAddresses(result),
  );
  return auditOutcome(result, { ...(reconciliation ? { reconciliation } : {}) });
}
