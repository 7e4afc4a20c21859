import { describe, expect, it } from 'vitest';
import type { Logger } from '../../../src/common/logger.js';
import { InputError } from '../../../src/options/options.js';
import { accountsUnder, OrganizationTreeError } from '../../../src/scan/accountsUnder.js';
import {
  accountsToScan,
  excludeAccounts,
  OrganizationAccessError,
  planAccounts,
} from '../../../src/scan/planAccounts.js';

/** A logger that keeps its lines as `level: message`. */
function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const at = (level: string) => (message: string) => void lines.push(`${level}: ${message}`);
  return { lines, debug: () => {}, info: at('info'), warning: at('warning') };
}

describe('planAccounts', () => {
  it('scans ACTIVE accounts and reports the others as unchecked, by State or the older Status', () => {
    expect(
      planAccounts([
        { Id: '333333333333', Name: 'Sandbox', State: 'SUSPENDED' },
        { Id: '222222222222', Name: 'Prod', State: 'ACTIVE' },
        { Id: '111111111111', Status: 'ACTIVE' },
        { Id: '444444444444', Name: 'Leaving', Status: 'PENDING_CLOSURE' },
        { Name: 'no id' },
      ]),
    ).toEqual({
      scan: [{ accountId: '111111111111' }, { accountId: '222222222222', name: 'Prod' }],
      unchecked: [
        { accountId: '333333333333', name: 'Sandbox', status: 'SUSPENDED' },
        { accountId: '444444444444', name: 'Leaving', status: 'PENDING_CLOSURE' },
      ],
    });
  });

  it('explains what to do only when access was the problem', () => {
    expect(new OrganizationAccessError('AccessDeniedException', 'denied.').message).toBe(
      "Organizations ListAccounts failed: AccessDeniedException: denied. Run from the management account or a delegated administrator account, or name the accounts to scan with 'accounts' (--accounts).",
    );
    expect(new OrganizationAccessError('TooManyRequestsException', 'slow down').message).toBe(
      'Organizations ListAccounts failed: TooManyRequestsException: slow down',
    );
  });
});

describe('excludeAccounts', () => {
  const plan = planAccounts([
    { Id: '111111111111', Name: 'Management', State: 'ACTIVE' },
    { Id: '222222222222', Name: 'Vendor', State: 'ACTIVE' },
    { Id: '333333333333', Name: 'Sandbox', State: 'SUSPENDED' },
  ]);

  it('moves the excluded accounts to the unchecked ones as excluded, and warns about the rest', () => {
    const logger = recordingLogger();
    expect(excludeAccounts(plan, ['222222222222', '333333333333', '999999999999'], logger)).toEqual(
      {
        scan: [{ accountId: '111111111111', name: 'Management' }],
        unchecked: [
          { accountId: '222222222222', name: 'Vendor', status: 'excluded' },
          { accountId: '333333333333', name: 'Sandbox', status: 'excluded' },
        ],
      },
    );
    expect(logger.lines).toEqual([
      'warning: exclude-accounts: 999999999999 is not one of the accounts to scan; it excludes nothing',
    ]);
  });

  it('leaves a plan without exclusions as it is', () => {
    expect(excludeAccounts(plan, [], recordingLogger())).toEqual(plan);
  });
});

describe('accountsUnder', () => {
  /** A tree: r-exam > [ou-a (111), ou-b > [ou-c (222, 333)]], each OU's calls counted. */
  function tree() {
    const ous: Record<string, string[]> = {
      'r-exam': ['ou-exam-aaaaaaaa', 'ou-exam-bbbbbbbb'],
      'ou-exam-bbbbbbbb': ['ou-exam-cccccccc'],
    };
    const accounts: Record<string, string[]> = {
      'ou-exam-aaaaaaaa': ['111111111111'],
      'ou-exam-cccccccc': ['222222222222', '333333333333'],
    };
    const calls: string[] = [];
    return {
      calls,
      tree: {
        accountsIn: async (parent: string) => {
          calls.push(`ListAccountsForParent ${parent}`);
          return (accounts[parent] ?? []).map((Id) => ({ Id, State: 'ACTIVE' as const }));
        },
        childOus: async (parent: string) => {
          calls.push(`ListChildren ${parent}`);
          return ous[parent] ?? [];
        },
      },
    };
  }

  it('finds the accounts of nested OUs with two calls per OU, each OU once', async () => {
    const t = tree();
    const found = await accountsUnder(['ou-exam-bbbbbbbb', 'r-exam', 'ou-exam-cccccccc'], t.tree);
    expect(found.map((a) => a.Id).sort()).toEqual(['111111111111', '222222222222', '333333333333']);
    // Four parents (the root, a, b, c), each read once though b and c were named too.
    expect(t.calls.sort()).toEqual(
      ['r-exam', 'ou-exam-aaaaaaaa', 'ou-exam-bbbbbbbb', 'ou-exam-cccccccc']
        .flatMap((p) => [`ListAccountsForParent ${p}`, `ListChildren ${p}`])
        .sort(),
    );
  });

  it('names the OU and the call that failed', async () => {
    const t = tree();
    const failing = {
      ...t.tree,
      childOus: async (parent: string) => {
        if (parent === 'ou-exam-bbbbbbbb') throw new Error('denied');
        return t.tree.childOus(parent);
      },
    };
    const error = await accountsUnder(['r-exam'], failing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OrganizationTreeError);
    expect(error).toMatchObject({
      parentId: 'ou-exam-bbbbbbbb',
      operation: 'ListChildren',
      message: 'Organizations ListChildren failed for ou-exam-bbbbbbbb',
    });
  });
});

describe('accountsToScan with organizational units', () => {
  const organization = (fail?: Error) => ({
    listAccounts: () => Promise.reject(new Error('ListAccounts is not called')),
    accountsIn: async (parent: string) => {
      if (fail) throw fail;
      return parent === 'ou-exam-aaaaaaaa'
        ? [
            { Id: '222222222222', Name: 'Prod', State: 'ACTIVE' as const },
            { Id: '333333333333', Name: 'Old', State: 'SUSPENDED' as const },
            { Id: '444444444444', Name: 'Vendor', State: 'ACTIVE' as const },
          ]
        : [];
    },
    childOus: async () => [],
  });
  const options = {
    mode: 'multi-account' as const,
    awsRegion: 'us-east-1',
    organizationalUnits: ['ou-exam-aaaaaaaa'],
    excludeAccounts: ['444444444444'],
  };

  it('scans the ACTIVE accounts under them, less the excluded', async () => {
    const logger = recordingLogger();
    expect(await accountsToScan(options, '111111111111', organization(), logger)).toEqual({
      scan: ['222222222222'],
      unchecked: [
        { accountId: '333333333333', name: 'Old', status: 'SUSPENDED' },
        { accountId: '444444444444', name: 'Vendor', status: 'excluded' },
      ],
    });
    expect(logger.lines).toEqual([
      'info: Organizational units ou-exam-aaaaaaaa: 1 active account(s), 1 not active, 1 excluded',
    ]);
  });

  it('says which input named an OU the organisation does not have', async () => {
    const notFound = Object.assign(new Error("We can't find a root or OU."), {
      name: 'ParentNotFoundException',
    });
    await expect(
      accountsToScan(options, '111111111111', organization(notFound), recordingLogger()),
    ).rejects.toThrow(
      new InputError(
        'organizational-units',
        "'ou-exam-aaaaaaaa' is not a root or organizational unit of the organisation (ParentNotFoundException: We can't find a root or OU.)",
      ),
    );
    const denied = Object.assign(new Error('no'), { name: 'AccessDeniedException' });
    await expect(
      accountsToScan(options, '111111111111', organization(denied), recordingLogger()),
    ).rejects.toThrow(
      "Organizations ListAccountsForParent failed: AccessDeniedException: ou-exam-aaaaaaaa: no Run from the management account or a delegated administrator account, or name the accounts to scan with 'accounts' (--accounts).",
    );
  });
});
