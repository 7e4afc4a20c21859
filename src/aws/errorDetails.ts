// Turns whatever a failed call threw into the code and message a scan_errors.csv row carries.
export interface ErrorDetails {
  code: string;
  message: string;
}

export function errorDetails(error: unknown): ErrorDetails {
  if (error instanceof Error) {
    // SDK service exceptions carry the AWS error code as their name; socket errors a `code`.
    const withCode = error as Error & { code?: unknown; Code?: unknown };
    const code =
      error.name && error.name !== 'Error'
        ? error.name
        : typeof withCode.code === 'string'
          ? withCode.code
          : 'Error';
    return { code, message: error.message.replace(/\s+/g, ' ').trim() };
  }
  return { code: 'Error', message: String(error) };
}
