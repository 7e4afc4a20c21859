// The command line of the Python script this tool replaces (run-single-account |
// run-multi-account, with its flags), mapped onto the canonical input names so that the one
// validator (options/options.ts) checks both entries the same way.
import { parseArgs } from 'node:util';
import { errorMessage } from '../common/errorMessage.js';
import { THRESHOLD_ENTRIES } from '../gate/thresholds.js';
import { InputError, Inputs, type InputName, type RawInputs } from '../options/options.js';
import { refuseUnknownFlags, unknownCommand, type FlagTable } from './refuseUnknown.js';

export const COMMANDS = {
  'run-single-account': 'single-account',
  'run-multi-account': 'multi-account',
} as const;
export type Command = keyof typeof COMMANDS;

/** The pull-request check on Terraform plans: no scan, no AWS call, no credentials. */
export const PLAN_COMMAND = 'check-terraform-plan';

/** Flag -> input of the thresholds that judge the scan or the plans, from their table. */
function thresholdFlags(judges: 'scan' | 'plan'): Record<string, InputName> {
  const entries = THRESHOLD_ENTRIES.filter(([, entry]) => entry.judges === judges);
  return Object.fromEntries(entries.map(([, entry]) => [entry.flag, entry.input]));
}

/** The flags of check-terraform-plan; its other arguments are the plan files. */
const PLAN_FLAGS: Record<string, InputName> = {
  'output-path': Inputs.OutputPath,
  'price-per-ip-hour': Inputs.PricePerIpHour,
  ...thresholdFlags('plan'),
};

/** Every command, for the refusal of a mistyped one. */
const ALL_COMMANDS = [...Object.keys(COMMANDS), PLAN_COMMAND];

/** Flag -> input name. The Python script's flags come first; ours after, the gate's from its table. */
const COMMON_FLAGS: Record<string, InputName> = {
  profile: Inputs.Profile,
  regions: Inputs.Regions,
  'exclude-regions': Inputs.ExcludeRegions,
  'access-key-id': Inputs.AccessKeyId,
  'secret-key': Inputs.SecretAccessKey,
  'session-token': Inputs.SessionToken,
  'output-path': Inputs.OutputPath,
  'aws-region': Inputs.AwsRegion,
  concurrency: Inputs.Concurrency,
  'request-timeout': Inputs.RequestTimeout,
  'price-per-ip-hour': Inputs.PricePerIpHour,
  ...thresholdFlags('scan'),
  suppressions: Inputs.Suppressions,
  baseline: Inputs.Baseline,
  'gate-on': Inputs.GateOn,
  'ipam-resource-discovery-id': Inputs.IpamResourceDiscoveryId,
  'reconcile-billing': Inputs.ReconcileBilling,
};
const MULTI_ACCOUNT_FLAGS: Record<string, InputName> = {
  accounts: Inputs.Accounts,
  'organizational-units': Inputs.OrganizationalUnits,
  'exclude-accounts': Inputs.ExcludeAccounts,
  'role-name': Inputs.MemberRoleName,
  'external-id': Inputs.ExternalId,
  'ipam-account': Inputs.IpamAccount,
};

export type ParsedCli =
  | { kind: 'usage' }
  /** The general help, or one command's when `command` is set. */
  | { kind: 'help'; command?: Command | typeof PLAN_COMMAND }
  | { kind: 'version' }
  | { kind: 'run'; command: Command; raw: RawInputs; verbose: boolean; quiet: boolean }
  /** check-terraform-plan: its plan files, as given, and its flags. */
  | { kind: 'plan'; files: string[]; raw: RawInputs; verbose: boolean; quiet: boolean };

/** The flags that set an input, for one command (the help lists exactly these). */
export function inputFlags(
  command: Command | typeof PLAN_COMMAND,
): Readonly<Record<string, InputName>> {
  if (command === PLAN_COMMAND) return PLAN_FLAGS;
  return command === 'run-multi-account'
    ? { ...COMMON_FLAGS, ...MULTI_ACCOUNT_FLAGS }
    : COMMON_FLAGS;
}

/** The flag a user typed for an input, for messages (e.g. member-role-name -> --role-name). */
export function flagFor(input: string): string {
  const all = { ...COMMON_FLAGS, ...MULTI_ACCOUNT_FLAGS, ...PLAN_FLAGS };
  const flag = Object.keys(all).find((f) => all[f] === input);
  return flag ? `--${flag}` : input;
}

export function parseCli(argv: string[]): ParsedCli {
  const [command, ...rest] = argv;
  // No command is a mistake to point out (stderr, exit 2), not a request for help.
  if (command === undefined) return { kind: 'usage' };
  if (command === '-h' || command === '--help' || command === 'help') return { kind: 'help' };
  if (command === '-v' || command === '--version') return { kind: 'version' };
  if (command === PLAN_COMMAND) return parsePlanCommand(rest);
  if (!(command in COMMANDS)) throw unknownCommand(command, ALL_COMMANDS);
  const flags = inputFlags(command as Command);
  // Help is answered before anything else is checked: `run-multi-account --acounts 1 --help`
  // shows what the command accepts rather than an error about the typo.
  if (rest.includes('--help') || rest.includes('-h')) {
    return { kind: 'help', command: command as Command };
  }
  const args = attachValues(rest, flags);
  refuseUnknownFlags(command, args, flagTable());
  const parsed = parseFlags(command, args, flags);
  return {
    kind: 'run',
    command: command as Command,
    raw: { [Inputs.Mode]: COMMANDS[command as Command], ...parsed.raw },
    verbose: parsed.verbose,
    quiet: parsed.quiet,
  };
}

/**
 * `check-terraform-plan PLAN.json... [flags]`: every word that is not a flag or a flag's value is
 * a plan file (after `--`, every word: a file may start with a dash).
 */
function parsePlanCommand(rest: readonly string[]): ParsedCli {
  if (rest.includes('--help') || rest.includes('-h'))
    return { kind: 'help', command: PLAN_COMMAND };
  const dashes = rest.indexOf('--');
  const before = dashes < 0 ? rest : rest.slice(0, dashes);
  const args = attachValues(before, PLAN_FLAGS);
  const files = [
    ...args.filter((arg) => !arg.startsWith('-') || arg === '-'),
    ...(dashes < 0 ? [] : rest.slice(dashes + 1)),
  ];
  const flagArgs = args.filter((arg) => arg.startsWith('-') && arg !== '-');
  refuseUnknownFlags(PLAN_COMMAND, flagArgs, flagTable());
  if (files.length === 0) {
    throw new InputError(
      PLAN_COMMAND,
      `needs at least one plan file: aws-ipv4-audit ${PLAN_COMMAND} PLAN.json... (what 'terraform show -json PLAN' wrote)`,
    );
  }
  const parsed = parseFlags(PLAN_COMMAND, flagArgs, PLAN_FLAGS);
  return { kind: 'plan', files, ...parsed };
}

/** The flags' values by input name, and the switches; repeats, blanks and both switches refused. */
function parseFlags(
  command: string,
  args: string[],
  flags: Readonly<Record<string, InputName>>,
): { raw: RawInputs; verbose: boolean; quiet: boolean } {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      tokens: true,
      allowPositionals: false,
      options: {
        ...Object.fromEntries(Object.keys(flags).map((f) => [f, { type: 'string' as const }])),
        verbose: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
      },
    });
  } catch (error) {
    // node:util says e.g. "Unknown option '--acounts'"; keep its words, drop its advice lines.
    const message = errorMessage(error).split('. ')[0] ?? '';
    throw new InputError(command, message.replace(/\.$/, ''));
  }
  refuseRepeatsAndBlanks(parsed.tokens, flags);
  if (parsed.values.quiet === true && parsed.values.verbose === true) {
    throw new InputError('--quiet', 'and --verbose ask for less and for more: give one');
  }
  const raw: RawInputs = {};
  for (const [flag, input] of Object.entries(flags)) {
    const value = (parsed.values as Record<string, string | boolean | undefined>)[flag];
    if (typeof value === 'string') raw[input] = value;
  }
  return { raw, verbose: parsed.values.verbose === true, quiet: parsed.values.quiet === true };
}

/** Every command's flags, for the refusal of a flag the command does not take. */
function flagTable(): FlagTable {
  const switches = ['quiet', 'verbose', 'help'];
  const byCommand = {
    ...Object.fromEntries(
      Object.keys(COMMANDS).map((c) => [
        c,
        [...Object.keys(inputFlags(c as Command)), ...switches],
      ]),
    ),
    [PLAN_COMMAND]: [...Object.keys(PLAN_FLAGS), ...switches],
  };
  const all = { ...COMMON_FLAGS, ...MULTI_ACCOUNT_FLAGS, ...PLAN_FLAGS };
  const aliases = Object.fromEntries(
    Object.entries(all)
      .filter(([flag, input]) => flag !== input)
      .map(([flag, input]) => [input, flag]),
  );
  return { byCommand, switches, short: ['q'], aliases };
}

/**
 * A flag given twice (`--regions a --regions b`) would keep only its last value, and an empty
 * one (`--regions ''`, an unset variable in CI) would fall back to the default, widening the scan
 * without a word: both are refused.
 */
function refuseRepeatsAndBlanks(
  tokens: readonly { kind: string; name?: string; value?: string | undefined }[],
  flags: Readonly<Record<string, InputName>>,
): void {
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name === undefined) continue;
    const input = flags[token.name];
    // The values are not quoted: some are secrets.
    if (seen.has(token.name)) {
      throw new InputError(input ?? `--${token.name}`, 'is given twice: give it once');
    }
    seen.add(token.name);
    if (input !== undefined && (token.value ?? '').trim() === '') {
      throw new InputError(input, `is empty: give a value, or leave the flag out for the default`);
    }
  }
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
