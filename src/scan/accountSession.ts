// The credentials each account is scanned with: the caller's own for the caller's account, and
// for every other account a session of the member role, assumed with the caller's credentials
// and the read-only session policy.
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import type { STSClient } from '@aws-sdk/client-sts';
import {
  memberCredentials,
  memberRoleArn,
  type CallerIdentity,
  type Mask,
} from '../aws/credentials.js';
import { TOOL_NAME } from '../common/version.js';
import type { Options } from '../options/options.js';

export interface AccountSession {
  accountId: string;
  credentials: AwsCredentialIdentityProvider;
  /** True when the credentials come from AssumeRole into the account's member role. */
  assumed: boolean;
}

export interface SessionSource {
  caller: CallerIdentity;
  callerCredentials: AwsCredentialIdentityProvider;
  /** STS signed with the caller's credentials, for AssumeRole. */
  callerSts: STSClient;
  mask: Mask;
  options: Pick<Options, 'memberRoleName' | 'externalId'>;
}

/** `policy`: the member session's session policy (default the scan's read calls). */
export function accountSession(
  accountId: string,
  source: SessionSource,
  policy?: string,
): AccountSession {
  const { caller, options } = source;
  if (accountId === caller.accountId) {
    return { accountId, credentials: source.callerCredentials, assumed: false };
  }
  const credentials = memberCredentials(
    {
      roleArn: memberRoleArn(caller.partition, accountId, options.memberRoleName),
      sessionName: TOOL_NAME,
      ...(options.externalId ? { externalId: options.externalId } : {}),
    },
    { sts: source.callerSts, mask: source.mask },
    ...(policy !== undefined ? [policy] : []),
  );
  return { accountId, credentials, assumed: true };
}
