// The version is package.json's, bundled into dist/: the CLI's --version, the user agent the AWS
// calls carry and report.json's `tool` can never disagree with the release.
import packageJson from '../../package.json' with { type: 'json' };

export const VERSION: string = packageJson.version;
export const TOOL_NAME = 'aws-ipv4-audit';
