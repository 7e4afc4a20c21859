import {
  GetDimensionValuesCommand,
  type CostExplorerClient,
  type DateInterval,
  type Dimension,
  type DimensionValuesWithAttributes,
} from '@aws-sdk/client-cost-explorer';
import { pageItems, tokenPages } from './answers.js';

/**
 * The values of a Cost Explorer dimension in a period (Start inclusive, End exclusive,
 * `YYYY-MM-DD`), those holding `searchString` when given, all pages: USAGE_TYPE values carry
 * their unit, LINKED_ACCOUNT values the account's name (`description`). From the payer account
 * they span every linked account; from another account only its own. One request per page, at
 * USD 0.01 each.
 */
export function getDimensionValues(
  ce: CostExplorerClient,
  dimension: Dimension,
  period: DateInterval,
  searchString?: string,
): Promise<DimensionValuesWithAttributes[]> {
  const pages = tokenPages(
    (NextPageToken) =>
      ce.send(
        new GetDimensionValuesCommand({
          TimePeriod: period,
          Dimension: dimension,
          ...(searchString !== undefined ? { SearchString: searchString } : {}),
          ...(NextPageToken ? { NextPageToken } : {}),
        }),
      ),
    (page) => page.NextPageToken,
  );
  return pageItems(pages, (page) => page.DimensionValues, { fromAws: true });
}
