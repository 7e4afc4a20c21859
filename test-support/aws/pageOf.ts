// One page of a list, as the paginated AWS APIs serve it: MaxResults within the API's range,
// an opaque NextToken bound to the query that made it, and no token on the last page.
import { createHash } from 'node:crypto';
import type { AwsError } from './awsError.js';

export interface PageLimits {
  min: number;
  max: number;
  /** Page size without MaxResults; undefined: everything in one answer (most EC2 APIs). */
  default?: number;
}

export interface PageRequest {
  maxResults: number | undefined;
  nextToken: string | undefined;
  /** Identifies the query (action, caller, filters); a token only works for the same query. */
  scope: string;
  /** A page size the stand-in forces on top of the caller's, to exercise pagination. */
  forcedPageSize?: number | undefined;
}

export interface PageErrors {
  invalidToken: () => AwsError;
  invalidMaxResults: (value: number, limits: PageLimits) => AwsError;
  /** A token this service issued for another query (Cost Explorer's RequestChangedException). */
  changedRequest?: () => AwsError;
}

export interface Page<T> {
  items: T[];
  nextToken?: string;
}

function scopeHash(scope: string): string {
  return createHash('sha256').update(scope).digest('base64url').slice(0, 16);
}

/** The offset a token names; `foreign` for one issued for another query; else undefined. */
function readToken(token: string, scope: string): number | 'foreign' | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { s, o } = parsed as { s?: unknown; o?: unknown };
    if (typeof s !== 'string' || !Number.isInteger(o) || (o as number) <= 0) return undefined;
    return s === scopeHash(scope) ? (o as number) : 'foreign';
  } catch {
    return undefined;
  }
}

export function pageOf<T>(
  items: readonly T[],
  request: PageRequest,
  limits: PageLimits,
  errors: PageErrors,
): Page<T> {
  const { maxResults, nextToken, forcedPageSize } = request;
  if (maxResults !== undefined) {
    if (!Number.isInteger(maxResults) || maxResults < limits.min || maxResults > limits.max) {
      throw errors.invalidMaxResults(maxResults, limits);
    }
  }
  let start = 0;
  if (nextToken !== undefined && nextToken !== '') {
    const offset = readToken(nextToken, request.scope);
    if (offset === 'foreign' && errors.changedRequest) throw errors.changedRequest();
    if (typeof offset !== 'number' || offset > items.length) throw errors.invalidToken();
    start = offset;
  }
  const sizes = [maxResults ?? limits.default, forcedPageSize].filter(
    (n): n is number => n !== undefined,
  );
  const size = sizes.length > 0 ? Math.min(...sizes) : items.length - start;
  const end = Math.min(items.length, start + size);
  const page: Page<T> = { items: items.slice(start, end) };
  if (end < items.length) {
    page.nextToken = Buffer.from(JSON.stringify({ s: scopeHash(request.scope), o: end })).toString(
      'base64url',
    );
  }
  return page;
}
