import { paginateListChildren, type OrganizationsClient } from '@aws-sdk/client-organizations';
import { pageItems } from './answers.js';

/** The ids of the OUs directly in one root or OU (ListChildren, ORGANIZATIONAL_UNIT), all pages. */
export async function listChildOrganizationalUnits(
  organizations: OrganizationsClient,
  parentId: string,
): Promise<string[]> {
  const children = await pageItems(
    paginateListChildren(
      { client: organizations, pageSize: 20 },
      { ParentId: parentId, ChildType: 'ORGANIZATIONAL_UNIT' },
    ),
    (page) => page.Children,
    { fromAws: true },
  );
  return children.flatMap((child) => (child.Id ? [child.Id] : []));
}
