// Organizations and Global Accelerator (awsJson1_1, X-Amz-Target). Organizations answers
// ListAccounts and the tree (ListChildren, ListAccountsForParent) only to the management account
// (or a delegated admin); Global Accelerator answers the caller's own accelerators, and only in
// us-west-2, where its API lives.
import type { Account, Child } from '@aws-sdk/client-organizations';
import { awsError } from './awsError.js';
import type { FixtureIndex } from './fixtureIndex.js';
import { pageErrors } from './pageErrors.js';
import { pageOf, type PageLimits } from './pageOf.js';

export interface JsonContext {
  action: string;
  input: Record<string, unknown>;
  accountId: string;
  region: string;
  index: FixtureIndex;
  forcedPageSize: number | undefined;
  now: Date;
}

export type JsonAction = (ctx: JsonContext) => object;

function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * One page of `items`, answered in `member` with the page's NextToken; a token is good only for
 * the same action, caller and `query` (e.g. the parent whose children are listed).
 */
function listAnswer<T>(
  ctx: JsonContext,
  service: 'organizations' | 'globalaccelerator',
  member: string,
  items: readonly T[],
  limits: PageLimits,
  query: readonly string[] = [],
): object {
  const p = pageOf(
    items,
    {
      maxResults: numberOf(ctx.input['MaxResults']),
      nextToken: stringOf(ctx.input['NextToken']),
      scope: [ctx.action, ctx.accountId, ...query].join('|'),
      forcedPageSize: ctx.forcedPageSize,
    },
    limits,
    pageErrors[service],
  );
  return { [member]: p.items, NextToken: p.nextToken };
}

function organizationsInUse(ctx: JsonContext): void {
  if (ctx.index.fixture.organizationsInUse === false) {
    throw awsError('organizations', 'AWSOrganizationsNotInUseException');
  }
}

function accountArn(index: FixtureIndex, id: string): string {
  return `arn:${index.partition}:organizations::${index.managementAccountId}:account/${index.organizationId}/${id}`;
}

/** An account as ListAccounts and ListAccountsForParent answer it. */
function accountOf(index: FixtureIndex, id: string): Account | undefined {
  const a = index.account(id);
  return (
    a && {
      Id: a.fixture.id,
      Arn: accountArn(index, a.fixture.id),
      Email: a.email,
      Name: a.fixture.name,
      Status: a.fixture.status,
      State: a.fixture.status,
      JoinedMethod: a.fixture.id === index.managementAccountId ? 'CREATED' : 'INVITED',
      JoinedTimestamp: a.joinedTimestamp,
    }
  );
}

/** Only the management account and delegated administrators may read the organisation. */
function administrator(ctx: JsonContext): void {
  organizationsInUse(ctx);
  const { index } = ctx;
  const admins = [index.managementAccountId, ...(index.fixture.delegatedAdminAccountIds ?? [])];
  if (!admins.includes(ctx.accountId)) throw awsError('organizations', 'AccessDeniedException');
}

const ORGANIZATIONS_PAGES: PageLimits = { min: 1, max: 20, default: 20 };
const PARENT_ID = /^(?:r-[0-9a-z]{4,32}|ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$/;

/** The request's ParentId: malformed is InvalidInputException, unknown ParentNotFoundException. */
function parentOf(ctx: JsonContext): string {
  const parent = stringOf(ctx.input['ParentId']);
  if (parent === undefined) {
    throw awsError('organizations', 'InvalidInputException', 'ParentId is required.', {
      Reason: 'INPUT_REQUIRED',
    });
  }
  if (!PARENT_ID.test(parent)) {
    throw awsError(
      'organizations',
      'InvalidInputException',
      'You provided a value that does not match the required pattern.',
      { Reason: 'INVALID_PATTERN' },
    );
  }
  if (!ctx.index.isParent(parent)) throw awsError('organizations', 'ParentNotFoundException');
  return parent;
}

export const organizationsActions: Record<string, JsonAction> = {
  ListAccounts(ctx) {
    administrator(ctx);
    const { index } = ctx;
    const accounts = [...index.accounts.keys()].map((id) => accountOf(index, id) as Account);
    return listAnswer(ctx, 'organizations', 'Accounts', accounts, ORGANIZATIONS_PAGES);
  },

  /** The accounts directly in one root or OU, not those of the OUs under it. */
  ListAccountsForParent(ctx) {
    administrator(ctx);
    const parent = parentOf(ctx);
    const { index } = ctx;
    const accounts = (index.accountsOf.get(parent) ?? []).map(
      (id) => accountOf(index, id) as Account,
    );
    return listAnswer(ctx, 'organizations', 'Accounts', accounts, ORGANIZATIONS_PAGES, [parent]);
  },

  /** The OUs or the accounts directly in one root or OU, as ids with their type. */
  ListChildren(ctx) {
    administrator(ctx);
    const parent = parentOf(ctx);
    const type = stringOf(ctx.input['ChildType']);
    if (type !== 'ACCOUNT' && type !== 'ORGANIZATIONAL_UNIT') {
      throw awsError('organizations', 'InvalidInputException', 'You specified an invalid value.', {
        Reason: type === undefined ? 'INPUT_REQUIRED' : 'INVALID_ENUM',
      });
    }
    const ids = type === 'ACCOUNT' ? ctx.index.accountsOf.get(parent) : ctx.index.ousOf.get(parent);
    const children: Child[] = (ids ?? []).map((Id) => ({ Id, Type: type }));
    return listAnswer(ctx, 'organizations', 'Children', children, ORGANIZATIONS_PAGES, [
      parent,
      type,
    ]);
  },

  DescribeOrganization(ctx) {
    organizationsInUse(ctx);
    const { index } = ctx;
    const management = index.account(index.managementAccountId);
    return {
      Organization: {
        Id: index.organizationId,
        Arn: `arn:${index.partition}:organizations::${index.managementAccountId}:organization/${index.organizationId}`,
        FeatureSet: 'ALL',
        MasterAccountArn: accountArn(index, index.managementAccountId),
        MasterAccountId: index.managementAccountId,
        MasterAccountEmail: management?.email,
        AvailablePolicyTypes: [],
      },
    };
  },
};

/** The only region Global Accelerator's API answers in. */
export const GLOBAL_ACCELERATOR_REGION = 'us-west-2';

function inApiRegion(ctx: JsonContext): void {
  if (ctx.region !== GLOBAL_ACCELERATOR_REGION) {
    throw awsError(
      'globalaccelerator',
      'InvalidSignatureException',
      `Credential should be scoped to a valid region, not '${ctx.region}'. Global Accelerator's API is in ${GLOBAL_ACCELERATOR_REGION}.`,
    );
  }
}

const ACCELERATOR_PAGES: PageLimits = { min: 1, max: 100, default: 10 };

/** The caller's own accelerators of one kind; both calls answer them as `Accelerators`. */
function listAccelerators(kind: 'accelerators' | 'customRoutingAccelerators'): JsonAction {
  return (ctx) => {
    inApiRegion(ctx);
    const items = ctx.index.account(ctx.accountId)?.fixture[kind] ?? [];
    return listAnswer(ctx, 'globalaccelerator', 'Accelerators', items, ACCELERATOR_PAGES);
  };
}

export const globalAcceleratorActions: Record<string, JsonAction> = {
  ListAccelerators: listAccelerators('accelerators'),
  ListCustomRoutingAccelerators: listAccelerators('customRoutingAccelerators'),
};
