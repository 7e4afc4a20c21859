// STS (awsQuery): who am I, AssumeRole into member accounts, and web identity (GitHub OIDC).
// Issued keys name their account, so every later request signed with them lands there.
import {
  AssumeRoleResponse$,
  AssumeRoleWithWebIdentityResponse$,
  GetCallerIdentityResponse$,
} from '@aws-sdk/client-sts';
import { createHash } from 'node:crypto';
import { parseSessionPolicy } from './sessionPolicy.js';
import { awsError } from './awsError.js';
import type { SchemaRef } from './compileXmlWriter.js';
import {
  principalArn,
  type CredentialRegistry,
  type IssuedSession,
  type Principal,
} from './credentialRegistry.js';
import type { FaultInjector } from './faultInjector.js';
import type { FixtureIndex } from './fixtureIndex.js';
import type { QueryParams } from './queryParams.js';

export interface AssumeRoleRecord {
  callerAccount: string;
  RoleArn?: string;
  RoleSessionName?: string;
  ExternalId?: string;
  Policy?: string;
  PolicyArns?: string[];
  DurationSeconds?: number;
}

export interface WebIdentityRecord {
  RoleArn?: string;
  RoleSessionName?: string;
  WebIdentityToken?: string;
  Policy?: string;
  DurationSeconds?: number;
}

/** One EC2 request as it arrived: its form parameters as the SDK serialised them. */
export interface Ec2RequestRecord {
  account: string;
  region: string;
  action: string;
  /** Every `Name=value` of the body but Action and Version, e.g. `IncludeManagedResources`. */
  params: Record<string, string>;
}

export interface Received {
  assumeRole: AssumeRoleRecord[];
  webIdentity: WebIdentityRecord[];
  ec2: Ec2RequestRecord[];
}

export interface StsContext {
  params: QueryParams;
  /** Undefined for unsigned requests (only AssumeRoleWithWebIdentity allows them). */
  caller: Principal | undefined;
  index: FixtureIndex;
  registry: CredentialRegistry;
  faults: FaultInjector;
  now: Date;
  credentialLifetimeSeconds: number | undefined;
  acceptToken: (token: string) => boolean;
}

export interface StsAction {
  output: SchemaRef;
  /** AssumeRoleWithWebIdentity is the one call made without credentials. */
  unsigned?: boolean;
  handle(ctx: StsContext): object;
}

const ROLE_ARN = /^arn:([\w-]+):iam::(\d{12}):role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]{1,64})$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;

function stableId(prefix: string, ...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('|')).digest('hex');
  return (
    prefix +
    BigInt(`0x${hex.slice(0, 24)}`)
      .toString(36)
      .toUpperCase()
      .padStart(17, '0')
  );
}

function validation(message: string) {
  return awsError('sts', 'ValidationError', `1 validation error detected: ${message}`);
}

function roleId(account: string, roleName: string): string {
  return stableId('AROA', account, roleName);
}

/** The checks both AssumeRole calls make; returns the target role. */
function targetRole(ctx: StsContext, callerArn: string, action: string) {
  const { params, index } = ctx;
  const roleArn = params.string('RoleArn') ?? '';
  const sessionName = params.string('RoleSessionName') ?? '';
  const m = roleArn.match(ROLE_ARN);
  if (!m || roleArn.length < 20) {
    throw validation(
      `Value '${roleArn}' at 'roleArn' failed to satisfy constraint: Member must be a valid ARN`,
    );
  }
  if (!SESSION_NAME.test(sessionName)) {
    throw validation(
      `Value '${sessionName}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`,
    );
  }
  const duration = params.number('DurationSeconds');
  if (
    duration !== undefined &&
    (!Number.isInteger(duration) || duration < 900 || duration > 43200)
  ) {
    throw validation(
      `Value '${duration}' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200`,
    );
  }
  const policy = params.string('Policy');
  if (policy !== undefined) {
    if (policy.length > 2048) {
      throw validation(
        `Value at 'policy' failed to satisfy constraint: Member must have length less than or equal to 2048`,
      );
    }
    try {
      JSON.parse(policy);
    } catch {
      throw awsError(
        'sts',
        'MalformedPolicyDocument',
        'The policy is not in the valid JSON format.',
      );
    }
  }
  const [, partition, account = '', roleName = ''] = m;
  const target = index.account(account);
  const denied = () =>
    awsError(
      'sts',
      'AccessDenied',
      `User: ${callerArn} is not authorized to perform: sts:${action} on resource: ${roleArn}`,
    );
  if (
    partition !== index.partition ||
    !target ||
    target.fixture.status !== 'ACTIVE' ||
    (target.fixture.roleNames && !target.fixture.roleNames.includes(roleName)) ||
    ctx.faults.isAssumeRoleDenied(account)
  ) {
    throw denied();
  }
  return { roleArn, account, roleName, sessionName, duration, policy, target, denied };
}

function issue(
  ctx: StsContext,
  account: string,
  roleName: string,
  sessionName: string,
  duration: number | undefined,
  policy: string | undefined,
): IssuedSession {
  const requested = duration ?? 3600;
  const lifetime = Math.min(requested, ctx.credentialLifetimeSeconds ?? requested);
  return ctx.registry.issue(
    {
      account,
      kind: 'assumed-role',
      roleName,
      sessionName,
      ...(policy !== undefined ? { sessionPolicy: parseSessionPolicy(policy) } : {}),
    },
    lifetime,
    ctx.now,
  );
}

function credentialsOf(s: IssuedSession) {
  return {
    AccessKeyId: s.accessKeyId,
    SecretAccessKey: s.secretAccessKey,
    SessionToken: s.sessionToken,
    Expiration: s.expiration,
  };
}

function assumedRoleUser(ctx: StsContext, s: IssuedSession) {
  return {
    AssumedRoleId: `${roleId(s.account, s.roleName ?? '')}:${s.sessionName}`,
    Arn: principalArn(ctx.index.partition, s),
  };
}

/** The claims of a JWT, if the token is one (GitHub's OIDC tokens are). */
function jwtClaims(token: string): Record<string, unknown> {
  try {
    const payload = token.split('.')[1];
    const claims: unknown = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'));
    return typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function present<K extends string>(key: K, value: string | number | undefined) {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string | number>);
}

/** Records an AssumeRole call as it arrives, before any check or fault can refuse it. */
export function recordReceived(
  action: string,
  params: QueryParams,
  callerAccount: string,
  received: Received,
): void {
  const common = {
    ...present('RoleArn', params.string('RoleArn')),
    ...present('RoleSessionName', params.string('RoleSessionName')),
    ...present('Policy', params.string('Policy')),
    ...present('DurationSeconds', params.number('DurationSeconds')),
  } as Omit<AssumeRoleRecord, 'callerAccount'>;
  if (action === 'AssumeRole') {
    const policyArns = params.tree['PolicyArns'];
    received.assumeRole.push({
      callerAccount,
      ...common,
      ...present('ExternalId', params.string('ExternalId')),
      ...(Array.isArray(policyArns)
        ? {
            PolicyArns: policyArns.map((p) =>
              typeof p === 'object' && !Array.isArray(p) && typeof p['arn'] === 'string'
                ? p['arn']
                : '',
            ),
          }
        : {}),
    });
  } else if (action === 'AssumeRoleWithWebIdentity') {
    received.webIdentity.push({
      ...common,
      WebIdentityToken: params.string('WebIdentityToken') ?? '',
    });
  }
}

export const stsActions: Record<string, StsAction> = {
  GetCallerIdentity: {
    output: GetCallerIdentityResponse$,
    handle(ctx) {
      const p = ctx.caller as Principal;
      return {
        UserId:
          p.kind === 'user'
            ? stableId('AIDA', p.account, 'audit')
            : `${roleId(p.account, p.roleName ?? '')}:${p.sessionName}`,
        Account: p.account,
        Arn: principalArn(ctx.index.partition, p),
      };
    },
  },

  AssumeRole: {
    output: AssumeRoleResponse$,
    handle(ctx) {
      const caller = ctx.caller as Principal;
      const { params } = ctx;
      const policy = params.string('Policy');
      const externalId = params.string('ExternalId');
      const role = targetRole(ctx, principalArn(ctx.index.partition, caller), 'AssumeRole');
      const required = role.target.fixture.requiredExternalId;
      if (required !== undefined && required !== externalId) throw role.denied();
      const session = issue(
        ctx,
        role.account,
        role.roleName,
        role.sessionName,
        role.duration,
        role.policy,
      );
      return {
        Credentials: credentialsOf(session),
        AssumedRoleUser: assumedRoleUser(ctx, session),
        ...(policy !== undefined
          ? { PackedPolicySize: Math.ceil((policy.replace(/\s/g, '').length / 2048) * 100) }
          : {}),
      };
    },
  },

  AssumeRoleWithWebIdentity: {
    output: AssumeRoleWithWebIdentityResponse$,
    unsigned: true,
    handle(ctx) {
      const { params } = ctx;
      const token = params.string('WebIdentityToken') ?? '';
      if (token.length < 4) {
        throw validation(
          "Value at 'webIdentityToken' failed to satisfy constraint: Member must have length greater than or equal to 4",
        );
      }
      const claims = jwtClaims(token);
      const role = targetRole(
        ctx,
        String(claims['sub'] ?? 'web identity'),
        'AssumeRoleWithWebIdentity',
      );
      if (!ctx.acceptToken(token)) {
        throw awsError('sts', 'InvalidIdentityToken', 'Incorrect token audience');
      }
      const session = issue(
        ctx,
        role.account,
        role.roleName,
        role.sessionName,
        role.duration,
        role.policy,
      );
      const issuer = typeof claims['iss'] === 'string' ? claims['iss'] : undefined;
      const audience = typeof claims['aud'] === 'string' ? claims['aud'] : undefined;
      return {
        Credentials: credentialsOf(session),
        AssumedRoleUser: assumedRoleUser(ctx, session),
        ...(typeof claims['sub'] === 'string'
          ? { SubjectFromWebIdentityToken: claims['sub'] }
          : {}),
        ...(issuer ? { Provider: issuer } : {}),
        ...(audience ? { Audience: audience } : {}),
      };
    },
  },
};
