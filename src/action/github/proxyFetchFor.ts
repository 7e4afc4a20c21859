// A fetch that reaches one destination the way the Actions toolkit would: through the runner's
// proxy (HTTPS_PROXY, HTTP_PROXY) unless NO_PROXY exempts that host, decided by
// @actions/http-client as @actions/core decides it for the OIDC token request.
import { HttpClient } from '@actions/http-client';
import { fetch as undiciFetch } from 'undici';

export function proxyFetchFor(destination: string): typeof fetch {
  const dispatcher = new HttpClient().getAgentDispatcher(destination);
  if (dispatcher === undefined) return fetch;
  return ((input: string | URL, init: RequestInit = {}) =>
    undiciFetch(input, {
      ...(init as Parameters<typeof undiciFetch>[1]),
      dispatcher,
    })) as unknown as typeof fetch;
}
