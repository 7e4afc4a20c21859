// Turns whatever a failed call threw into the code and message a scan_errors.csv row carries.
export interface ErrorDetails {
  code: string;
  message: string;
}

/** Whatever an endpoint answered, on one line: codes and messages end up in logs and CSV rows. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What the SDK names an error answer it could not read: a proxy's page, a load balancer's 502. */
const UNREADABLE = new Set(['Unknown', 'UnknownError']);

export function errorDetails(error: unknown): ErrorDetails {
  if (error instanceof Error) {
    const status = (error as { $metadata?: { httpStatusCode?: unknown } }).$metadata
      ?.httpStatusCode;
    if (UNREADABLE.has(error.name) && typeof status === 'number') {
      return {
        code: `HTTP ${status}`,
        message: `the endpoint answered HTTP ${status} with a body that is not an AWS error`,
      };
    }
    // A JSON service's answer that is not JSON at all (a proxy's HTML page).
    if (error.name === 'SyntaxError' && typeof status === 'number') {
      return {
        code: `HTTP ${status}`,
        message: `the endpoint answered HTTP ${status} with a body that is not JSON`,
      };
    }
    // SDK service exceptions carry the AWS error code as their name; socket errors a `code`.
    const withCode = error as Error & { code?: unknown; Code?: unknown };
    const code =
      error.name && error.name !== 'Error'
        ? error.name
        : typeof withCode.code === 'string'
          ? withCode.code
          : 'Error';
    return { code: oneLine(code), message: oneLine(error.message) };
  }
  return { code: 'Error', message: oneLine(String(error)) };
}
