// Cost Explorer (awsJson1_1, X-Amz-Target AWSInsightsIndexService.*), answered from the
// accounts' billing lines (fixture.ts BillingLine). Its rules, as AWS documents them:
// - The API lives in us-east-1 only (aws partition).
// - The payer rule: the management (payer) account's Cost Explorer answers for every linked
//   account; a member account's only for itself, and only when the management account gives
//   members access (else AccessDeniedException). An account outside any organisation is its own
//   payer and sees itself. A caller tells which it got from the LINKED_ACCOUNT values of the
//   answer (GetCostAndUsage's DimensionValueAttributes, or GetDimensionValues(LINKED_ACCOUNT)):
//   other accounts appear only in a payer's answer.
// - TimePeriod: Start inclusive, End exclusive, `YYYY-MM-DD`; Start before End.
// - GetCostAndUsage: Metrics required; at most two GroupBy; a Dimensions filter matches exact
//   values (MatchOptions EQUALS / CASE_SENSITIVE only), so GetDimensionValues finds the usage
//   types first. Pages with NextPageToken; a token from other parameters is
//   RequestChangedException, an unreadable one InvalidNextTokenException.
// - GetDimensionValues: SearchString, pages of 1000 (MaxResults only applies with SortBy).
// Stand-in limits: dimensions LINKED_ACCOUNT and USAGE_TYPE only; no tags, cost categories or
// SortBy; every cost metric is the line's cost (no discounts or credits); CE's own page size for
// GetCostAndUsage is not documented, the stand-in pages 1000 groups at a time. Anything it does
// not model is refused with a ValidationException that says so, never answered wrongly.
import {
  GetCostAndUsageResponse$,
  GetDimensionValuesResponse$,
  type DimensionValuesWithAttributes,
  type Group,
  type MetricValue,
  type ResultByTime,
} from '@aws-sdk/client-cost-explorer';
import { awsError } from './awsError.js';
import type { SchemaRef } from './compileXmlWriter.js';
import type { BillingLine } from './fixture.js';
import type { JsonContext } from './jsonActions.js';
import { pageErrors } from './pageErrors.js';
import { pageOf, type PageLimits } from './pageOf.js';

/** What a Cost Explorer action sees: the same request context as the other JSON services'. */
type CeContext = JsonContext;

export interface CeAction {
  /** The output shape the answer is serialised with. */
  output: SchemaRef;
  handle(ctx: CeContext): object;
}

/** The only region Cost Explorer's API answers in (ce.us-east-1.amazonaws.com). */
export const COST_EXPLORER_REGION = 'us-east-1';

const PAGE: PageLimits = { min: 1, max: 1000, default: 1000 };
const DIMENSIONS = ['LINKED_ACCOUNT', 'USAGE_TYPE'] as const;
type Dimension = (typeof DIMENSIONS)[number];
const METRICS: ReadonlySet<string> = new Set([
  'AmortizedCost',
  'BlendedCost',
  'NetAmortizedCost',
  'NetUnblendedCost',
  'UnblendedCost',
  'UsageQuantity',
]);

interface Line extends BillingLine {
  accountId: string;
}

const invalid = (message: string) => awsError('ce', 'ValidationException', message);

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string')
    ? (value as string[])
    : undefined;
}

/** Cost Explorer answers in us-east-1 only; and the payer rule decides whose lines it reads. */
function visibleLines(ctx: CeContext): Line[] {
  if (ctx.region !== COST_EXPLORER_REGION) {
    throw awsError(
      'ce',
      'InvalidSignatureException',
      `Credential should be scoped to a valid region, not '${ctx.region}'.`,
    );
  }
  const { index } = ctx;
  const payer =
    index.fixture.organizationsInUse !== false && ctx.accountId === index.managementAccountId;
  const standalone = index.fixture.organizationsInUse === false;
  if (!payer && !standalone && index.fixture.costExplorerMemberAccess === false) {
    throw awsError('ce', 'AccessDeniedException', 'User not enabled for cost explorer access');
  }
  const accounts = payer ? [...index.accounts.values()] : [index.account(ctx.accountId)];
  return accounts.flatMap((a) =>
    (a?.fixture.billing ?? []).map((line) => ({ ...line, accountId: a?.fixture.id ?? '' })),
  );
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function dateOf(value: unknown, member: string): string {
  if (typeof value !== 'string' || !DATE.test(value) || Number.isNaN(Date.parse(value))) {
    throw invalid(`${member} must be a date in the format yyyy-MM-dd, got '${String(value)}'`);
  }
  return value;
}

/** [Start, End) as `YYYY-MM-DD` strings, which compare in date order. */
function timePeriod(input: Record<string, unknown>): { start: string; end: string } {
  const period = record(input['TimePeriod']);
  if (!period) throw invalid('TimePeriod is required');
  const start = dateOf(period['Start'], 'Start');
  const end = dateOf(period['End'], 'End');
  if (start >= end) throw invalid('Start date (and hour) should be before end date (and hour)');
  return { start, end };
}

function dimensionOf(value: unknown): Dimension {
  if (typeof value !== 'string') throw invalid('Dimension is required');
  if (!(DIMENSIONS as readonly string[]).includes(value)) {
    throw invalid(`the stand-in does not model dimension ${value}`);
  }
  return value as Dimension;
}

const valueOf = (line: Line, dimension: Dimension) =>
  dimension === 'LINKED_ACCOUNT' ? line.accountId : line.usageType;

/** An Expression: exactly one of And, Or, Not, Dimensions (Tags and CostCategories not modelled). */
function matcher(expression: unknown): (line: Line) => boolean {
  const e = record(expression);
  if (!e) throw invalid('Expression must be an object');
  const roots = Object.keys(e).filter((k) => e[k] !== undefined);
  if (roots.length !== 1) {
    throw invalid(
      'Expression has more than one roots. Only one root operator is allowed for each expression: And, Or, Not, Dimensions, Tags, CostCategories',
    );
  }
  const [root = ''] = roots;
  const operand = e[root];
  switch (root) {
    case 'And':
    case 'Or': {
      const parts = Array.isArray(operand) ? operand.map(matcher) : [];
      if (parts.length < 2) throw invalid(`${root} needs at least two expressions`);
      return root === 'And'
        ? (line) => parts.every((p) => p(line))
        : (line) => parts.some((p) => p(line));
    }
    case 'Not': {
      const inner = matcher(operand);
      return (line) => !inner(line);
    }
    case 'Dimensions': {
      const d = record(operand) ?? {};
      const dimension = dimensionOf(d['Key']);
      const values = strings(d['Values']);
      if (!values || values.length === 0) throw invalid('Dimensions Values must not be empty');
      const options = strings(d['MatchOptions']) ?? [];
      const unsupported = options.find((o) => o !== 'EQUALS' && o !== 'CASE_SENSITIVE');
      if (unsupported) throw invalid(`MatchOptions ${unsupported} is not supported for Dimensions`);
      const wanted = new Set(values);
      return (line) => wanted.has(valueOf(line, dimension));
    }
    default:
      throw invalid(`the stand-in does not model ${root} filters`);
  }
}

function filtered(ctx: CeContext, lines: Line[], period: { start: string; end: string }) {
  const within = lines.filter((l) => l.date >= period.start && l.date < period.end);
  const filter = ctx.input['Filter'];
  return filter === undefined ? within : within.filter(matcher(filter));
}

function page<T>(ctx: CeContext, items: readonly T[]) {
  const { NextPageToken, ...query } = ctx.input;
  const token = typeof NextPageToken === 'string' ? NextPageToken : undefined;
  return pageOf(
    items,
    {
      // MaxResults only applies with SortBy, which the stand-in refuses.
      maxResults: undefined,
      nextToken: token,
      // A token is bound to the caller and every other parameter.
      scope: [ctx.action, ctx.accountId, JSON.stringify(query)].join('|'),
      forcedPageSize: ctx.forcedPageSize,
    },
    PAGE,
    pageErrors.ce,
  );
}

function accountName(ctx: CeContext, id: string): string {
  return ctx.index.account(id)?.fixture.name ?? id;
}

function getDimensionValues(ctx: CeContext): object {
  const { input } = ctx;
  const dimension = dimensionOf(input['Dimension']);
  if ((input['Context'] ?? 'COST_AND_USAGE') !== 'COST_AND_USAGE') {
    throw invalid(`the stand-in does not model Context ${String(input['Context'])}`);
  }
  if (input['SortBy'] !== undefined) throw invalid('the stand-in does not model SortBy');
  const period = timePeriod(input);
  const search = typeof input['SearchString'] === 'string' ? input['SearchString'] : '';
  const lines = filtered(ctx, visibleLines(ctx), period);
  const values = [...new Set(lines.map((l) => valueOf(l, dimension)))]
    .filter((v) => v.toLowerCase().includes(search.toLowerCase()))
    .sort();
  const all = values.map((Value): DimensionValuesWithAttributes => ({
    Value,
    Attributes: (dimension === 'LINKED_ACCOUNT'
      ? { description: accountName(ctx, Value) }
      : { unit: 'Hrs' }) as Record<string, string>,
  }));
  const p = page(ctx, all);
  return {
    DimensionValues: p.items,
    ReturnSize: p.items.length,
    TotalSize: all.length,
    NextPageToken: p.nextToken,
  };
}

/** The periods [Start, End) splits into: calendar days, or calendar months clipped to it. */
function periodsOf(
  start: string,
  end: string,
  granularity: string,
): { start: string; end: string }[] {
  const periods: { start: string; end: string }[] = [];
  let from = new Date(`${start}T00:00:00Z`);
  const until = new Date(`${end}T00:00:00Z`);
  while (from < until) {
    const next =
      granularity === 'DAILY'
        ? new Date(from.getTime() + 86_400_000)
        : new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1));
    const to = next < until ? next : until;
    periods.push({ start: from.toISOString().slice(0, 10), end: to.toISOString().slice(0, 10) });
    from = to;
  }
  return periods;
}

/** Cost Explorer's amounts are decimal strings. */
const amount = (n: number) => String(Number(n.toFixed(10)));

function metrics(lines: readonly Line[], names: readonly string[]): Record<string, MetricValue> {
  const hours = lines.reduce((n, l) => n + l.hours, 0);
  const cost = lines.reduce((n, l) => n + l.costUsd, 0);
  return Object.fromEntries(
    names.map((name) => [
      name,
      name === 'UsageQuantity'
        ? { Amount: amount(hours), Unit: 'Hrs' }
        : { Amount: amount(cost), Unit: 'USD' },
    ]),
  );
}

function groupKeys(input: Record<string, unknown>): Dimension[] {
  if (input['GroupBy'] === undefined) return [];
  const groupBy = Array.isArray(input['GroupBy']) ? input['GroupBy'] : [];
  if (groupBy.length > 2) throw invalid('You can group by at most two dimensions');
  return groupBy.map((g) => {
    const group = record(g) ?? {};
    if (group['Type'] !== 'DIMENSION') {
      throw invalid(`the stand-in does not model GroupBy type ${String(group['Type'])}`);
    }
    return dimensionOf(group['Key']);
  });
}

function checkedMetrics(input: Record<string, unknown>): string[] {
  const names = strings(input['Metrics']);
  if (!names || names.length === 0) throw invalid('Metrics is required for GetCostAndUsage');
  const unknown = names.find((m) => !METRICS.has(m));
  if (unknown) throw invalid(`the stand-in does not model metric ${unknown}`);
  return names;
}

interface Entry {
  period: { start: string; end: string };
  group?: Group;
}

/** Each period's groups, one entry each (a period without any still answers, empty). */
function entries(
  lines: readonly Line[],
  periods: readonly { start: string; end: string }[],
  keys: readonly Dimension[],
  names: readonly string[],
): Entry[] {
  return periods.flatMap((period) => {
    const inPeriod = lines.filter((l) => l.date >= period.start && l.date < period.end);
    if (keys.length === 0) return [{ period }];
    const groups = new Map<string, Line[]>();
    for (const line of inPeriod) {
      const key = JSON.stringify(keys.map((k) => valueOf(line, k)));
      groups.set(key, [...(groups.get(key) ?? []), line]);
    }
    const sorted = [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (sorted.length === 0) return [{ period }];
    return sorted.map(([key, ls]) => ({
      period,
      group: { Keys: JSON.parse(key) as string[], Metrics: metrics(ls, names) },
    }));
  });
}

function getCostAndUsage(ctx: CeContext): object {
  const { input } = ctx;
  const period = timePeriod(input);
  const granularity = input['Granularity'];
  if (granularity === 'HOURLY') throw invalid('Hourly granularity is not enabled for this account');
  if (granularity !== 'DAILY' && granularity !== 'MONTHLY') {
    throw invalid(`Granularity must be DAILY, MONTHLY or HOURLY, got '${String(granularity)}'`);
  }
  const names = checkedMetrics(input);
  const keys = groupKeys(input);
  const lines = filtered(ctx, visibleLines(ctx), period);
  const periods = periodsOf(period.start, period.end, granularity);
  const p = page(ctx, entries(lines, periods, keys, names));
  // The current month's figures are estimated until the month closes.
  const monthStart = new Date(Date.UTC(ctx.now.getUTCFullYear(), ctx.now.getUTCMonth(), 1));
  const results = new Map<string, ResultByTime>();
  for (const entry of p.items) {
    const id = entry.period.start;
    let result = results.get(id);
    if (!result) {
      const inPeriod = lines.filter(
        (l) => l.date >= entry.period.start && l.date < entry.period.end,
      );
      result = {
        TimePeriod: { Start: entry.period.start, End: entry.period.end },
        Total: keys.length === 0 ? metrics(inPeriod, names) : {},
        Groups: [],
        Estimated: new Date(`${entry.period.end}T00:00:00Z`) > monthStart,
      };
      results.set(id, result);
    }
    if (entry.group) result.Groups?.push(entry.group);
  }
  const accounts = keys.includes('LINKED_ACCOUNT')
    ? [
        ...new Set(
          p.items.flatMap((e) =>
            e.group ? [e.group.Keys?.[keys.indexOf('LINKED_ACCOUNT')] ?? ''] : [],
          ),
        ),
      ]
    : [];
  return {
    ...(keys.length > 0 ? { GroupDefinitions: input['GroupBy'] } : {}),
    ResultsByTime: [...results.values()],
    DimensionValueAttributes: accounts.sort().map((Value) => ({
      Value,
      Attributes: { description: accountName(ctx, Value) },
    })),
    NextPageToken: p.nextToken,
  };
}

export const costExplorerActions: Record<string, CeAction> = {
  GetDimensionValues: { output: GetDimensionValuesResponse$, handle: getDimensionValues },
  GetCostAndUsage: { output: GetCostAndUsageResponse$, handle: getCostAndUsage },
};
