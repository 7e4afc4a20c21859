import {
  GetCostAndUsageCommand,
  type CostExplorerClient,
  type DateInterval,
} from '@aws-sdk/client-cost-explorer';
import type { CostAndUsage } from '../model/awsRecords.js';
import { checkedPages, tokenPages } from './answers.js';

/**
 * Hours (UsageQuantity) and UnblendedCost of the given usage types over a period (Start
 * inclusive, End exclusive, `YYYY-MM-DD`), per calendar month, grouped by linked account and usage
 * type, all pages. Cost Explorer matches usage types exactly, so they come from
 * getDimensionValues; with none there is nothing to ask, and no request is made (each costs USD
 * 0.01). From the payer account the answer spans every linked account; from another account
 * only its own.
 */
export async function getCostAndUsage(
  ce: CostExplorerClient,
  period: DateInterval,
  usageTypes: readonly string[],
): Promise<CostAndUsage> {
  const answer: CostAndUsage = { resultsByTime: [], dimensionValueAttributes: [] };
  if (usageTypes.length === 0) return answer;
  const pages = tokenPages(
    (NextPageToken) =>
      ce.send(
        new GetCostAndUsageCommand({
          TimePeriod: period,
          Granularity: 'MONTHLY',
          Metrics: ['UsageQuantity', 'UnblendedCost'],
          GroupBy: [
            { Type: 'DIMENSION', Key: 'LINKED_ACCOUNT' },
            { Type: 'DIMENSION', Key: 'USAGE_TYPE' },
          ],
          Filter: { Dimensions: { Key: 'USAGE_TYPE', Values: [...usageTypes] } },
          ...(NextPageToken ? { NextPageToken } : {}),
        }),
      ),
    (page) => page.NextPageToken,
  );
  for await (const page of checkedPages(pages, { fromAws: true })) {
    answer.resultsByTime.push(...(page.ResultsByTime ?? []));
    answer.dimensionValueAttributes.push(...(page.DimensionValueAttributes ?? []));
  }
  return answer;
}
