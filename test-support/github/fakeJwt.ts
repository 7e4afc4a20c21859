import { createHmac, randomBytes } from 'node:crypto';

// One key per process: tokens look signed, but nothing here can or should verify them.
const signingKey = randomBytes(32);

const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A JWT-shaped token (RS256 header, HMAC "signature") whose claims decode like the real ones. */
export function fakeJwt(claims: Record<string, unknown>): string {
  const signingInput = `${encode({ typ: 'JWT', alg: 'RS256', kid: 'github-stand-in' })}.${encode(claims)}`;
  const signature = createHmac('sha256', signingKey).update(signingInput).digest('base64url');
  return `${signingInput}.${signature}`;
}

/** The claims of a token made by fakeJwt (or any JWT); no signature check. */
export function decodeJwtClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1];
  if (payload === undefined) throw new Error('not a JWT: no payload segment');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}
