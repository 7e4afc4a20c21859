// Requests per (account, region, service, action), counting every attempt: successes,
// throttled answers, other failures, and requests left unanswered (hung). Unsigned or
// unattributable requests count under account '' (and region '' when the request carries no
// credential scope).
import type { Service } from './awsError.js';

export type Outcome = 'succeeded' | 'throttled' | 'failed' | 'hung';

export interface CounterKey {
  account: string;
  region: string;
  service: Service;
  action: string;
}

export interface CounterRow extends CounterKey {
  /** Every request received: succeeded + throttled + failed + hung. */
  attempts: number;
  succeeded: number;
  throttled: number;
  failed: number;
  /** Read and never answered (the `hang` fault). */
  hung: number;
}

export type CounterFilter = Partial<CounterKey>;

export class RequestCounters {
  private readonly rows = new Map<string, CounterRow>();

  record(key: CounterKey, outcome: Outcome): void {
    const id = `${key.account}\u0000${key.region}\u0000${key.service}\u0000${key.action}`;
    let row = this.rows.get(id);
    if (!row) {
      row = { ...key, attempts: 0, succeeded: 0, throttled: 0, failed: 0, hung: 0 };
      this.rows.set(id, row);
    }
    row.attempts++;
    row[outcome]++;
  }

  private matching(filter: CounterFilter): CounterRow[] {
    return [...this.rows.values()].filter(
      (r) =>
        (filter.account === undefined || r.account === filter.account) &&
        (filter.region === undefined || r.region === filter.region) &&
        (filter.service === undefined || r.service === filter.service) &&
        (filter.action === undefined || r.action === filter.action),
    );
  }

  /** Attempts of `action` by `account` in `region` (all outcomes). */
  get(account: string, region: string, action: string): number {
    return this.total({ account, region, action });
  }

  /** Successful answers of `action` by `account` in `region`. */
  succeeded(account: string, region: string, action: string): number {
    return this.matching({ account, region, action }).reduce((n, r) => n + r.succeeded, 0);
  }

  /** Attempts matching `filter` (all requests without one). */
  total(filter: CounterFilter = {}): number {
    return this.matching(filter).reduce((n, r) => n + r.attempts, 0);
  }

  /** Plain rows, sorted by account, region, service, action. */
  snapshot(filter: CounterFilter = {}): CounterRow[] {
    const key = (r: CounterRow) => [r.account, r.region, r.service, r.action].join('\u0000');
    return this.matching(filter)
      .map((r) => ({ ...r }))
      .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  }

  reset(): void {
    this.rows.clear();
  }
}
