// Injected faults, replaceable while the stand-in runs. Throttling and 5xx draws are a hash of
// (seed, account, region, action, attempt number for that key), so the same test makes the same
// choices however its requests to different account-regions interleave.
import { createHash } from 'node:crypto';
import type { InjectedFault } from './awsError.js';
import type { ExplicitDenyPolicy } from './fixture.js';

export interface DenyRule {
  /** The calling account; any when omitted. */
  account?: string;
  region?: string;
  action: string;
  /**
   * An explicit deny by this kind of policy, named in the message as AWS names it; without it
   * the answer names no policy (`You are not authorized to perform this operation.`).
   */
  explicitDeny?: ExplicitDenyPolicy;
}

export interface FailRule {
  action: string;
  /** Any error code of the action's service, e.g. 'InvalidPrefixListID.NotFound'. */
  code: string;
  /** How many matching requests fail before the rule is spent. */
  times: number;
  message?: string;
  account?: string;
  region?: string;
}

/** Requests that are read and never answered; a rule without a field matches any value. */
export interface HangRule {
  account?: string;
  region?: string;
  action?: string;
}

/** Matching requests get this answer instead of theirs: a proxy's page, an empty body, a loop. */
export interface ReplaceRule extends HangRule {
  /** Default 200. */
  status?: number;
  /** Default text/xml. */
  contentType?: string;
  body: string;
}

/** Matching requests get their headers and the start of a body, then a byte every `intervalMs`. */
export interface TrickleRule extends HangRule {
  intervalMs: number;
}

export interface Faults {
  /** Added to every request before it is answered (overrides the start option). */
  latencyMs?: number;
  /** Seed for the throttle and 5xx draws; default 1. */
  seed?: number;
  /** 0..1: EC2 503 RequestLimitExceeded, STS Throttling, Organizations 429 TooManyRequestsException, GA ThrottlingException, Cost Explorer LimitExceededException. */
  throttleRate?: number;
  /** 0..1: EC2 500 InternalError / 503 Unavailable, STS and Cost Explorer InternalFailure / ServiceUnavailable, Organizations ServiceException, GA InternalServiceErrorException. */
  serverErrorRate?: number;
  /** Limits throttleRate and serverErrorRate to these actions; all actions when omitted. */
  rateActions?: string[];
  /** EC2 403 UnauthorizedOperation, Organizations/GA/Cost Explorer AccessDeniedException, STS AccessDenied. */
  deny?: DenyRule[];
  /** Target accounts whose roles refuse AssumeRole (AccessDenied). */
  assumeRoleDenied?: string[];
  /** The next `times` matching requests fail with `code`. */
  failNext?: FailRule[];
  /** Matching requests get no answer: the connection stays open until the client gives up. */
  hang?: HangRule[];
  replace?: ReplaceRule[];
  trickle?: TrickleRule[];
}

export interface RequestKey {
  account: string;
  region: string;
  action: string;
}

function draw(...parts: (string | number)[]): number {
  const hash = createHash('sha256').update(parts.join('\u0000')).digest();
  return hash.readUInt32BE(0) / 0x1_0000_0000;
}

function matches(rule: HangRule, key: RequestKey): boolean {
  return (
    (rule.account === undefined || rule.account === key.account) &&
    (rule.region === undefined || rule.region === key.region) &&
    (rule.action === undefined || rule.action === key.action)
  );
}

export class FaultInjector {
  private faults: Faults = {};
  private failRules: FailRule[] = [];
  private readonly attempts = new Map<string, number>();

  set(faults: Faults): void {
    this.faults = faults;
    this.failRules = (faults.failNext ?? []).map((r) => ({ ...r }));
    this.attempts.clear();
  }

  get latencyMs(): number | undefined {
    return this.faults.latencyMs;
  }

  isAssumeRoleDenied(targetAccount: string): boolean {
    return this.faults.assumeRoleDenied?.includes(targetAccount) ?? false;
  }

  /** Whether this request is never to be answered (checked before any other fault). */
  hangs(key: RequestKey): boolean {
    return this.faults.hang?.some((r) => matches(r, key)) ?? false;
  }

  /** The answer that replaces this request's, if any (checked after hangs). */
  replacement(key: RequestKey): ReplaceRule | undefined {
    return this.faults.replace?.find((r) => matches(r, key));
  }

  /** How this request's answer trickles in, if it does. */
  trickle(key: RequestKey): TrickleRule | undefined {
    return this.faults.trickle?.find((r) => matches(r, key));
  }

  /** The fault for this request, if any; consumes a failNext use and one attempt number. */
  decide(key: RequestKey): InjectedFault | undefined {
    const applies = (r: { account?: string; region?: string; action: string }) =>
      r.action === key.action &&
      (r.account === undefined || r.account === key.account) &&
      (r.region === undefined || r.region === key.region);

    const fail = this.failRules.find((r) => r.times > 0 && applies(r));
    if (fail) {
      fail.times--;
      return { kind: 'fail', code: fail.code, ...(fail.message ? { message: fail.message } : {}) };
    }

    const { seed = 1, throttleRate = 0, serverErrorRate = 0, rateActions } = this.faults;
    if (!rateActions || rateActions.includes(key.action)) {
      const id = `${key.account}\u0000${key.region}\u0000${key.action}`;
      const n = this.attempts.get(id) ?? 0;
      this.attempts.set(id, n + 1);
      if (throttleRate > 0 && draw(seed, 'throttle', id, n) < throttleRate) {
        return { kind: 'throttle' };
      }
      if (serverErrorRate > 0 && draw(seed, 'server', id, n) < serverErrorRate) {
        return { kind: 'serverError', variant: draw(seed, 'variant', id, n) < 0.5 ? 0 : 1 };
      }
    }

    const deny = this.faults.deny?.find(applies);
    if (deny) return { kind: 'deny', ...(deny.explicitDeny ? { policy: deny.explicitDeny } : {}) };
    return undefined;
  }
}
