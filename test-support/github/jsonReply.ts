/** What a route answers; the server writes it and logs the status. */
export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: Buffer | string;
}

export function jsonReply(
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): Reply {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(value),
  };
}
