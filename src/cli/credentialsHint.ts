// When the SDK finds no credentials, its words ("Could not load credentials from any
// providers") name the problem but not the way out. The CLI adds the ways a person at a
// terminal has.
import type { CredentialSource } from '../options/options.js';

/** True when `error`, or an error it was caused by, is the SDK's "no credentials" error. */
function isMissingCredentials(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e.name === 'CredentialsProviderError') return true;
  }
  return false;
}

/** Lines to print after the error, or none when the error is not about missing credentials. */
export function credentialsHint(error: unknown, credentials: CredentialSource): string[] {
  if (!isMissingCredentials(error)) return [];
  if (credentials.kind === 'profile') {
    const p = credentials.profile;
    return [
      `The profile '${p}' gave no credentials. Check that ~/.aws/config (or ~/.aws/credentials) has a`,
      `[profile ${p}] section; for an IAM Identity Center (SSO) profile, run \`aws sso login --profile ${p}\``,
      'and try again.',
    ];
  }
  return [
    'No AWS credentials were found. Give them in one of these ways:',
    '  --profile NAME               a profile of ~/.aws/config or ~/.aws/credentials',
    '  aws sso login                for IAM Identity Center (SSO): sign in, then run again',
    '                               (with --profile NAME when the SSO profile is not the default)',
    '  AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN) in the environment',
  ];
}
