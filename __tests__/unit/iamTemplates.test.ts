// The CloudFormation templates in iam/ grant what the scan calls, exactly: the member role the
// read calls of src/aws/sessionPolicy.ts (the calls its session policy allows), the GitHub role
// those plus the organisation's account listings and sts:AssumeRole on the member role. A call added to
// the scan without the templates (or the other way round) fails here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, type CollectionTag, type ScalarTag, type YAMLSeq } from 'yaml';
import { ACTION_MEMBER_ROLE_NAME } from '../../src/action/inputs.js';
import {
  BILLING_ACTIONS,
  callerSessionPolicy,
  IPAM_ACTIONS,
  IPAM_SESSION_POLICY,
  ORGANIZATION_ACTIONS,
  READ_ACTIONS,
  SESSION_POLICY,
} from '../../src/aws/sessionPolicy.js';
import { DEFAULTS } from '../../src/options/options.js';

const IAM = path.resolve(import.meta.dirname, '..', '..', 'iam');

/** CloudFormation's short forms (`!Ref x`, `!If [c, a, b]`) read as their long forms. */
const FUNCTIONS = ['Sub', 'GetAtt', 'If', 'Equals', 'Not', 'And', 'Or', 'Join', 'Select'];
const cfnTags: (ScalarTag | CollectionTag)[] = [
  { tag: '!Ref', resolve: (value: string) => ({ Ref: value }) },
  ...FUNCTIONS.flatMap((name): (ScalarTag | CollectionTag)[] => [
    { tag: `!${name}`, resolve: (value: string) => ({ [`Fn::${name}`]: value }) },
    {
      tag: `!${name}`,
      collection: 'seq',
      resolve: (seq: YAMLSeq) => ({ [`Fn::${name}`]: seq.toJSON() as unknown }),
    } as CollectionTag,
  ]),
];

interface Statement {
  Sid?: string;
  Effect: string;
  Action: string | string[];
  Resource?: unknown;
  Principal?: unknown;
  Condition?: unknown;
}
interface Template {
  AWSTemplateFormatVersion: string;
  Description: string;
  Parameters: Record<string, { Type: string; Default?: string; AllowedValues?: string[] }>;
  Conditions: Record<string, unknown>;
  Resources: Record<
    string,
    { Type: string; Condition?: string; Properties: Record<string, unknown> }
  >;
  Outputs: Record<string, { Value: unknown }>;
}

function template(name: string): Template {
  return parse(readFileSync(path.join(IAM, name), 'utf8'), { customTags: cfnTags }) as Template;
}

type Conditional = { 'Fn::If': [string, Statement, unknown] };
const isConditional = (s: Statement | Conditional): s is Conditional => 'Fn::If' in s;

function allStatements(role: { Properties: Record<string, unknown> }) {
  const policies = role.Properties.Policies as {
    PolicyDocument: { Statement: (Statement | Conditional)[] };
  }[];
  return policies.flatMap((p) => p.PolicyDocument.Statement);
}

/** The statements of every inline policy of a role that are always there. */
function permissions(role: { Properties: Record<string, unknown> }): Statement[] {
  return allStatements(role).filter((s): s is Statement => !isConditional(s));
}

/** The statements behind a condition, by the condition's name; nothing when it is false. */
function conditional(role: { Properties: Record<string, unknown> }): Record<string, Statement> {
  const found: Record<string, Statement> = {};
  for (const s of allStatements(role).filter(isConditional)) {
    const [condition, statement, otherwise] = s['Fn::If'];
    expect(otherwise).toEqual({ Ref: 'AWS::NoValue' });
    found[condition] = statement;
  }
  return found;
}

const actions = (statement: Statement | undefined) =>
  [statement?.Action ?? []].flat().sort((a, b) => a.localeCompare(b));
const sorted = (list: readonly string[]) => [...list].sort((a, b) => a.localeCompare(b));

/** Every Ref and Fn::Sub ${Name} in a value, to check that each names a parameter or resource. */
function references(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(references);
  if (value === null || typeof value !== 'object') return [];
  const found: string[] = [];
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'Ref' && typeof inner === 'string') found.push(inner);
    if (key === 'Fn::Sub') {
      const text = Array.isArray(inner) ? inner[0] : inner;
      if (typeof text === 'string') {
        for (const [, name = ''] of text.matchAll(/\$\{([\w:]+)\}/g)) found.push(name);
      }
    }
    if (key === 'Fn::GetAtt' && typeof inner === 'string') found.push(inner.split('.')[0] ?? '');
    found.push(...references(inner));
  }
  return found;
}

describe.each(['github-role.yml', 'member-role.yml'])('iam/%s', (name) => {
  const t = template(name);

  it('is a CloudFormation template with parameters, conditions, resources and outputs', () => {
    expect(t.AWSTemplateFormatVersion).toBe('2010-09-09');
    expect(t.Description).toMatch(/^aws-ipv4-audit - /);
    for (const section of ['Parameters', 'Conditions', 'Resources', 'Outputs'] as const) {
      expect(Object.keys(t[section] ?? {}).length, section).toBeGreaterThan(0);
    }
  });

  it('refers only to its parameters, resources and pseudo parameters', () => {
    const known = new Set([...Object.keys(t.Parameters), ...Object.keys(t.Resources)]);
    for (const ref of references([t.Resources, t.Outputs])) {
      if (ref.startsWith('AWS::')) {
        expect(['AWS::Partition', 'AWS::AccountId', 'AWS::NoValue', 'AWS::Region']).toContain(ref);
      } else expect(known, ref).toContain(ref);
    }
    for (const resource of Object.values(t.Resources)) {
      if (resource.Condition) expect(Object.keys(t.Conditions)).toContain(resource.Condition);
    }
  });

  it('allows only, never denies or writes: every action a Describe, Get or List call, or the two the audit role needs', () => {
    for (const resource of Object.values(t.Resources).filter((r) => r.Type === 'AWS::IAM::Role')) {
      for (const statement of [...permissions(resource), ...Object.values(conditional(resource))]) {
        expect(statement.Effect).toBe('Allow');
        for (const action of actions(statement)) {
          expect(action).toMatch(
            /^(?:[a-z0-9]+:(?:Describe|Get|List)[A-Za-z]+|sts:AssumeRole|organizations:ListAccounts)$/,
          );
        }
      }
    }
  });
});

describe('iam/member-role.yml', () => {
  const t = template('member-role.yml');
  const role = t.Resources.MemberRole;

  it('grants exactly the read calls of the scan, as the session policy does', () => {
    expect(role?.Type).toBe('AWS::IAM::Role');
    const statements = permissions(role!);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ Effect: 'Allow', Resource: '*' });
    expect(actions(statements[0])).toEqual(sorted(READ_ACTIONS));
    const session = JSON.parse(SESSION_POLICY) as { Statement: Statement[] };
    expect(actions(statements[0])).toEqual(actions(session.Statement[0]));
  });

  it('is named by a parameter, for member-role-name, and trusts only the audit role', () => {
    expect(role?.Properties.RoleName).toEqual({ Ref: 'MemberRoleName' });
    expect(t.Parameters.MemberRoleName?.Default).toBe('ipv4-audit-member');
    const [trust, ...more] = (
      role?.Properties.AssumeRolePolicyDocument as { Statement: Statement[] }
    ).Statement;
    expect(more).toEqual([]);
    expect(trust).toMatchObject({
      Effect: 'Allow',
      Action: 'sts:AssumeRole',
      Principal: { AWS: { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AuditAccountId}:root' } },
    });
    const principalArn = {
      'aws:PrincipalArn': {
        'Fn::Sub': 'arn:${AWS::Partition}:iam::${AuditAccountId}:role/${AuditRoleName}',
      },
    };
    // ExternalId is required only when the parameter is set; the role ARN always.
    expect(trust?.Condition).toEqual({
      'Fn::If': [
        'RequireExternalId',
        {
          ArnEquals: principalArn,
          StringEquals: { 'sts:ExternalId': { Ref: 'ExternalId' } },
        },
        { ArnEquals: principalArn },
      ],
    });
    expect(t.Conditions.RequireExternalId).toEqual({
      'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'ExternalId' }, ''] }],
    });
    expect(t.Parameters.ExternalId?.Default).toBe('');
  });

  it('needs nothing a service-managed StackSet cannot give: one role, no region-specific resource', () => {
    expect(Object.values(t.Resources).map((r) => r.Type)).toEqual(['AWS::IAM::Role']);
    expect(Object.keys(t.Parameters).sort()).toEqual(
      ['AllowIpam', 'AuditAccountId', 'AuditRoleName', 'ExternalId', 'MemberRoleName'].sort(),
    );
  });

  it("grants IPAM's call only with AllowIpam (the IPAM account), as its session policy allows", () => {
    expect(t.Parameters.AllowIpam).toMatchObject({
      Default: 'false',
      AllowedValues: ['true', 'false'],
    });
    expect(t.Conditions.GrantIpam).toEqual({ 'Fn::Equals': [{ Ref: 'AllowIpam' }, 'true'] });
    const ipam = conditional(role!);
    expect(Object.keys(ipam)).toEqual(['GrantIpam']);
    expect(ipam.GrantIpam).toMatchObject({ Effect: 'Allow', Resource: '*' });
    expect(actions(ipam.GrantIpam)).toEqual(['ec2:GetIpamDiscoveredPublicAddresses']);
    const session = JSON.parse(IPAM_SESSION_POLICY) as { Statement: Statement[] };
    expect(session.Statement.flatMap(actions)).toEqual(sorted(IPAM_ACTIONS));
    expect(actions(ipam.GrantIpam)).toEqual(sorted(IPAM_ACTIONS));
  });
});

describe('iam/github-role.yml', () => {
  const t = template('github-role.yml');
  const role = t.Resources.GitHubRole;

  it('names the role the action assumes by default: deployed as documented, nothing is refused', () => {
    const action = parse(readFileSync(path.join(IAM, '..', 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
    };
    const memberDefault = template('member-role.yml').Parameters.MemberRoleName?.Default;
    expect(t.Parameters.MemberRoleName?.Default).toBe(memberDefault);
    expect(action.inputs['member-role-name']?.default).toBe(memberDefault);
    expect(ACTION_MEMBER_ROLE_NAME).toBe(memberDefault);
    // The CLI keeps the Python script's default, for drop-in parity.
    expect(DEFAULTS.memberRoleName).toBe('OrganizationAccountAccessRole');
  });

  it("grants the read calls, the organisation's listings and sts:AssumeRole on the member role: the OIDC session policy's calls", () => {
    const statements = permissions(role!);
    const all = sorted(statements.flatMap(actions));
    expect(all).toEqual(sorted([...READ_ACTIONS, ...ORGANIZATION_ACTIONS, 'sts:AssumeRole']));
    expect(ORGANIZATION_ACTIONS).toEqual([
      'organizations:ListAccounts',
      'organizations:ListAccountsForParent',
      'organizations:ListChildren',
    ]);
    const session = JSON.parse(callerSessionPolicy(true, 'ipv4-audit-member')) as {
      Statement: Statement[];
    };
    expect(all).toEqual(sorted(session.Statement.flatMap(actions)));
    const read = statements.find((s) => s.Sid === 'ScanOwnAccount');
    expect(read?.Resource).toBe('*');
    expect(actions(read)).toEqual(sorted(READ_ACTIONS));
    expect(statements.find((s) => s.Action === 'sts:AssumeRole')?.Resource).toEqual({
      'Fn::Sub': 'arn:${AWS::Partition}:iam::*:role/${MemberRoleName}',
    });
    expect(t.Parameters.MemberRoleName?.Default).toBe('ipv4-audit-member');
    expect(t.Parameters.RoleName?.Default).toBe('ipv4-audit-github');
  });

  it("grants the reconciliations' calls each behind its parameter, as the OIDC session policy does with each option", () => {
    for (const name of ['AllowIpam', 'AllowBilling']) {
      expect(t.Parameters[name]).toMatchObject({
        Default: 'false',
        AllowedValues: ['true', 'false'],
      });
    }
    const extra = conditional(role!);
    expect(Object.keys(extra).sort()).toEqual(['GrantBilling', 'GrantIpam']);
    expect(actions(extra.GrantIpam)).toEqual(sorted(IPAM_ACTIONS));
    expect(actions(extra.GrantBilling)).toEqual(
      sorted(['ce:GetCostAndUsage', 'ce:GetDimensionValues']),
    );
    expect(sorted(BILLING_ACTIONS)).toEqual(actions(extra.GrantBilling));
    const session = (reconcile: { ipam?: boolean; billing?: boolean }) =>
      sorted(
        (
          JSON.parse(callerSessionPolicy(true, 'ipv4-audit-member', reconcile)) as {
            Statement: Statement[];
          }
        ).Statement.flatMap(actions),
      );
    const always = permissions(role!).flatMap(actions);
    expect(session({ ipam: true, billing: true })).toEqual(
      sorted([...always, ...IPAM_ACTIONS, ...BILLING_ACTIONS]),
    );
    expect(session({ billing: true })).toEqual(sorted([...always, ...BILLING_ACTIONS]));
    expect(session({})).toEqual(sorted(always));
  });

  it('creates the GitHub OIDC provider only when asked to', () => {
    const provider = t.Resources.GitHubOidcProvider;
    expect(provider).toMatchObject({
      Type: 'AWS::IAM::OIDCProvider',
      Condition: 'CreateProvider',
      Properties: {
        Url: 'https://token.actions.githubusercontent.com',
        ClientIdList: ['sts.amazonaws.com'],
      },
    });
    expect(t.Parameters.CreateOidcProvider).toMatchObject({
      Default: 'true',
      AllowedValues: ['true', 'false'],
    });
    expect(t.Conditions.CreateProvider).toEqual({
      'Fn::Equals': [{ Ref: 'CreateOidcProvider' }, 'true'],
    });
  });

  it('trusts GitHub OIDC tokens for sts.amazonaws.com from one repository and branch or environment', () => {
    const [trust, ...more] = (
      role?.Properties.AssumeRolePolicyDocument as { Statement: Statement[] }
    ).Statement;
    expect(more).toEqual([]);
    expect(trust).toMatchObject({
      Effect: 'Allow',
      Action: 'sts:AssumeRoleWithWebIdentity',
      Principal: {
        Federated: {
          'Fn::If': [
            'CreateProvider',
            { Ref: 'GitHubOidcProvider' },
            {
              'Fn::Sub':
                'arn:${AWS::Partition}:iam::${AWS::AccountId}:oidc-provider/token.actions.githubusercontent.com',
            },
          ],
        },
      },
    });
    expect(trust?.Condition).toEqual({
      StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
      StringLike: {
        'token.actions.githubusercontent.com:sub': [
          {
            'Fn::If': [
              'TrustEnvironment',
              { 'Fn::Sub': 'repo:${GitHubRepository}:environment:${GitHubEnvironment}' },
              { 'Fn::Sub': 'repo:${GitHubRepository}:ref:refs/heads/${GitHubBranch}' },
            ],
          },
          {
            'Fn::If': [
              'TrustPullRequests',
              { 'Fn::Sub': 'repo:${GitHubRepository}:pull_request' },
              { Ref: 'AWS::NoValue' },
            ],
          },
        ],
      },
    });
    expect(t.Parameters.GitHubRepository?.Default).toBeUndefined();
    expect(t.Parameters.AllowPullRequests?.Default).toBe('false');
  });

  it('outputs the role ARN for role-to-assume', () => {
    expect(t.Outputs.RoleArn?.Value).toEqual({ 'Fn::GetAtt': 'GitHubRole.Arn' });
  });
});
