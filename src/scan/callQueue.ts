// One bounded pool for every AWS call chain of the scan, across all accounts and regions, with
// priorities: discover targets first, finish started targets before starting new ones. A chain
// that fails is recorded in the error log and yields undefined: the scan goes on without it.
// It knows which chains are running and since when, so progress can name what it waits on.
import PQueue from 'p-queue';
import type { ErrorLog } from './errorLog.js';
import type { ScanTarget } from '../model/scanResult.js';

export const Priority = { account: 2, followUp: 1, chain: 0 } as const;

/** A chain that holds a place in the pool. */
export interface RunningCall extends ScanTarget {
  api: string;
  /** When it started, on the scan's clock. */
  since: number;
}

export class CallQueue {
  private readonly queue: PQueue;
  private nextId = 0;
  /** Running chains in the order they started: the first is the one running longest. */
  private readonly running = new Map<number, RunningCall>();

  constructor(
    concurrency: number,
    private readonly errors: ErrorLog,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.queue = new PQueue({ concurrency });
  }

  /** Runs one call chain for `target`, labelled `api` (e.g. `ec2:DescribeSubnets`) if it fails. */
  async run<T>(
    target: ScanTarget,
    api: string,
    chain: () => Promise<T>,
    priority: number = Priority.chain,
  ): Promise<T | undefined> {
    const tracked = async () => {
      const id = this.nextId++;
      this.running.set(id, {
        accountId: target.accountId,
        region: target.region,
        api,
        since: this.now(),
      });
      try {
        return await chain();
      } finally {
        this.running.delete(id);
      }
    };
    try {
      return await this.queue.add(tracked, { priority });
    } catch (error) {
      this.errors.record(target.accountId, target.region, api, error);
      return undefined;
    }
  }

  /** The chain running longest, if any runs. */
  oldestRunning(): RunningCall | undefined {
    return this.running.values().next().value;
  }
}
