// One factory for every AWS client of a scan: a shared keep-alive HTTP handler (so hundreds of
// account-region clients reuse sockets instead of opening their own pools), time-outs that fail
// a call, retries tuned for a shared EC2 rate limit, and the tool's user agent. Endpoints come
// from the SDK's own resolution, including AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_<SERVICE>.
// What does not depend on the account is resolved once per scan, not once per client: the
// SDK's environment and config-file settings, and one EC2 client per account and region.
import http from 'node:http';
import https from 'node:https';
import { CostExplorerClient } from '@aws-sdk/client-cost-explorer';
import { EC2Client } from '@aws-sdk/client-ec2';
import { GlobalAcceleratorClient } from '@aws-sdk/client-global-accelerator';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { STSClient } from '@aws-sdk/client-sts';
import { NODE_APP_ID_CONFIG_OPTIONS } from '@aws-sdk/core/client';
import { NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } from '@aws-sdk/core/httpAuthSchemes';
import {
  loadConfig,
  memoize,
  NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS,
  NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS,
} from '@smithy/core/config';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type {
  AwsCredentialIdentity,
  AwsCredentialIdentityProvider,
  MiddlewareStack,
} from '@smithy/types';
import { TOOL_NAME, VERSION } from '../common/version.js';
import { AnswerDeadlineHandler } from './answerDeadline.js';
import { RequestCounter } from './requestCounter.js';
import { timeoutMessagePlugin, type TimeoutLimits } from './timeoutMessage.js';
import { TimeoutRetryStrategy } from './timeoutRetryStrategy.js';

export type Credentials = AwsCredentialIdentity | AwsCredentialIdentityProvider;

/** Global Accelerator's API lives in us-west-2 (aws partition). */
const GLOBAL_ACCELERATOR_REGION = 'us-west-2';

/** Cost Explorer's API lives in us-east-1 (aws partition): ce.us-east-1.amazonaws.com. */
const COST_EXPLORER_REGION = 'us-east-1';

/** A TCP connection to an AWS endpoint takes milliseconds; one that takes 10 s is not coming. */
const CONNECT_TIMEOUT_SECONDS = 10;

export interface ClientFactoryOptions {
  /** Sockets per host; at least the scan's concurrency so no call waits for a socket. */
  maxSockets: number;
  /** Seconds an attempt may wait for its answer, and an answer may stall, before it fails. */
  requestTimeoutSeconds: number;
  /** Attempts per call; 30% throttling loses ~2.7% of calls at the SDK's default of 3. */
  maxAttempts?: number;
  /** Attempts per call that times out: each costs the whole request time-out. */
  timeoutAttempts?: number;
}

/** An answer must be complete within this many request time-outs of the attempt's start. */
const ANSWER_DEADLINE_FACTOR = 2;

export class ClientFactory {
  private readonly handler: AnswerDeadlineHandler;
  private readonly limits: TimeoutLimits;
  private readonly maxAttempts: number;
  private readonly timeoutAttempts: number;
  private readonly requests = new RequestCounter();
  /**
   * The settings each SDK client would otherwise read from the environment and the shared config
   * files itself (the same loaders, the same answer for every account), read once.
   */
  private readonly settings = {
    useFipsEndpoint: memoize(loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS)),
    useDualstackEndpoint: memoize(loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS)),
    userAgentAppId: memoize(loadConfig(NODE_APP_ID_CONFIG_OPTIONS)),
    authSchemePreference: memoize(loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS)),
  };
  /** By the account's credentials: its DescribeRegions client is also its home region's. */
  private readonly ec2Clients = new WeakMap<Credentials, Map<string, EC2Client>>();

  constructor(options: ClientFactoryOptions) {
    const agentOptions = { keepAlive: true, maxSockets: options.maxSockets };
    const answerSeconds = options.requestTimeoutSeconds;
    this.limits = {
      connectSeconds: Math.min(CONNECT_TIMEOUT_SECONDS, answerSeconds),
      answerSeconds,
      wholeAnswerSeconds: answerSeconds * ANSWER_DEADLINE_FACTOR,
    };
    const http11 = new NodeHttpHandler({
      httpAgent: new http.Agent(agentOptions),
      httpsAgent: new https.Agent(agentOptions),
      connectionTimeout: this.limits.connectSeconds * 1000,
      // Counts from the start of the attempt until the answer's headers; without
      // throwOnRequestTimeout the handler only logs a warning and waits on forever.
      requestTimeout: answerSeconds * 1000,
      throwOnRequestTimeout: true,
      // An answer that stalls after its headers: the socket's idle time-out.
      socketTimeout: answerSeconds * 1000,
    });
    // And one that trickles in: the whole answer has a deadline.
    this.handler = new AnswerDeadlineHandler(http11, this.limits.wholeAnswerSeconds * 1000);
    this.maxAttempts = options.maxAttempts ?? 10;
    this.timeoutAttempts = options.timeoutAttempts ?? 3;
  }

  private common(region: string, credentials?: Credentials) {
    return {
      ...this.settings,
      region,
      ...(credentials ? { credentials } : {}),
      requestHandler: this.handler,
      // The strategy decides; maxAttempts still fills the amz-sdk-request header.
      maxAttempts: this.maxAttempts,
      // One per client, as the SDK's own: adaptive mode keeps a rate limiter per instance.
      retryStrategy: new TimeoutRetryStrategy(this.maxAttempts, this.timeoutAttempts),
      customUserAgent: [[TOOL_NAME, VERSION]] as [string, string][],
      // The middleware chain resolved once per command type and client, not on every send
      // (pages, prefix lists); the clients' stacks are complete before their first call.
      cacheMiddleware: true,
    };
  }

  /** The EC2 client of an account (its credentials) in a region; one per pair. */
  ec2(region: string, credentials: Credentials): EC2Client {
    let byRegion = this.ec2Clients.get(credentials);
    if (!byRegion) this.ec2Clients.set(credentials, (byRegion = new Map()));
    let client = byRegion.get(region);
    if (!client) {
      client = this.instrumented(new EC2Client(this.common(region, credentials)));
      byRegion.set(region, client);
    }
    return client;
  }

  sts(region: string, credentials?: Credentials): STSClient {
    return this.instrumented(new STSClient(this.common(region, credentials)));
  }

  organizations(region: string, credentials: Credentials): OrganizationsClient {
    return this.instrumented(new OrganizationsClient(this.common(region, credentials)));
  }

  globalAccelerator(credentials: Credentials): GlobalAcceleratorClient {
    return this.instrumented(
      new GlobalAcceleratorClient(this.common(GLOBAL_ACCELERATOR_REGION, credentials)),
    );
  }

  /** Every request costs USD 0.01: the callers keep to a handful per run. */
  costExplorer(credentials: Credentials): CostExplorerClient {
    return this.instrumented(
      new CostExplorerClient(this.common(COST_EXPLORER_REGION, credentials)),
    );
  }

  /** Every client: time-outs named in its errors, and its requests counted. */
  private instrumented<I extends object, O extends object, C>(
    client: C & { middlewareStack: MiddlewareStack<I, O> },
  ): C {
    client.middlewareStack.use(timeoutMessagePlugin(this.limits));
    client.middlewareStack.use(this.requests.plugin());
    return client;
  }

  /** HTTP requests sent by every client of this factory so far, retries included. */
  get requestsSent(): number {
    return this.requests.sent;
  }

  /** Closes the shared sockets; clients must not be used afterwards. */
  destroy(): void {
    this.handler.destroy();
  }
}
