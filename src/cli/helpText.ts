// The CLI's help: the general text lists the commands and the flags most runs need; each
// command's text lists exactly the flags that command accepts (a test holds it to the parser),
// and both name every file a run writes and where.
import { THRESHOLD_ENTRIES } from '../gate/thresholds.js';
import { DEFAULTS } from '../options/options.js';
import { REPORT_FILES } from '../report/reportFiles.js';
import { COMMANDS, flagFor, inputFlags, PLAN_COMMAND, type Command } from './args.js';

/** `[usage, description lines]` of each flag, in the order the help shows them. */
const FLAG_HELP: Record<string, [string, ...string[]]> = {
  profile: ['--profile NAME', 'AWS CLI profile for the caller (after `aws sso login` for SSO)'],
  'access-key-id': ['--access-key-id K', 'access key for the caller (with --secret-key)'],
  'secret-key': ['--secret-key S', 'secret key for the caller'],
  'session-token': ['--session-token T', 'session token for temporary keys'],
  'aws-region': [
    '--aws-region R',
    `region for STS, Organizations and DescribeRegions (default: ${DEFAULTS.awsRegion})`,
  ],
  accounts: [
    '--accounts ID,ID',
    'accounts to scan, 12 digits each (default: every ACTIVE account)',
  ],
  'organizational-units': [
    '--organizational-units ID',
    'OUs (ou-...) or the root (r-...), comma-separated: scan',
    'their ACTIVE accounts, nested OUs included; not with --accounts',
  ],
  'exclude-accounts': [
    '--exclude-accounts ID,ID',
    'leave these accounts out (listed as excluded in',
    'unchecked_accounts.csv); not with --accounts',
  ],
  'role-name': [
    '--role-name NAME',
    `role to assume in each account (default: ${DEFAULTS.memberRoleName})`,
  ],
  'external-id': ['--external-id ID', 'ExternalId for AssumeRole'],
  regions: ['--regions a,b', 'regions to scan (default: every region enabled in each account)'],
  'exclude-regions': [
    '--exclude-regions a,b',
    'leave these out of every enabled region; not with --regions',
  ],
  concurrency: [
    '--concurrency N',
    `AWS call chains in flight at once, 1-256 (default: ${DEFAULTS.concurrency})`,
  ],
  'request-timeout': [
    '--request-timeout S',
    `seconds an AWS request may wait for its answer, 1-600 (default: ${DEFAULTS.requestTimeoutSeconds});`,
    'a call that times out is tried 3 times, then listed as a scan error',
  ],
  'output-path': [
    '--output-path DIR',
    `folder for the reports, created if missing (default: ${DEFAULTS.outputDir})`,
  ],
  'price-per-ip-hour': [
    '--price-per-ip-hour USD',
    `price of one public IPv4 address-hour, 0 to 1 (default: ${DEFAULTS.pricePerIpHour})`,
  ],
  suppressions: ['--suppressions FILE', 'YAML file of accepted findings, each with a reason'],
  baseline: ['--baseline FILE', 'an earlier *_report.json: report what is new and gone'],
  ...Object.fromEntries(
    THRESHOLD_ENTRIES.map(([, { flag, value, help }]) => [
      flag,
      [`--${flag} ${value.placeholder}`, ...help],
    ]),
  ),
  'ipam-resource-discovery-id': [
    '--ipam-resource-discovery-id ID',
    "compare with VPC IPAM's discovered public addresses (ipam-res-disco-...),",
    "asked in --aws-region, the discovery's home region",
  ],
  'ipam-account': [
    '--ipam-account ID',
    "the IPAM's account, reached through --role-name (default: the caller's)",
  ],
  'reconcile-billing': [
    '--reconcile-billing B',
    'compare with the bill (Cost Explorer, USD 0.01 a request, 2 a run;',
    'true|false; default false)',
  ],
  'gate-on': ['--gate-on all|new', 'with new, thresholds count only findings not in the baseline'],
  quiet: ['-q, --quiet', 'no progress or info lines on stderr (warnings and errors stay)'],
  verbose: ['--verbose', 'also debug lines (each failed call in full, stack traces)'],
  help: ['-h, --help', 'this text'],
  version: ['-v, --version', 'the version'],
};

/** The flags of the thresholds that judge the scan or the plans, in the table's order. */
function thresholdFlags(judges: 'scan' | 'plan'): string[] {
  return THRESHOLD_ENTRIES.filter(([, e]) => e.judges === judges).map(([, e]) => e.flag);
}

/** Each command's flags, in groups; a flag the command does not accept is left out. */
const GROUPS: [string, string[]][] = [
  ['Credentials', ['profile', 'access-key-id', 'secret-key', 'session-token', 'aws-region']],
  [
    'Accounts',
    ['accounts', 'organizational-units', 'exclude-accounts', 'role-name', 'external-id'],
  ],
  ['Scan', ['regions', 'exclude-regions', 'concurrency', 'request-timeout']],
  ['Reports', ['output-path', 'price-per-ip-hour', 'suppressions', 'baseline']],
  ['Reconciliation', ['ipam-resource-discovery-id', 'ipam-account', 'reconcile-billing']],
  ['Gate', [...thresholdFlags('scan'), 'gate-on']],
  ['Plan gate', thresholdFlags('plan')],
  ['Output', ['quiet', 'verbose', 'help']],
];

/** The flags of the general help: what most runs need. */
const COMMON = ['profile', 'regions', 'output-path', 'quiet', 'help', 'version'];

/** Flags every command takes besides those that set an input. */
export const SWITCHES = ['quiet', 'verbose', 'help'];

const SUMMARIES: Record<Command, string> = {
  'run-single-account': 'scan the account of the current credentials',
  'run-multi-account': 'scan every account of the organisation (or --accounts) via AssumeRole',
};

/** Every file every run writes, `{epoch}` being the scan's start in seconds. */
export function reportFiles(): string[] {
  return REPORT_FILES.filter((file) => !file.option).map((file) => `{epoch}_${file.name}`);
}

/**
 * The files an option turns on, each with what turns it on: its flag, or an input of the action
 * that no scan command takes (the plans': check-terraform-plan writes that file too).
 */
function optionalReportFiles(): string[] {
  const width = 38;
  return REPORT_FILES.flatMap(({ name, option }) => {
    if (option === undefined) return [];
    const flag = flagFor(option);
    const by = flag.startsWith('--')
      ? `with ${flag}`
      : `with the action's ${option} (and ${PLAN_COMMAND})`;
    return [`{epoch}_${name}`.padEnd(width) + by];
  });
}

function flagLines(flags: readonly string[]): string[] {
  const width = 29;
  return flags.flatMap((flag) => {
    const [usage, first, ...rest] = FLAG_HELP[flag] ?? [`--${flag}`];
    // A usage as wide as the column puts its description on the next line.
    if (usage.length > width - 4 && first !== undefined) rest.unshift(first);
    const firstLine = usage.length > width - 4 ? '' : (first ?? '');
    return [
      `  ${usage.padEnd(width - 2)}${firstLine}`.trimEnd(),
      ...rest.map((line) => `${' '.repeat(width)}${line}`),
    ];
  });
}

function reportsSection(): string[] {
  return [
    `Reports, written to --output-path (default: ${DEFAULTS.outputDir}/):`,
    ...reportFiles().map((file) => `  ${file}`),
    'and, each when its option is on:',
    ...optionalReportFiles().map((file) => `  ${file}`),
    'The CSV files are those of the Python script this tool replaces, its columns first; report.json',
    'holds everything (schema/report.schema.json); report.html is one self-contained page;',
    'remediation.sh lists every recommended command, each line commented out.',
  ];
}

const EXIT_CODES = [
  'Exit codes: 0 the gate passed, the scan complete (or partial, with --fail-on-scan-errors false);',
  '2 bad input; 3 reports written but some account-regions not read completely (listed in',
  '*_scan_errors.csv); 4 the gate failed (a threshold was passed, or a threshold is set and the scan',
  'was incomplete); 5 nothing could be scanned, whatever the flags say; 1 any other failure.',
];

/** `aws-ipv4-audit --help`, and what a run without a command prints on stderr. */
export function generalHelp(): string {
  const commands = [
    ...(Object.keys(COMMANDS) as Command[]).map((c) => `  ${c.padEnd(21)}${SUMMARIES[c]}`),
    `  ${PLAN_COMMAND} PLAN.json...`,
    `  ${' '.repeat(21)}judge Terraform plans (terraform show -json): the public IPv4`,
    `  ${' '.repeat(21)}addresses they add and remove; no AWS call, no credentials`,
  ];
  return [
    'Usage: aws-ipv4-audit <command> [options]',
    '',
    'Finds every public IPv4 address in one AWS account or a whole organisation, flags the ones that',
    'are probably unnecessary, prices them, and writes reports: CSV, JSON and an HTML page.',
    '',
    'Commands:',
    ...commands,
    '',
    'Common options:',
    ...flagLines(COMMON),
    '',
    'Every option of a command: aws-ipv4-audit <command> --help',
    ...closingLines(),
  ].join('\n');
}

/** What every help text ends with: the files a run writes and the exit codes. */
function closingLines(): string[] {
  return ['', ...reportsSection(), '', ...EXIT_CODES, ''];
}

const PLAN_EXIT_CODES = [
  'Exit codes: 0 the gate passed (or no --max-plan-* is set); 2 bad input, or a file that is not',
  "a plan 'terraform show -json' wrote (named, before anything else is done); 4 the gate failed (a",
  'threshold was passed, or a count it compares depends on what the plan cannot know yet); 1 any',
  'other failure.',
];

/** `aws-ipv4-audit check-terraform-plan --help`. */
function planHelp(): string {
  const accepted = new Set([...Object.keys(inputFlags(PLAN_COMMAND)), ...SWITCHES]);
  const groups = GROUPS.flatMap(([title, flags]) => {
    const shown = flags.filter((flag) => accepted.has(flag));
    return shown.length === 0 ? [] : ['', `${title}:`, ...flagLines(shown)];
  });
  return [
    `Usage: aws-ipv4-audit ${PLAN_COMMAND} PLAN.json... [options]`,
    '',
    "Judges what Terraform (or OpenTofu) plans do to public IPv4: each file is what 'terraform show",
    "-json PLAN' printed for a saved plan. For each resource change, the public IPv4 addresses it",
    'adds and removes and what that does to the monthly bill; what the plan cannot know yet is said',
    "('depends on'), never counted as zero. No AWS call, no credentials.",
    ...groups,
    '',
    `Reports, written to --output-path (default: ${DEFAULTS.outputDir}/):`,
    '  {epoch}_plan_changes.csv',
    '  {epoch}_report.json',
    '  {epoch}_report.html',
    '',
    ...PLAN_EXIT_CODES,
    '',
  ].join('\n');
}

/** `aws-ipv4-audit <command> --help`: the flags that command accepts, and only those. */
export function commandHelp(command: Command | typeof PLAN_COMMAND): string {
  if (command === PLAN_COMMAND) return planHelp();
  const accepted = new Set([...Object.keys(inputFlags(command)), ...SWITCHES]);
  const groups = GROUPS.flatMap(([title, flags]) => {
    const shown = flags.filter((flag) => accepted.has(flag));
    return shown.length === 0 ? [] : ['', `${title}:`, ...flagLines(shown)];
  });
  return [
    `Usage: aws-ipv4-audit ${command} [options]`,
    '',
    `${SUMMARIES[command][0]?.toUpperCase()}${SUMMARIES[command].slice(1)}.`,
    "Every enabled region is scanned unless --regions names some. Credentials come from the AWS SDK's",
    'chain (environment variables, ~/.aws, SSO, an instance or container role) unless flags give them.',
    ...groups,
    ...closingLines(),
  ].join('\n');
}
