import {
  paginateListAccountsForParent,
  type Account,
  type OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { pageItems } from './answers.js';

/** The accounts directly in one root or OU (not those of the OUs under it), all pages. */
export function listAccountsForParent(
  organizations: OrganizationsClient,
  parentId: string,
): Promise<Account[]> {
  return pageItems(
    paginateListAccountsForParent({ client: organizations, pageSize: 20 }, { ParentId: parentId }),
    (page) => page.Accounts,
    { fromAws: true },
  );
}
