// The client factory shares what does not depend on the account: one EC2 client per account and
// region, and the SDK's environment settings read once for every client, with the same effect.
import {
  DescribeRegionsCommand,
  type EC2Client,
  type ServiceInputTypes,
  type ServiceOutputTypes,
} from '@aws-sdk/client-ec2';
import type { FinalizeRequestMiddleware } from '@smithy/types';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClientFactory } from '../../../src/aws/clients.js';

const options = { maxSockets: 1, requestTimeoutSeconds: 5, maxAttempts: 1 };

/** The host and user agent of the client's next request, which is stopped before it is sent. */
async function nextRequest(client: EC2Client): Promise<{ host: string; agent: string }> {
  let seen: { host: string; agent: string } | undefined;
  const stop: FinalizeRequestMiddleware<ServiceInputTypes, ServiceOutputTypes> = () => (args) => {
    const request = args.request as { hostname: string; headers: Record<string, string> };
    seen = { host: request.hostname, agent: request.headers['user-agent'] ?? '' };
    return Promise.reject(new Error('stopped'));
  };
  client.middlewareStack.add(stop, { step: 'finalizeRequest', name: 'stopBeforeSending' });
  await expect(client.send(new DescribeRegionsCommand({}))).rejects.toThrow('stopped');
  if (!seen) throw new Error('no request was made');
  return seen;
}

describe('ClientFactory', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('makes one EC2 client per account (credentials) and region', () => {
    const factory = new ClientFactory(options);
    const account1 = { accessKeyId: 'AKID1', secretAccessKey: 'x' };
    const account2 = { accessKeyId: 'AKID2', secretAccessKey: 'x' };
    try {
      const home = factory.ec2('us-east-1', account1);
      expect(factory.ec2('us-east-1', account1)).toBe(home);
      expect(factory.ec2('eu-west-1', account1)).not.toBe(home);
      expect(factory.ec2('us-east-1', account2)).not.toBe(home);
      expect(factory.ec2('eu-west-1', account1)).toBe(factory.ec2('eu-west-1', account1));
    } finally {
      factory.destroy();
    }
  });

  it("applies the SDK's FIPS, dual-stack and app id settings to every client", async () => {
    vi.stubEnv('AWS_ENDPOINT_URL', undefined);
    vi.stubEnv('AWS_ENDPOINT_URL_EC2', undefined);
    vi.stubEnv('AWS_USE_FIPS_ENDPOINT', 'true');
    vi.stubEnv('AWS_USE_DUALSTACK_ENDPOINT', 'true');
    vi.stubEnv('AWS_SDK_UA_APP_ID', 'audit-app');
    const factory = new ClientFactory(options);
    const credentials = { accessKeyId: 'AKID1', secretAccessKey: 'x' };
    try {
      for (const region of ['us-east-1', 'eu-west-1']) {
        const { host, agent } = await nextRequest(factory.ec2(region, credentials));
        expect(host).toBe(`ec2-fips.${region}.api.aws`);
        expect(agent).toContain('app/audit-app');
      }
    } finally {
      factory.destroy();
    }
  });
});
