// Who signed a request. Access key ids name their account: `AKIA` (static, never expires) or
// `ASIA` (a session this stand-in issued) followed by the 12-digit account id. Issued sessions
// are remembered with their token and expiration. Signatures themselves are not verified.
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { PolicyStatement } from './sessionPolicy.js';

export interface Principal {
  account: string;
  /** Static keys act as IAM user `audit`; issued keys as the assumed role's session. */
  kind: 'user' | 'assumed-role';
  roleName?: string;
  sessionName?: string;
  /** The session policy the session was assumed with: it can make only the calls it allows. */
  sessionPolicy?: PolicyStatement[];
}

export interface IssuedSession extends Principal {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
}

export type Caller =
  | { kind: 'anonymous' }
  /** Malformed, unknown, or a session token that does not match its key. */
  | { kind: 'invalid'; accessKeyId: string; region: string }
  | { kind: 'expired'; principal: Principal; region: string }
  | { kind: 'valid'; principal: Principal; region: string; accessKeyId: string };

/** The ARN GetCallerIdentity reports for a principal. */
export function principalArn(partition: string, p: Principal): string {
  return p.kind === 'user'
    ? `arn:${partition}:iam::${p.account}:user/audit`
    : `arn:${partition}:sts::${p.account}:assumed-role/${p.roleName}/${p.sessionName}`;
}

const KEY = /^(AKIA|ASIA)(\d{12})/;
const CREDENTIAL = /Credential=([^/,\s]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/;

/** The access key id, region and service of a SigV4 Authorization header. */
export function credentialScope(
  authorization: string | undefined,
): { accessKeyId: string; region: string; service: string } | undefined {
  const m = authorization?.match(CREDENTIAL);
  if (!m) return undefined;
  return { accessKeyId: m[1] ?? '', region: m[2] ?? '', service: m[3] ?? '' };
}

function digest(...parts: string[]): string {
  return createHash('sha256').update(parts.join('|')).digest('hex');
}

export class CredentialRegistry {
  private readonly sessions = new Map<string, IssuedSession>();
  private issued = 0;

  /** Hands out a session for `principal` valid for `lifetimeSeconds` from `now`. */
  issue(principal: Principal, lifetimeSeconds: number, now: Date): IssuedSession {
    const n = ++this.issued;
    // Deterministic per stand-in: keys differ per issue, and read like AWS's.
    const suffix = digest(String(n), principal.account).slice(0, 8).toUpperCase();
    const accessKeyId = `ASIA${principal.account}${suffix}`;
    const session: IssuedSession = {
      ...principal,
      accessKeyId,
      secretAccessKey: digest('secret', accessKeyId).slice(0, 40),
      sessionToken: Buffer.from(digest('token', accessKeyId)).toString('base64'),
      expiration: new Date(now.getTime() + lifetimeSeconds * 1000),
    };
    this.sessions.set(accessKeyId, session);
    return session;
  }

  /**
   * The caller of a request. `knownAccount` says whether a static key's account exists;
   * issued keys are only known if this registry issued them.
   */
  resolve(headers: IncomingHttpHeaders, now: Date, knownAccount: (id: string) => boolean): Caller {
    const scope = credentialScope(headers.authorization);
    if (!scope) return { kind: 'anonymous' };
    const { accessKeyId, region } = scope;
    const m = accessKeyId.match(KEY);
    const account = m?.[2];
    if (!m || account === undefined || !knownAccount(account)) {
      return { kind: 'invalid', accessKeyId, region };
    }
    if (m[1] === 'AKIA') {
      return { kind: 'valid', principal: { account, kind: 'user' }, region, accessKeyId };
    }
    const session = this.sessions.get(accessKeyId);
    if (!session || headers['x-amz-security-token'] !== session.sessionToken) {
      return { kind: 'invalid', accessKeyId, region };
    }
    if (session.expiration.getTime() <= now.getTime()) {
      return { kind: 'expired', principal: session, region };
    }
    return { kind: 'valid', principal: session, region, accessKeyId };
  }
}
