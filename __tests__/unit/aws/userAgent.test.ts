// The user agent of every AWS call names the tool and its release: package.json's version, the
// one `--version` prints and report.json records.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClientFactory } from '../../../src/aws/clients.js';

const pkg = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '..', '..', '..', 'package.json'), 'utf8'),
) as { name: string; version: string };

describe('the AWS clients', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("send package.json's name and version in the user agent", async () => {
    const agents: string[] = [];
    const server = http.createServer((request, response) => {
      agents.push(`${request.headers['user-agent']} | ${request.headers['x-amz-user-agent']}`);
      response.writeHead(403, { 'content-type': 'text/xml' });
      response.end(
        '<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code>' +
          '<Message>no</Message></Error><RequestId>r-1</RequestId></ErrorResponse>',
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    vi.stubEnv('AWS_ENDPOINT_URL_STS', `http://127.0.0.1:${port}`);
    const factory = new ClientFactory({ maxSockets: 1, requestTimeoutSeconds: 5, maxAttempts: 1 });
    try {
      const sts = factory.sts('us-east-1', { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' });
      await expect(sts.send(new GetCallerIdentityCommand({}))).rejects.toThrow('no');
    } finally {
      factory.destroy();
      server.close();
    }
    expect(agents).toHaveLength(1);
    expect(agents[0]).toContain(`${pkg.name}/${pkg.version}`);
  });
});
