// One EC2 call from its settings (ec2Actions.ts), in the order EC2 checks a request: the items
// the call lists, then its id lists (an unknown id is the call's NotFound), then Filter.N, then
// MaxResults and NextToken, answered in the call's result member.
import { applyEc2Filters, type FilterFields, type ScalarMember } from './applyEc2Filters.js';
import { awsError, type AwsError } from './awsError.js';
import type { SchemaRef } from './compileXmlWriter.js';
import type { FixtureIndex, RegionIndex } from './fixtureIndex.js';
import { pageErrors } from './pageErrors.js';
import { pageOf, type PageLimits } from './pageOf.js';
import type { QueryParams } from './queryParams.js';

export interface Ec2Context {
  action: string;
  params: QueryParams;
  accountId: string;
  region: RegionIndex;
  index: FixtureIndex;
  forcedPageSize: number | undefined;
}

export interface Ec2Action {
  output: SchemaRef;
  handle(ctx: Ec2Context): object;
}

export interface IdList {
  /** The error for an id that names no item. */
  notFound: (id: string) => AwsError;
  /** EC2 refuses the list together with MaxResults. */
  notWithMaxResults?: true;
}

export interface Ec2ListSettings<T> {
  /** The output shape the XML answer is written from. */
  output: SchemaRef;
  /** What the call lists, before ids and filters; may refuse the request. */
  items: (ctx: Ec2Context) => readonly T[];
  /** Id-list parameters (`SubnetId.N`), each named as the item member it matches. */
  ids?: Partial<Record<ScalarMember<T>, IdList>>;
  /** The Filter.N names the call accepts; absent: Filter.N is not read. */
  filters?: FilterFields<T>;
  /** MaxResults' range; absent: not paginated, one answer holds every item. */
  page?: PageLimits;
  /** The result member the items are answered in. */
  result: string;
  /** Members answered beside the list, from every item the call lists (before ids and pages). */
  extra?: (items: readonly T[]) => object;
}

/** `The subnet ID 'subnet-0123' does not exist`, under `code`. */
export function doesNotExist(code: string, noun: string): IdList {
  return { notFound: (id) => awsError('ec2', code, `The ${noun} ID '${id}' does not exist`) };
}

/** Items named by an id list (all of them when empty); an unknown id is `notFound`. */
function byIds<T>(
  items: readonly T[],
  ids: string[],
  idOf: (item: T) => string | undefined,
  notFound: (id: string) => Error,
): readonly T[] {
  if (ids.length === 0) return items;
  const wanted = new Set(ids);
  const found = items.filter((item) => wanted.has(idOf(item) ?? ''));
  const seen = new Set(found.map(idOf));
  const missing = ids.find((id) => !seen.has(id));
  if (missing !== undefined) throw notFound(missing);
  return found;
}

function page<T>(ctx: Ec2Context, items: readonly T[], limits: PageLimits) {
  const { params } = ctx;
  // The token and MaxResults may change between pages; the rest of the query may not.
  const query = Object.entries(params.tree).filter(
    ([k]) => k !== 'NextToken' && k !== 'MaxResults',
  );
  return pageOf(
    items,
    {
      maxResults: params.number('MaxResults'),
      nextToken: params.string('NextToken'),
      scope: [ctx.action, ctx.accountId, ctx.region.name, JSON.stringify(query)].join('|'),
      forcedPageSize: ctx.forcedPageSize,
    },
    limits,
    pageErrors.ec2,
  );
}

function answer<T>(settings: Ec2ListSettings<T>, ctx: Ec2Context): object {
  const { params } = ctx;
  const idLists = Object.entries(settings.ids ?? {}) as [ScalarMember<T>, IdList][];
  for (const [param, list] of idLists) {
    if (list.notWithMaxResults && params.list(param).length > 0 && params.number('MaxResults')) {
      throw awsError(
        'ec2',
        'InvalidParameterCombination',
        `The parameter ${param}s cannot be used with the parameter MaxResults`,
      );
    }
  }
  let items = settings.items(ctx);
  const extra = settings.extra?.(items) ?? {};
  for (const [param, list] of idLists) {
    items = byIds(items, params.list(param), (item) => item[param] as string, list.notFound);
  }
  if (settings.filters) items = applyEc2Filters(items, params.filters(), settings.filters);
  if (!settings.page) return { ...extra, [settings.result]: items };
  const p = page(ctx, items, settings.page);
  return { ...extra, [settings.result]: p.items, NextToken: p.nextToken };
}

export function ec2ListAction<T>(settings: Ec2ListSettings<T>): Ec2Action {
  return { output: settings.output, handle: (ctx) => answer(settings, ctx) };
}
