import {
  paginateListAccounts,
  type Account,
  type OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { checkedPages } from './answers.js';

export async function listAccounts(organizations: OrganizationsClient): Promise<Account[]> {
  const accounts: Account[] = [];
  const pages = paginateListAccounts({ client: organizations, pageSize: 20 }, {});
  for await (const page of checkedPages(pages, { fromAws: true })) {
    accounts.push(...(page.Accounts ?? []));
  }
  return accounts;
}
