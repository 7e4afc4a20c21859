// The help is what a newcomer reads first: each command's lists exactly what that command takes,
// and every text names the files a run writes and the folder they go to.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMANDS, inputFlags, parseCli, type Command } from '../../../src/cli/args.js';
import { runCli } from '../../../src/cli/cli.js';
import { ExitCode } from '../../../src/cli/exitCode.js';
import { commandHelp, generalHelp, reportFiles, SWITCHES } from '../../../src/cli/helpText.js';
import { DEFAULTS } from '../../../src/options/options.js';
import { sink } from '../../integration/cliRunner.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

/** The flags an option line of the help starts with (`  -q, --quiet   ...` -> quiet). */
function listedFlags(help: string): string[] {
  return [...help.matchAll(/^ {2}(?:-\w, )?--([\w-]+)/gm)].map((m) => m[1] ?? '');
}

const commands = Object.keys(COMMANDS) as Command[];

describe('help', () => {
  it.each(commands)('%s --help lists exactly the flags the command accepts', (command) => {
    const listed = listedFlags(commandHelp(command));
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.sort()).toEqual([...Object.keys(inputFlags(command)), ...SWITCHES].sort());
    // And the parser takes each of them.
    for (const flag of Object.keys(inputFlags(command))) {
      expect(parseCli([command, `--${flag}`, 'x']).kind, flag).toBe('run');
    }
    expect(parseCli([command, '--quiet'])).toMatchObject({ quiet: true, verbose: false });
    expect(parseCli([command, '--verbose'])).toMatchObject({ quiet: false, verbose: true });
  });

  it('keeps multi-account flags out of run-single-account --help', () => {
    const help = commandHelp('run-single-account');
    expect(help).toMatch(/^Usage: aws-ipv4-audit run-single-account \[options\]\n/);
    for (const flag of ['--accounts', '--role-name', '--external-id']) {
      expect(help).not.toContain(flag);
      expect(commandHelp('run-multi-account')).toContain(flag);
    }
  });

  it('the general help lists the commands and the common flags, and points to the rest', () => {
    const help = generalHelp();
    for (const command of commands) expect(help).toContain(`\n  ${command} `);
    expect(listedFlags(help)).toEqual([
      'profile',
      'regions',
      'output-path',
      'quiet',
      'help',
      'version',
    ]);
    expect(help).toContain('Every option of a command: aws-ipv4-audit <command> --help\n');
    expect(help).toContain('writes reports: CSV, JSON and an HTML page.');
  });

  it('names every report file and the default folder, the same as the action', () => {
    const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
    };
    expect(DEFAULTS.outputDir).toBe('ipv4-audit-reports');
    expect(action.inputs['output-path']?.default).toBe(DEFAULTS.outputDir);
    for (const help of [generalHelp(), ...commands.map(commandHelp)]) {
      expect(help).toContain('Reports, written to --output-path (default: ipv4-audit-reports/):\n');
      for (const file of reportFiles()) expect(help).toContain(`\n  ${file}\n`);
    }
    expect(reportFiles()).toEqual([
      '{epoch}_associated_eips.csv',
      '{epoch}_unassociated_eips.csv',
      '{epoch}_eni_public_ips.csv',
      '{epoch}_private_subnets_with_auto_assign.csv',
      '{epoch}_vpn_connections.csv',
      '{epoch}_global_accelerators.csv',
      '{epoch}_unchecked_accounts.csv',
      '{epoch}_scan_errors.csv',
      '{epoch}_policy_denied.csv',
      '{epoch}_report.json',
      '{epoch}_report.html',
      '{epoch}_remediation.sh',
    ]);
  });

  it('names each file an option adds, with the option that adds it', () => {
    for (const help of [generalHelp(), ...commands.map(commandHelp)]) {
      expect(help).toContain(
        'and, each when its option is on:\n' +
          '  {epoch}_ipam_reconciliation.csv       with --ipam-resource-discovery-id\n' +
          '  {epoch}_billing_reconciliation.csv    with --reconcile-billing\n' +
          "  {epoch}_plan_changes.csv              with the action's terraform-plan (and check-terraform-plan)\n",
      );
    }
  });

  it('gives every exit code once, as the README does, with 0 for accepted partial coverage', () => {
    /** Exit code -> what the text says of it, from `Exit codes: 0 ...; 2 ...` (markdown bold allowed). */
    const clauses = (text: string) => {
      const paragraph = /Exit codes: ([\s\S]*?)\n\n/.exec(`${text}\n\n`)?.[1] ?? '';
      return new Map(
        paragraph
          .replace(/\s+/g, ' ')
          .split(/; (?=\**\d\**\s)/)
          .map((clause) => {
            const [, code = '', words = ''] = /^\**(\d)\**\s(.*)$/.exec(clause) ?? [];
            return [Number(code), words] as const;
          }),
      );
    };
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const [where, text] of [
      ['help', generalHelp()],
      ['README', readme.slice(readme.indexOf('\nExit codes: '))],
    ] as const) {
      const said = clauses(text);
      expect([...said.keys()].sort(), where).toEqual(Object.values(ExitCode).sort());
      expect(said.get(ExitCode.Ok), where).toContain('--fail-on-scan-errors false');
      expect(said.get(ExitCode.NothingScanned), where).toContain('whatever');
    }
  });

  it('answers --help on stdout with exit 0, and no command on stderr with exit 2', async () => {
    const run = async (argv: string[]) => {
      const out = sink();
      const err = sink();
      const code = await runCli(argv, { stdout: out.stream, stderr: err.stream });
      return { code, stdout: out.text(), stderr: err.text() };
    };
    expect(await run(['run-multi-account', '--help'])).toEqual({
      code: 0,
      stdout: commandHelp('run-multi-account'),
      stderr: '',
    });
    expect(await run(['--help'])).toEqual({ code: 0, stdout: generalHelp(), stderr: '' });
    expect(await run([])).toEqual({ code: 2, stdout: '', stderr: generalHelp() });
  });
});
