// One bounded pool for every AWS call chain of the scan, across all accounts and regions, with
// priorities: discover targets first, finish started targets before starting new ones. A chain
// that fails is recorded in the error log and yields undefined: the scan goes on without it.
import PQueue from 'p-queue';
import type { ErrorLog } from './errorLog.js';
import type { ScanTarget } from './scanResult.js';

export const Priority = { account: 2, followUp: 1, chain: 0 } as const;

export class CallQueue {
  private readonly queue: PQueue;
  private calls = 0;

  constructor(
    concurrency: number,
    private readonly errors: ErrorLog,
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
    this.calls++;
    try {
      return await this.queue.add(chain, { priority });
    } catch (error) {
      this.errors.record(target.accountId, target.region, api, error);
      return undefined;
    }
  }

  /** Call chains started so far. */
  get started(): number {
    return this.calls;
  }
}
