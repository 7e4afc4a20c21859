// Turns whatever a failed call threw into the code and message a scan_errors.csv row carries.
export interface ErrorDetails {
  code: string;
  message: string;
}

/** Whatever an endpoint answered, on one line: codes and messages end up in logs and CSV rows. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * What the SDK names an answer it could not read (a proxy's page, a load balancer's 502), and
 * what that body was not: such a row names the HTTP status instead.
 */
const UNREADABLE: Readonly<Record<string, string>> = {
  Unknown: 'an AWS error',
  UnknownError: 'an AWS error',
  // A JSON service's answer that is not JSON at all.
  SyntaxError: 'JSON',
};

export function errorDetails(error: unknown): ErrorDetails {
  if (error instanceof Error) {
    const status = (error as { $metadata?: { httpStatusCode?: unknown } }).$metadata
      ?.httpStatusCode;
    const notA = Object.hasOwn(UNREADABLE, error.name) ? UNREADABLE[error.name] : undefined;
    if (notA !== undefined && typeof status === 'number') {
      return {
        code: `HTTP ${status}`,
        message: `the endpoint answered HTTP ${status} with a body that is not ${notA}`,
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
