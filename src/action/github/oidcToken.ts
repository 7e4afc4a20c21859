// GitHub's OIDC token for AssumeRoleWithWebIdentity, asked for as GitHub documents it: GET
// ACTIONS_ID_TOKEN_REQUEST_URL with `&audience=`, the request token as bearer, `{ value }` back.
// Not through core.getIDToken: its HTTP client takes no abort signal and no time-out (a socket
// idle for 3 minutes ends one try), so a token endpoint that accepts and never answers held
// the step for minutes, and a body that trickles in, for ever. Here the request goes through
// boundedFetch like every other GitHub call: `request-timeout`, 3 tries, a failure naming it.
// Without `permissions: id-token: write` the runner has no token to give: say which
// permission the job needs rather than the raw error.
import { errorMessage } from '../../common/errorMessage.js';
import { boundedFetch, GitHubCallError, type CallBounds } from './boundedFetch.js';
import { proxyFetchFor } from './proxyFetchFor.js';

/** How the token request is named in messages: its URL is the runner's, long and opaque. */
const OIDC_CALL = 'GitHub OIDC token request (ACTIONS_ID_TOKEN_REQUEST_URL)';

const NEEDS = "'role-to-assume' needs a GitHub OIDC token";

/** Named, so that where a caller prefixes the error's name it says what failed. */
export class OidcTokenError extends Error {
  override name = 'OidcTokenError';
}

export async function oidcToken(
  audience: string,
  bounds: CallBounds,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!url || !requestToken) {
    const unset = !url ? 'ACTIONS_ID_TOKEN_REQUEST_URL' : 'ACTIONS_ID_TOKEN_REQUEST_TOKEN';
    throw new OidcTokenError(
      `${NEEDS}, and the runner offers none: give the job \`permissions: id-token: write\` ` +
        `(${unset} is not set)`,
    );
  }
  // As @actions/core asks: the runner's URL already has its query (`?api-version=`).
  const tokenUrl = audience ? `${url}&audience=${encodeURIComponent(audience)}` : url;
  const request = boundedFetch(proxyFetchFor(url), bounds, () => OIDC_CALL);
  let response: Response;
  try {
    response = await request(tokenUrl, {
      headers: { authorization: `Bearer ${requestToken}`, accept: 'application/json' },
    });
  } catch (error) {
    if (error instanceof GitHubCallError && error.timedOut) {
      throw new OidcTokenError(`${NEEDS}, and the token request timed out: ${error.message}`, {
        cause: error,
      });
    }
    throw new OidcTokenError(`${NEEDS}, and the token request failed: ${errorMessage(error)}`, {
      cause: error,
    });
  }
  const text = await response.text();
  if (!response.ok) {
    throw new OidcTokenError(
      `${NEEDS}, and the token request failed: ${OIDC_CALL}: HTTP ${response.status}` +
        `${response.statusText ? ` ${response.statusText}` : ''}${detail(text)}`,
    );
  }
  const value = tokenOf(text);
  if (value === undefined) {
    throw new OidcTokenError(
      `${NEEDS}, and the token request's answer held none: ${OIDC_CALL}: no \`value\` in the answer`,
    );
  }
  return value;
}

function tokenOf(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as { value?: unknown };
    return typeof body.value === 'string' && body.value !== '' ? body.value : undefined;
  } catch {
    return undefined;
  }
}

/** GitHub's JSON error message, if the answer has one (at most a line of it). */
function detail(text: string): string {
  try {
    const { message } = JSON.parse(text) as { message?: unknown };
    return typeof message === 'string' && message !== '' ? ` (${message.slice(0, 200)})` : '';
  } catch {
    return '';
  }
}
