// Every way the scan gets credentials: the caller's own (ambient chain, profile, static keys,
// or GitHub OIDC web identity) and member-account sessions via AssumeRole. Each credential is
// handed to `mask` as soon as it arrives, before anything could echo it.
import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  type Credentials as StsCredentials,
  type STSClient,
} from '@aws-sdk/client-sts';
import { fromIni, fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { memoize } from '@smithy/core/config';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import type { CredentialSource } from '../options/options.js';
import { SESSION_POLICY } from './sessionPolicy.js';

export type Mask = (secret: string) => void;

/** Refresh a session this long before it expires, so no call signs with a dying key. */
const REFRESH_MARGIN_MS = 5 * 60_000;
const SESSION_SECONDS = 3600;

export interface CredentialDeps {
  sts: STSClient;
  mask: Mask;
  /** GitHub's OIDC token for an audience (core.getIDToken in the action). */
  getIdToken?: (audience: string) => Promise<string>;
  /** The session policy of a web-identity session (see callerSessionPolicy). */
  webIdentityPolicy?: string;
}

function maskIdentity(identity: AwsCredentialIdentity, mask: Mask): AwsCredentialIdentity {
  mask(identity.accessKeyId);
  mask(identity.secretAccessKey);
  if (identity.sessionToken) mask(identity.sessionToken);
  return identity;
}

function fromStsCredentials(credentials: StsCredentials | undefined): AwsCredentialIdentity {
  if (!credentials?.AccessKeyId || !credentials.SecretAccessKey) {
    throw new Error('STS returned no credentials');
  }
  return {
    accessKeyId: credentials.AccessKeyId,
    secretAccessKey: credentials.SecretAccessKey,
    ...(credentials.SessionToken ? { sessionToken: credentials.SessionToken } : {}),
    ...(credentials.Expiration ? { expiration: credentials.Expiration } : {}),
  };
}

/** Memoizes a provider, refreshing it shortly before its credentials expire. */
export function refreshing(provider: AwsCredentialIdentityProvider): AwsCredentialIdentityProvider {
  return memoize(
    provider,
    (c) => c.expiration !== undefined && c.expiration.getTime() - Date.now() < REFRESH_MARGIN_MS,
    (c) => c.expiration !== undefined,
  );
}

/** The caller's own credentials. */
export function baseCredentials(
  source: CredentialSource,
  deps: CredentialDeps,
): AwsCredentialIdentityProvider {
  const { mask } = deps;
  switch (source.kind) {
    case 'static': {
      const identity = maskIdentity(
        {
          accessKeyId: source.accessKeyId,
          secretAccessKey: source.secretAccessKey,
          ...(source.sessionToken ? { sessionToken: source.sessionToken } : {}),
        },
        mask,
      );
      return () => Promise.resolve(identity);
    }
    case 'profile': {
      const provider = fromIni({ profile: source.profile });
      return refreshing(async () => maskIdentity(await provider(), mask));
    }
    case 'ambient': {
      const provider = fromNodeProviderChain();
      return refreshing(async () => maskIdentity(await provider(), mask));
    }
    case 'web-identity': {
      const { getIdToken } = deps;
      if (!getIdToken) throw new Error("'role-to-assume' needs a GitHub OIDC token provider");
      // A fresh OIDC token per session: GitHub's tokens live minutes, a long scan outlives them.
      return refreshing(async () => {
        const token = await getIdToken(source.audience);
        mask(token);
        const response = await deps.sts.send(
          new AssumeRoleWithWebIdentityCommand({
            RoleArn: source.roleArn,
            RoleSessionName: source.roleSessionName,
            WebIdentityToken: token,
            ...(deps.webIdentityPolicy ? { Policy: deps.webIdentityPolicy } : {}),
            DurationSeconds: SESSION_SECONDS,
          }),
        );
        return maskIdentity(fromStsCredentials(response.Credentials), mask);
      });
    }
  }
}

export interface MemberRole {
  roleArn: string;
  externalId?: string;
  sessionName: string;
}

/** A member account's session, assumed with the caller's credentials and the read-only policy. */
export function memberCredentials(
  role: MemberRole,
  deps: Pick<CredentialDeps, 'sts' | 'mask'>,
  policy: string = SESSION_POLICY,
): AwsCredentialIdentityProvider {
  return refreshing(async () => {
    const response = await deps.sts.send(
      new AssumeRoleCommand({
        RoleArn: role.roleArn,
        RoleSessionName: role.sessionName,
        ...(role.externalId ? { ExternalId: role.externalId } : {}),
        Policy: policy,
        DurationSeconds: SESSION_SECONDS,
      }),
    );
    return maskIdentity(fromStsCredentials(response.Credentials), deps.mask);
  });
}

export interface CallerIdentity {
  accountId: string;
  arn: string;
  /** aws, aws-us-gov or aws-cn: member role ARNs are built in the caller's partition. */
  partition: string;
}

export async function callerIdentity(sts: STSClient): Promise<CallerIdentity> {
  const response = await sts.send(new GetCallerIdentityCommand({}));
  const arn = response.Arn ?? '';
  const accountId = response.Account ?? '';
  return { accountId, arn, partition: arn.split(':')[1] || 'aws' };
}

export function memberRoleArn(partition: string, accountId: string, roleName: string): string {
  return `arn:${partition}:iam::${accountId}:role/${roleName}`;
}
