import { paginateGetManagedPrefixListEntries, type EC2Client } from '@aws-sdk/client-ec2';
import { checkedPages, requiredList } from './answers.js';

/**
 * The CIDRs of one prefix list. GetManagedPrefixListEntries reads customer-managed lists (own or
 * shared) and AWS-managed ones alike; DescribePrefixLists knows only AWS-managed lists and fails
 * with InvalidPrefixListID.NotFound on the rest.
 */
export async function getManagedPrefixListEntries(
  ec2: EC2Client,
  prefixListId: string,
): Promise<string[]> {
  const cidrs: string[] = [];
  const pages = paginateGetManagedPrefixListEntries(
    { client: ec2, pageSize: 100 },
    { PrefixListId: prefixListId },
  );
  for await (const page of checkedPages(pages)) {
    for (const entry of requiredList(page.Entries, 'entrySet'))
      if (entry.Cidr) cidrs.push(entry.Cidr);
  }
  return cidrs;
}
