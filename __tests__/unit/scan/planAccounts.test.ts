import { describe, expect, it } from 'vitest';
import { OrganizationAccessError, planAccounts } from '../../../src/scan/planAccounts.js';

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
