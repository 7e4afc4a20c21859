// GitHub's OIDC token for AssumeRoleWithWebIdentity. Without `permissions: id-token: write` the
// runner has no token to give: say which permission the job needs rather than the raw error.
import { errorMessage } from '../../common/errorMessage.js';
import type { ActionCore } from '../actionCore.js';

export async function oidcToken(
  core: Pick<ActionCore, 'getIDToken'>,
  audience: string,
): Promise<string> {
  try {
    return await core.getIDToken(audience);
  } catch (error) {
    throw new Error(
      `'role-to-assume' needs a GitHub OIDC token, and none could be had: give the job ` +
        `\`permissions: id-token: write\` (${errorMessage(error)})`,
    );
  }
}
