// Kept in step with package.json by a unit test; sent in the user agent and report.json.
export const VERSION = '0.1.0';
export const TOOL_NAME = 'aws-ipv4-audit';
