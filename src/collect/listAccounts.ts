import {
  paginateListAccounts,
  type Account,
  type OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { pageItems } from './answers.js';

export function listAccounts(organizations: OrganizationsClient): Promise<Account[]> {
  return pageItems(
    paginateListAccounts({ client: organizations, pageSize: 20 }, {}),
    (page) => page.Accounts,
    { fromAws: true },
  );
}
