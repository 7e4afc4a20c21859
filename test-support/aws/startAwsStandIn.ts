// A local node:http server that answers the real SDK clients in AWS's wire protocols (EC2
// ec2Query, STS awsQuery, Organizations, Global Accelerator and Cost Explorer awsJson1_1) from an
// organisation fixture. Point clients at it with `env` (AWS_ENDPOINT_URL and test keys).
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  asAwsError,
  authErrorFor,
  explicitDenyError,
  faultErrorFor,
  isThrottleCode,
} from './awsError.js';
import { CredentialRegistry, credentialScope, principalArn } from './credentialRegistry.js';
import { FaultInjector, type Faults } from './faultInjector.js';
import type { OrgFixture } from './fixture.js';
import { FixtureIndex } from './fixtureIndex.js';
import { identifyRequest } from './identifyRequest.js';
import { prepareAction, type StandInState } from './prepareAction.js';
import { regionDenies } from './regionDeny.js';
import { RequestCounters, type CounterKey, type Outcome } from './requestCounters.js';
import { policyAllows } from './sessionPolicy.js';
import { stsActions, type Received } from './stsActions.js';
import { errorAnswer, successAnswer, type WireAnswer } from './wireResponse.js';

export type { DenyRule, FailRule, Faults, HangRule } from './faultInjector.js';
export type { CounterRow, RequestCounters } from './requestCounters.js';
export type {
  AssumeRoleRecord,
  Ec2RequestRecord,
  Received,
  WebIdentityRecord,
} from './stsActions.js';

export interface AwsStandInOptions {
  fixture: OrgFixture;
  /** Added to every request (faults.latencyMs overrides it). */
  latencyMs?: number;
  /** Force pages no larger than this, for every paginated action or per action name. */
  pageSize?: number | Partial<Record<string, number>>;
  /** Faults in force from the start; setFaults replaces them. */
  faults?: Faults;
  /** Caps the lifetime of issued sessions (AssumeRole's DurationSeconds, default 3600). */
  credentialLifetimeSeconds?: number;
  /** Whether AssumeRoleWithWebIdentity accepts a token; default: any non-empty token. */
  acceptToken?: (token: string) => boolean;
  /** The stand-in's clock, for expiring issued sessions without waiting. */
  now?: () => Date;
  /**
   * EC2's answer in a region the account has not enabled. AWS answers 401 AuthFailure (the
   * credentials do not exist there); OptInRequired (403) is offered for tests of that path.
   */
  disabledRegionError?: 'AuthFailure' | 'OptInRequired';
  /** Default `us-east-1`: AWS_REGION in `env`. */
  region?: string;
}

export interface AwsStandIn {
  url: string;
  /** Env vars to point the SDK here, signing as the management account's static key. */
  env: Record<string, string>;
  counters: RequestCounters;
  /** Every AssumeRole / AssumeRoleWithWebIdentity and every EC2 request received, in order. */
  received: Received;
  /** Static keys of an account: they sign as its IAM user `audit` and never expire. */
  credentialsFor(accountId: string): { accessKeyId: string; secretAccessKey: string };
  setFaults(faults: Faults): void;
  resetCounters(): void;
  close(): Promise<void>;
}

type Reply =
  | { key: CounterKey; outcome: 'hung'; trickleMs?: number }
  | { key: CounterKey; outcome: Exclude<Outcome, 'hung'>; wire: WireAnswer };

const STS_ACTIONS: ReadonlySet<string> = new Set(Object.keys(stsActions));

/** GetCallerIdentity needs no permission: no policy can deny it. */
const neverDenied = (service: string, action: string) =>
  service === 'sts' && action === 'GetCallerIdentity';
const SECRET = 'stand-in-secret-key';

export function staticAccessKeyId(accountId: string): string {
  return `AKIA${accountId}EXAMPLE`;
}

/** Headers and the start of an answer, then a space every `intervalMs` until the client goes. */
function trickleAnswer(res: http.ServerResponse, intervalMs: number): void {
  res.writeHead(200, { 'content-type': 'text/xml' });
  res.write('<?xml version="1.0" encoding="UTF-8"?>');
  const timer = setInterval(() => res.write(' '), intervalMs);
  res.once('close', () => clearInterval(timer));
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startAwsStandIn(options: AwsStandInOptions): Promise<AwsStandIn> {
  const index = new FixtureIndex(options.fixture);
  const faults = new FaultInjector();
  faults.set(options.faults ?? {});
  const counters = new RequestCounters();
  const { pageSize } = options;
  const state: StandInState = {
    index,
    registry: new CredentialRegistry(),
    faults,
    received: { assumeRole: [], webIdentity: [], ec2: [] },
    now: options.now ?? (() => new Date()),
    acceptToken: options.acceptToken ?? ((token) => token.length > 0),
    credentialLifetimeSeconds: options.credentialLifetimeSeconds,
    disabledRegionError: options.disabledRegionError ?? 'AuthFailure',
    forcedPageSize: (action) => (typeof pageSize === 'number' ? pageSize : pageSize?.[action]),
  };

  /** Keeps an EC2 request's parameters as the SDK wrote them, before anything can refuse it. */
  function recordEc2(key: CounterKey, body: string): void {
    const params = Object.fromEntries(new URLSearchParams(body));
    delete params['Action'];
    delete params['Version'];
    state.received.ec2.push({
      account: key.account,
      region: key.region,
      action: key.action,
      params,
    });
  }

  /**
   * A hang, or auth, then an organisation policy's explicit deny, then the session policy, then
   * the action's own checks, then injected faults, then the answer.
   */
  function answer(req: http.IncomingMessage, body: string): Reply {
    const requestId = randomUUID();
    const request = identifyRequest(req.headers, body, STS_ACTIONS);
    const { service, action } = request;
    const caller = state.registry.resolve(
      req.headers,
      state.now(),
      (id) => index.account(id) !== undefined,
    );
    const principal =
      caller.kind === 'valid' || caller.kind === 'expired' ? caller.principal : undefined;
    const key: CounterKey = {
      account: principal?.account ?? '',
      region: credentialScope(req.headers.authorization)?.region ?? '',
      service,
      action,
    };
    if (request.protocol === 'query' && service === 'ec2') recordEc2(key, body);
    // A silent endpoint answers nothing at all, not even an auth error.
    if (faults.hangs(key)) return { key, outcome: 'hung' };
    const trickle = faults.trickle(key);
    if (trickle) return { key, outcome: 'hung', trickleMs: trickle.intervalMs };
    const replaced = faults.replacement(key);
    if (replaced) {
      const headers = { 'content-type': replaced.contentType ?? 'text/xml' };
      const wire = { status: replaced.status ?? 200, headers, body: replaced.body };
      return { key, outcome: 'succeeded', wire };
    }
    try {
      const unsignedOk = service === 'sts' && stsActions[action]?.unsigned === true;
      if (caller.kind !== 'valid' && !(caller.kind === 'anonymous' && unsignedOk)) {
        throw authErrorFor(service, caller.kind);
      }
      const resource =
        request.protocol === 'query' && action === 'AssumeRole'
          ? request.params.string('RoleArn')
          : undefined;
      // An explicit deny wins over everything that allows; SCPs bind every member principal.
      const scp = principal ? index.account(principal.account)?.fixture.regionDeny : undefined;
      if (
        principal &&
        !neverDenied(service, action) &&
        regionDenies(scp, `${service}:${action}`, key.region)
      ) {
        const arn = principalArn(index.partition, principal);
        throw explicitDenyError(service, 'service control policy', arn, action, resource);
      }
      if (principal?.sessionPolicy !== undefined && !neverDenied(service, action)) {
        if (!policyAllows(principal.sessionPolicy, `${service}:${action}`, resource)) {
          throw faultErrorFor(
            service,
            { kind: 'deny' },
            principalArn(index.partition, principal),
            action,
          );
        }
      }
      const run = prepareAction(state, request, principal, key.region);
      const fault = faults.decide(key);
      if (fault) {
        const arn = principal ? principalArn(index.partition, principal) : 'anonymous';
        throw faultErrorFor(service, fault, arn, action);
      }
      const { result, schema } = run();
      return {
        key,
        wire: successAnswer(service, action, requestId, result, schema),
        outcome: 'succeeded',
      };
    } catch (e) {
      const error = asAwsError(service, e);
      const outcome = isThrottleCode(error.code) ? 'throttled' : 'failed';
      return { key, wire: errorAnswer(service, requestId, error), outcome };
    }
  }

  const server = http.createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const latency = faults.latencyMs ?? options.latencyMs ?? 0;
      if (latency > 0) await sleep(latency);
      const reply = answer(req, body);
      counters.record(reply.key, reply.outcome);
      // Hung: the socket stays open until the client gives up or close() destroys it.
      if (reply.outcome === 'hung') {
        if (reply.trickleMs !== undefined) trickleAnswer(res, reply.trickleMs);
        return;
      }
      const { wire } = reply;
      const payload = Buffer.from(wire.body, 'utf8');
      res.writeHead(wire.status, { ...wire.headers, 'content-length': payload.length });
      res.end(payload);
    })().catch((e: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(e));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    env: {
      AWS_ENDPOINT_URL: url,
      AWS_REGION: options.region ?? 'us-east-1',
      AWS_ACCESS_KEY_ID: staticAccessKeyId(options.fixture.managementAccountId),
      AWS_SECRET_ACCESS_KEY: SECRET,
      // Nothing may fall through to instance metadata.
      AWS_EC2_METADATA_DISABLED: 'true',
    },
    counters,
    received: state.received,
    credentialsFor: (accountId) => ({
      accessKeyId: staticAccessKeyId(accountId),
      secretAccessKey: SECRET,
    }),
    setFaults: (f) => faults.set(f),
    resetCounters: () => counters.reset(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
