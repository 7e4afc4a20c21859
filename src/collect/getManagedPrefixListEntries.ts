import { paginateGetManagedPrefixListEntries, type EC2Client } from '@aws-sdk/client-ec2';
import { pageItems } from './answers.js';

/**
 * The CIDRs of one prefix list. GetManagedPrefixListEntries reads customer-managed lists (own or
 * shared) and AWS-managed ones alike; DescribePrefixLists knows only AWS-managed lists and fails
 * with InvalidPrefixListID.NotFound on the rest.
 */
export async function getManagedPrefixListEntries(
  ec2: EC2Client,
  prefixListId: string,
): Promise<string[]> {
  const entries = await pageItems(
    paginateGetManagedPrefixListEntries(
      { client: ec2, pageSize: 100 },
      { PrefixListId: prefixListId },
    ),
    (page) => page.Entries,
    { element: 'entrySet' },
  );
  return entries.flatMap((entry) => (entry.Cidr ? [entry.Cidr] : []));
}
