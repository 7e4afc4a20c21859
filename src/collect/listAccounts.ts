import {
  paginateListAccounts,
  type Account,
  type OrganizationsClient,
} from '@aws-sdk/client-organizations';

export async function listAccounts(organizations: OrganizationsClient): Promise<Account[]> {
  const accounts: Account[] = [];
  for await (const page of paginateListAccounts({ client: organizations, pageSize: 20 }, {})) {
    accounts.push(...(page.Accounts ?? []));
  }
  return accounts;
}
