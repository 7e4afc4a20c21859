// Organizations and Global Accelerator (awsJson1_1, X-Amz-Target). Organizations answers
// ListAccounts only to the management account (or a delegated admin); Global Accelerator
// answers the caller's own accelerators, and only in us-west-2, where its API lives.
import type { Account } from '@aws-sdk/client-organizations';
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

/** One page of `items`, answered in `member` with the page's NextToken. */
function listAnswer<T>(
  ctx: JsonContext,
  service: 'organizations' | 'globalaccelerator',
  member: string,
  items: readonly T[],
  limits: PageLimits,
): object {
  const p = pageOf(
    items,
    {
      maxResults: numberOf(ctx.input['MaxResults']),
      nextToken: stringOf(ctx.input['NextToken']),
      scope: [ctx.action, ctx.accountId].join('|'),
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

export const organizationsActions: Record<string, JsonAction> = {
  ListAccounts(ctx) {
    organizationsInUse(ctx);
    const { index } = ctx;
    const admins = [index.managementAccountId, ...(index.fixture.delegatedAdminAccountIds ?? [])];
    if (!admins.includes(ctx.accountId)) throw awsError('organizations', 'AccessDeniedException');
    const accounts: Account[] = [...index.accounts.values()].map((a) => ({
      Id: a.fixture.id,
      Arn: accountArn(index, a.fixture.id),
      Email: a.email,
      Name: a.fixture.name,
      Status: a.fixture.status,
      State: a.fixture.status,
      JoinedMethod: a.fixture.id === index.managementAccountId ? 'CREATED' : 'INVITED',
      JoinedTimestamp: a.joinedTimestamp,
    }));
    return listAnswer(ctx, 'organizations', 'Accounts', accounts, { min: 1, max: 20, default: 20 });
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
