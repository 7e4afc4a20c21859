// Session policies as STS applies them: a session assumed with `Policy` can make only the calls
// that policy allows (on top of whatever the role allows). The stand-in enforces them so that a
// scan whose session policy forgot an action fails here as it would on AWS. Only what the tool's
// policies use is modelled: Allow statements, Action and Resource lists with `*` wildcards.
export interface PolicyStatement {
  actions: RegExp[];
  resources: RegExp[];
}

/** IAM's wildcard match: `*` any run of characters, `?` one; case-insensitive for actions. */
export function wildcard(pattern: string, flags = ''): RegExp {
  const body = pattern
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\/]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, flags);
}

const list = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.map(String) : [];

/** The Allow statements of a policy document (already checked to be JSON by AssumeRole). */
export function parseSessionPolicy(document: string): PolicyStatement[] {
  const parsed = JSON.parse(document) as { Statement?: unknown };
  const statements = Array.isArray(parsed.Statement) ? parsed.Statement : [parsed.Statement];
  return statements
    .filter((s): s is Record<string, unknown> => typeof s === 'object' && s !== null)
    .filter((s) => s['Effect'] === 'Allow')
    .map((s) => ({
      actions: list(s['Action']).map((a) => wildcard(a, 'i')),
      resources: list(s['Resource']).map((r) => wildcard(r)),
    }));
}

/** Whether `action` (e.g. `ec2:DescribeAddresses`) on `resource` is allowed. */
export function policyAllows(
  statements: readonly PolicyStatement[],
  action: string,
  resource = '*',
): boolean {
  return statements.some(
    (s) => s.actions.some((a) => a.test(action)) && s.resources.some((r) => r.test(resource)),
  );
}
