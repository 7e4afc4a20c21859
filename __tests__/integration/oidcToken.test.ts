// The OIDC token request against the GitHub stand-in, in-process: the token as core.getIDToken
// got it, and a bounded failure naming the call when the endpoint is silent, failing or absent.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { oidcToken, OidcTokenError } from '../../src/action/github/oidcToken.js';
import { decodeJwtClaims } from '../../test-support/github/fakeJwt.js';
import {
  startGitHubStandIn,
  type GitHubStandIn,
} from '../../test-support/github/startGitHubStandIn.js';

/** 1 s for an answer, 3 tries, no wait between them (a test's). */
const BOUNDS = { timeoutMs: 1000, attempts: 3, sleep: async () => {} };
const AUDIENCE = 'sts.amazonaws.com';
const TOKEN_PATH = '/oidc/token?api-version=2.0&audience=sts.amazonaws.com';

let standIn: GitHubStandIn;

beforeAll(async () => {
  standIn = await startGitHubStandIn({ repo: 'acme/platform-infra' });
});
afterAll(() => standIn?.close());
afterEach(() => {
  standIn.faults = {};
});

const oidcCalls = (from: number) =>
  standIn.requests
    .slice(from)
    .filter((r) => r.service === 'oidc')
    .map((r) => `${r.method} ${r.url} ${r.status ?? 'unanswered'}`);

describe('oidcToken', () => {
  it("gets the token for the audience with the runner's request token, as core.getIDToken does", async () => {
    const from = standIn.requests.length;
    const token = await oidcToken(AUDIENCE, BOUNDS, standIn.env());

    expect(decodeJwtClaims(token)).toMatchObject({
      aud: AUDIENCE,
      sub: 'repo:acme/platform-infra:ref:refs/heads/main',
    });
    expect(standIn.oidcRequests.at(-1)).toEqual({
      audience: AUDIENCE,
      authorization: `Bearer ${standIn.oidcRequestToken}`,
      status: 200,
    });
    expect(oidcCalls(from)).toEqual([`GET ${TOKEN_PATH} 200`]);
  });

  it('an endpoint that accepts and never answers: three tries of 1 s, then an error saying it timed out', async () => {
    standIn.faults = { silent: ['oidc'] };
    const from = standIn.requests.length;

    await expect(oidcToken(AUDIENCE, BOUNDS, standIn.env())).rejects.toThrow(
      new OidcTokenError(
        "'role-to-assume' needs a GitHub OIDC token, and the token request timed out: " +
          'GitHub OIDC token request (ACTIONS_ID_TOKEN_REQUEST_URL): no answer in 1 s (3 attempts)',
      ),
    );
    expect(oidcCalls(from)).toEqual(Array(3).fill(`GET ${TOKEN_PATH} unanswered`));
  });

  it('an endpoint that answers 500: three tries, then an error naming the call and the status', async () => {
    standIn.faults = { oidc: 'error' };
    const from = standIn.requests.length;

    await expect(oidcToken(AUDIENCE, BOUNDS, standIn.env())).rejects.toThrow(
      new OidcTokenError(
        "'role-to-assume' needs a GitHub OIDC token, and the token request failed: " +
          'GitHub OIDC token request (ACTIONS_ID_TOKEN_REQUEST_URL): HTTP 500 Internal Server Error (3 attempts)',
      ),
    );
    expect(oidcCalls(from)).toEqual(Array(3).fill(`GET ${TOKEN_PATH} 500`));
  });

  it('a request token the endpoint refuses: one try, the status and its message', async () => {
    const from = standIn.requests.length;
    const env = standIn.env({ vars: { ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'not-the-token' } });

    await expect(oidcToken(AUDIENCE, BOUNDS, env)).rejects.toThrow(
      new OidcTokenError(
        "'role-to-assume' needs a GitHub OIDC token, and the token request failed: " +
          'GitHub OIDC token request (ACTIONS_ID_TOKEN_REQUEST_URL): HTTP 401 Unauthorized ' +
          '(Invalid bearer token for the ID token request)',
      ),
    );
    expect(oidcCalls(from)).toEqual([`GET ${TOKEN_PATH} 401`]);
  });

  it('a job without `id-token: write`: no request, the permission it needs', async () => {
    standIn.faults = { oidc: 'absent' };
    const from = standIn.requests.length;

    await expect(oidcToken(AUDIENCE, BOUNDS, standIn.env())).rejects.toThrow(
      new OidcTokenError(
        "'role-to-assume' needs a GitHub OIDC token, and the runner offers none: give the job " +
          '`permissions: id-token: write` (ACTIONS_ID_TOKEN_REQUEST_URL is not set)',
      ),
    );
    expect(standIn.requests.length).toBe(from);
  });

  it("goes through the runner's proxy (HTTPS_PROXY / HTTP_PROXY), as @actions/core does", async () => {
    // A CONNECT proxy that tunnels every destination to the stand-in, so a token URL on a
    // host that does not exist still gets its answer, but only through the proxy.
    const tunnels: string[] = [];
    const proxy: Server = createServer((_req, res) => res.writeHead(405).end());
    proxy.on('connect', (req, client) => {
      tunnels.push(String(req.url));
      const { port } = new URL(standIn.url);
      const upstream = connect(Number(port), '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client).pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const saved = { HTTP_PROXY: process.env.HTTP_PROXY, NO_PROXY: process.env.NO_PROXY };
    process.env.HTTP_PROXY = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    delete process.env.NO_PROXY;
    try {
      const env = standIn.env({
        vars: {
          ACTIONS_ID_TOKEN_REQUEST_URL: 'http://token.actions.invalid/oidc/token?api-version=2.0',
        },
      });
      const token = await oidcToken(AUDIENCE, BOUNDS, env);

      expect(decodeJwtClaims(token)).toMatchObject({ aud: AUDIENCE });
      expect(tunnels).toEqual(['token.actions.invalid:80']);
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
    }
  });
});
