import type { STSClient } from '@aws-sdk/client-sts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { baseCredentials, memberCredentials, refreshing } from '../../../src/aws/credentials.js';
import { SESSION_POLICY } from '../../../src/aws/sessionPolicy.js';

/** An STS stand-in object: answers each command with numbered session credentials. */
function fakeSts(lifetimeMs: number) {
  const calls: { name: string; input: Record<string, unknown> }[] = [];
  const sts = {
    send: async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
      calls.push({ name: command.constructor.name, input: command.input });
      const n = calls.length;
      return {
        Credentials: {
          AccessKeyId: `ASIA${n}`,
          SecretAccessKey: `secret-${n}`,
          SessionToken: `token-${n}`,
          Expiration: new Date(Date.now() + lifetimeMs),
        },
      };
    },
  };
  return { sts: sts as unknown as STSClient, calls };
}

describe('refreshing', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reuses credentials until five minutes before they expire, then asks again', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-26T12:00:00Z') });
    let n = 0;
    const provider = refreshing(async () => ({
      accessKeyId: `k${++n}`,
      secretAccessKey: 's',
      expiration: new Date(Date.now() + 60 * 60_000),
    }));
    expect((await provider()).accessKeyId).toBe('k1');
    vi.setSystemTime(new Date('2026-11-26T12:54:00Z'));
    expect((await provider()).accessKeyId).toBe('k1');
    vi.setSystemTime(new Date('2026-11-26T12:56:00Z'));
    expect((await provider()).accessKeyId).toBe('k2');
  });
});

describe('baseCredentials with role-to-assume (GitHub OIDC)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('takes a fresh OIDC token for every session and masks every value', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-26T12:00:00Z') });
    const { sts, calls } = fakeSts(60 * 60_000);
    const masked: string[] = [];
    const tokens = ['oidc-1', 'oidc-2'];
    const provider = baseCredentials(
      {
        kind: 'web-identity',
        roleArn: 'arn:aws:iam::111111111111:role/audit',
        audience: 'sts.amazonaws.com',
        roleSessionName: 'aws-ipv4-audit',
      },
      { sts, mask: (s) => masked.push(s), getIdToken: async () => tokens.shift() ?? 'none' },
    );
    expect((await provider()).accessKeyId).toBe('ASIA1');
    // A long scan outlives the session (and GitHub's token): both are renewed, not reused.
    vi.setSystemTime(new Date('2026-11-26T12:58:00Z'));
    expect((await provider()).accessKeyId).toBe('ASIA2');
    expect(calls.map((c) => [c.name, c.input.WebIdentityToken, c.input.RoleSessionName])).toEqual([
      ['AssumeRoleWithWebIdentityCommand', 'oidc-1', 'aws-ipv4-audit'],
      ['AssumeRoleWithWebIdentityCommand', 'oidc-2', 'aws-ipv4-audit'],
    ]);
    expect(masked).toEqual([
      'oidc-1',
      'ASIA1',
      'secret-1',
      'token-1',
      'oidc-2',
      'ASIA2',
      'secret-2',
      'token-2',
    ]);
  });

  it('masks static keys before anything else can see them', async () => {
    const masked: string[] = [];
    const provider = baseCredentials(
      { kind: 'static', accessKeyId: 'AKIAX', secretAccessKey: 'S', sessionToken: 'T' },
      { sts: fakeSts(0).sts, mask: (s) => masked.push(s) },
    );
    expect(masked).toEqual(['AKIAX', 'S', 'T']);
    expect(await provider()).toEqual({
      accessKeyId: 'AKIAX',
      secretAccessKey: 'S',
      sessionToken: 'T',
    });
  });
});

describe('memberCredentials', () => {
  it('assumes the member role with the read-only session policy and the ExternalId', async () => {
    const { sts, calls } = fakeSts(60 * 60_000);
    const provider = memberCredentials(
      {
        roleArn: 'arn:aws:iam::222222222222:role/member',
        sessionName: 'aws-ipv4-audit',
        externalId: 'x-1',
      },
      { sts, mask: () => {} },
    );
    await provider();
    await provider();
    expect(calls).toEqual([
      {
        name: 'AssumeRoleCommand',
        input: {
          RoleArn: 'arn:aws:iam::222222222222:role/member',
          RoleSessionName: 'aws-ipv4-audit',
          ExternalId: 'x-1',
          Policy: SESSION_POLICY,
          DurationSeconds: 3600,
        },
      },
    ]);
  });
});
