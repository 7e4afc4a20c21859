// The accounts under organizational units: those directly in each named root or OU, and those
// of every OU nested below, found breadth first with two calls per OU (ListAccountsForParent and
// ListChildren), so resolving a tree costs calls in proportion to its OUs, not its accounts. An OU
// named twice, or under another named one, is read once.
import type { Account } from '@aws-sdk/client-organizations';
import PQueue from 'p-queue';

export interface OrganizationTree {
  /** The accounts directly in a root or OU. */
  accountsIn(parentId: string): Promise<Account[]>;
  /** The OUs directly in a root or OU. */
  childOus(parentId: string): Promise<string[]>;
}

/** A call about one root or OU that failed: which one, and which call. */
export class OrganizationTreeError extends Error {
  constructor(
    readonly parentId: string,
    readonly operation: 'ListAccountsForParent' | 'ListChildren',
    cause: unknown,
  ) {
    super(`Organizations ${operation} failed for ${parentId}`, { cause });
    this.name = 'OrganizationTreeError';
  }
}

/** Organizations allows few requests a second: a few at once; the SDK retries what it throttles. */
const AT_ONCE = 4;

export async function accountsUnder(
  parents: readonly string[],
  tree: OrganizationTree,
): Promise<Account[]> {
  const queue = new PQueue({ concurrency: AT_ONCE });
  const visited = new Set<string>();
  const accounts = new Map<string, Account>();
  // After the first failure no call starts, and the run waits for those in flight: nothing
  // reaches AWS once the scan has given up.
  let failure: OrganizationTreeError | undefined;
  const call = async <T>(
    parentId: string,
    operation: OrganizationTreeError['operation'],
    run: () => Promise<T>,
  ): Promise<T> => {
    if (failure) throw failure;
    return queue.add(async () => {
      if (failure) throw failure;
      try {
        return await run();
      } catch (error) {
        failure ??= new OrganizationTreeError(parentId, operation, error);
        throw failure;
      }
    });
  };
  const visit = async (parentId: string): Promise<void> => {
    if (visited.has(parentId)) return;
    visited.add(parentId);
    const [listed, children] = await Promise.all([
      call(parentId, 'ListAccountsForParent', () => tree.accountsIn(parentId)),
      call(parentId, 'ListChildren', () => tree.childOus(parentId)),
    ]);
    for (const account of listed) if (account.Id) accounts.set(account.Id, account);
    await Promise.all(children.map(visit));
  };
  try {
    await Promise.all(parents.map(visit));
  } catch (error) {
    queue.clear();
    await queue.onIdle();
    throw failure ?? error;
  }
  return [...accounts.values()];
}
