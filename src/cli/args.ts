// The command line of the Python script this tool replaces (run-single-account |
// run-multi-account, with its flags), mapped onto the canonical input names so that the one
// validator (options/options.ts) checks both entries the same way.
import { parseArgs } from 'node:util';
import { errorMessage } from '../common/errorMessage.js';
import { InputError, Inputs, type InputName, type RawInputs } from '../options/options.js';

export const COMMANDS = {
  'run-single-account': 'single-account',
  'run-multi-account': 'multi-account',
} as const;
export type Command = keyof typeof COMMANDS;

/** Flag -> input name. The Python script's flags come first; ours after. */
const COMMON_FLAGS: Record<string, InputName> = {
  profile: Inputs.Profile,
  regions: Inputs.Regions,
  'access-key-id': Inputs.AccessKeyId,
  'secret-key': Inputs.SecretAccessKey,
  'session-token': Inputs.SessionToken,
  'output-path': Inputs.OutputPath,
  'aws-region': Inputs.AwsRegion,
  concurrency: Inputs.Concurrency,
  'request-timeout': Inputs.RequestTimeout,
  'price-per-ip-hour': Inputs.PricePerIpHour,
  'max-high-suspicion': Inputs.MaxHighSuspicion,
  'max-unassociated-eips': Inputs.MaxUnassociatedEips,
  'fail-on-scan-errors': Inputs.FailOnScanErrors,
  suppressions: Inputs.Suppressions,
  baseline: Inputs.Baseline,
  'gate-on': Inputs.GateOn,
};
const MULTI_ACCOUNT_FLAGS: Record<string, InputName> = {
  accounts: Inputs.Accounts,
  'role-name': Inputs.MemberRoleName,
  'external-id': Inputs.ExternalId,
};

export const USAGE = `Usage: aws-ipv4-audit <command> [options]

Finds every public IPv4 address in one AWS account or a whole organisation, flags the ones that
are probably unnecessary, prices them, and writes CSV reports.

Commands:
  run-single-account   scan the account of the current credentials
  run-multi-account    scan every account of the organisation (or --accounts) via AssumeRole

Options (both commands):
  --profile P               AWS CLI profile for the caller's credentials
  --regions a,b             regions to scan (default: every region enabled in each account)
  --access-key-id K         access key for the caller (with --secret-key)
  --secret-key S            secret key for the caller
  --session-token T         session token for temporary keys
  --output-path DIR         directory for the reports, created if missing (default: .)
  --aws-region R            region for STS, Organizations and DescribeRegions (default: us-east-1)
  --concurrency N           AWS call chains in flight at once, 1-256 (default: 32)
  --request-timeout S       seconds an AWS request may wait for its answer, 1-600 (default: 30);
                            a call that times out is tried 3 times, then listed as a scan error
  --price-per-ip-hour USD   price of one public IPv4 address-hour (default: 0.005)
  --max-high-suspicion N    exit 4 when more HIGH-suspicion public IPs are found
  --max-unassociated-eips N exit 4 when more unassociated (charged) Elastic IPs are found
  --fail-on-scan-errors B   exit 4 when the scan missed anything (true|false; default true
                            when a threshold is set, else false)
  --suppressions FILE       YAML file of accepted findings, each with a reason (and expiry)
  --baseline FILE           an earlier *_report.json: report what is new and gone
  --gate-on all|new         with new, thresholds count only findings not in the baseline
  --verbose                 also log debug lines (each call's failure in full, stack traces)
  -h, --help                this text
  -v, --version             the version

run-multi-account only:
  --accounts 111111111111,222222222222   accounts to scan (default: every ACTIVE account)
  --role-name NAME          role to assume in each account (default: OrganizationAccountAccessRole)
  --external-id ID          ExternalId for AssumeRole

Exit codes: 0 complete scan, gate passed; 2 bad input; 3 reports written but some account-regions
not read completely (listed in *_scan_errors.csv); 4 the gate failed (a threshold was passed, or
a threshold is set and the scan was incomplete); 5 nothing could be scanned; 1 any other failure.
`;

export type ParsedCli =
  | { kind: 'usage' }
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'run'; command: Command; raw: RawInputs; verbose: boolean };

/** The flag a user typed for an input, for messages (e.g. member-role-name -> --role-name). */
export function flagFor(input: string): string {
  const all = { ...COMMON_FLAGS, ...MULTI_ACCOUNT_FLAGS };
  const flag = Object.keys(all).find((f) => all[f] === input);
  return flag ? `--${flag}` : input;
}

export function parseCli(argv: string[]): ParsedCli {
  const [command, ...rest] = argv;
  // No command is a mistake to point out (stderr, exit 2), not a request for help.
  if (command === undefined) return { kind: 'usage' };
  if (command === '-h' || command === '--help' || command === 'help') return { kind: 'help' };
  if (command === '-v' || command === '--version') return { kind: 'version' };
  if (!(command in COMMANDS)) {
    throw new InputError(
      'command',
      `unknown command '${command}' (run-single-account or run-multi-account)`,
    );
  }
  const flags =
    command === 'run-multi-account' ? { ...COMMON_FLAGS, ...MULTI_ACCOUNT_FLAGS } : COMMON_FLAGS;
  const args = attachValues(rest, flags);
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        ...Object.fromEntries(Object.keys(flags).map((f) => [f, { type: 'string' as const }])),
        help: { type: 'boolean', short: 'h' },
        verbose: { type: 'boolean' },
      },
    });
  } catch (error) {
    // node:util says e.g. "Unknown option '--acounts'"; keep its words, drop its advice lines.
    const message = errorMessage(error).split('. ')[0] ?? '';
    throw new InputError(command, message.replace(/\.$/, ''));
  }
  if (parsed.values.help) return { kind: 'help' };
  const raw: RawInputs = { [Inputs.Mode]: COMMANDS[command as Command] };
  for (const [flag, input] of Object.entries(flags)) {
    const value = (parsed.values as Record<string, string | boolean | undefined>)[flag];
    if (typeof value === 'string') raw[input] = value;
  }
  return { kind: 'run', command: command as Command, raw, verbose: parsed.values.verbose === true };
}

/**
 * `--flag value` as `--flag=value` for every flag that takes a value, so that a value starting
 * with `-` (`--max-high-suspicion -3`) reaches the validator, which quotes it, instead of
 * node:util's "did you forget the option argument". A flag followed by nothing, or by another
 * flag, has no value.
 */
function attachValues(args: readonly string[], flags: Readonly<Record<string, InputName>>) {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const name = /^--([\w-]+)$/.exec(arg)?.[1];
    const input = name !== undefined && Object.hasOwn(flags, name) ? flags[name] : undefined;
    if (input === undefined) {
      out.push(arg);
      continue;
    }
    const value = args[i + 1];
    if (value === undefined || /^--[\w-]+(=|$)/.test(value) || value === '-h') {
      throw new InputError(input, 'needs a value');
    }
    out.push(`--${name}=${value}`);
    i++;
  }
  return out;
}
