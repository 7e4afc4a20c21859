// One factory for every AWS client of a scan: a shared keep-alive HTTP handler (so hundreds of
// account-region clients reuse sockets instead of opening their own pools), retries tuned for a
// shared EC2 rate limit, and the tool's user agent. Endpoints come from the SDK's own resolution,
// including AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_<SERVICE>.
import http from 'node:http';
import https from 'node:https';
import { EC2Client } from '@aws-sdk/client-ec2';
import { GlobalAcceleratorClient } from '@aws-sdk/client-global-accelerator';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { STSClient } from '@aws-sdk/client-sts';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { TOOL_NAME, VERSION } from '../version.js';

export type Credentials = AwsCredentialIdentity | AwsCredentialIdentityProvider;

/** Global Accelerator's API lives in us-west-2 (aws partition). */
export const GLOBAL_ACCELERATOR_REGION = 'us-west-2';

export interface ClientFactoryOptions {
  /** Sockets per host; at least the scan's concurrency so no call waits for a socket. */
  maxSockets: number;
  /** Attempts per call; 30% throttling loses ~2.7% of calls at the SDK's default of 3. */
  maxAttempts?: number;
}

export class ClientFactory {
  private readonly handler: NodeHttpHandler;
  private readonly maxAttempts: number;

  constructor(options: ClientFactoryOptions) {
    const agentOptions = { keepAlive: true, maxSockets: options.maxSockets };
    this.handler = new NodeHttpHandler({
      httpAgent: new http.Agent(agentOptions),
      httpsAgent: new https.Agent(agentOptions),
      connectionTimeout: 10_000,
      requestTimeout: 60_000,
    });
    this.maxAttempts = options.maxAttempts ?? 10;
  }

  private common(region: string, credentials?: Credentials) {
    return {
      region,
      ...(credentials ? { credentials } : {}),
      requestHandler: this.handler,
      maxAttempts: this.maxAttempts,
      // Lowercase on purpose: 'ADAPTIVE' is silently taken as standard mode.
      retryMode: 'adaptive',
      customUserAgent: [[TOOL_NAME, VERSION]] as [string, string][],
    };
  }

  ec2(region: string, credentials: Credentials): EC2Client {
    return new EC2Client(this.common(region, credentials));
  }

  sts(region: string, credentials?: Credentials): STSClient {
    return new STSClient(this.common(region, credentials));
  }

  organizations(region: string, credentials: Credentials): OrganizationsClient {
    return new OrganizationsClient(this.common(region, credentials));
  }

  globalAccelerator(credentials: Credentials): GlobalAcceleratorClient {
    return new GlobalAcceleratorClient(this.common(GLOBAL_ACCELERATOR_REGION, credentials));
  }

  /** Closes the shared sockets; clients must not be used afterwards. */
  destroy(): void {
    this.handler.destroy();
  }
}
