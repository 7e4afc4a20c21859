import { describe, expect, it } from 'vitest';
import { flagFor, parseCli } from '../../../src/cli/args.js';
import { InputError } from '../../../src/options/options.js';

/** The input a flag sets (they share names but for these). */
const flagInput = (flag: string) => flag.slice(2);

describe('parseCli', () => {
  it("maps the Python script's flags, and ours, onto input names", () => {
    expect(
      parseCli([
        'run-multi-account',
        '--accounts',
        '111111111111',
        '--role-name',
        'Audit',
        '--external-id',
        'x-1',
        '--regions',
        'us-east-1',
        '--profile',
        'p',
        '--output-path',
        'out/',
        '--request-timeout',
        '5',
      ]),
    ).toEqual({
      kind: 'run',
      command: 'run-multi-account',
      raw: {
        mode: 'multi-account',
        accounts: '111111111111',
        'member-role-name': 'Audit',
        'external-id': 'x-1',
        regions: 'us-east-1',
        profile: 'p',
        'output-path': 'out/',
        'request-timeout': '5',
      },
      verbose: false,
      quiet: false,
    });
  });

  it('answers help and version, and asks for a command when there is none', () => {
    expect(parseCli([])).toEqual({ kind: 'usage' });
    expect(parseCli(['--help'])).toEqual({ kind: 'help' });
    expect(parseCli(['run-single-account', '--help'])).toEqual({
      kind: 'help',
      command: 'run-single-account',
    });
    // Help wins over a mistake elsewhere on the line: it shows what the command accepts.
    expect(parseCli(['run-multi-account', '--acounts', '1', '-h'])).toEqual({
      kind: 'help',
      command: 'run-multi-account',
    });
    expect(parseCli(['--version'])).toEqual({ kind: 'version' });
  });

  it('rejects unknown commands and flags, and multi-account flags in single-account mode', () => {
    expect(() => parseCli(['scan'])).toThrow(
      new InputError('command', "unknown command 'scan' (run-single-account or run-multi-account)"),
    );
    expect(() => parseCli(['run-multi-account', '--acounts', '1'])).toThrow(
      /Unknown option '--acounts'/,
    );
    expect(() => parseCli(['run-single-account', '--accounts', '111111111111'])).toThrow(
      /Unknown option '--accounts'/,
    );
  });

  it('hands a value that starts with a dash to the validator, which quotes it', () => {
    expect(parseCli(['run-single-account', '--max-high-suspicion', '-3'])).toEqual({
      kind: 'run',
      command: 'run-single-account',
      raw: { mode: 'single-account', 'max-high-suspicion': '-3' },
      verbose: false,
      quiet: false,
    });
  });

  it('says which flag has no value', () => {
    expect(() => parseCli(['run-single-account', '--regions'])).toThrow(
      new InputError('regions', 'needs a value'),
    );
    expect(() => parseCli(['run-single-account', '--profile', '--regions', 'us-east-1'])).toThrow(
      new InputError('profile', 'needs a value'),
    );
  });

  it('refuses a flag given twice, without quoting either value (some are secrets)', () => {
    const twice =
      (...args: string[]) =>
      () =>
        parseCli(['run-single-account', ...args]);
    expect(twice('--regions', 'us-east-1', '--regions', 'eu-west-1')).toThrow(
      new InputError('regions', 'is given twice: give it once'),
    );
    expect(twice('--secret-key', 'abc12345', '--secret-key=def67890')).toThrow(
      new InputError('secret-key', 'is given twice: give it once'),
    );
    expect(twice('--verbose', '--verbose')).toThrow(
      new InputError('--verbose', 'is given twice: give it once'),
    );
  });

  it('refuses an empty value rather than falling back to the default', () => {
    for (const flag of ['--regions', '--output-path', '--concurrency', '--profile']) {
      for (const value of ['', '   ']) {
        expect(() => parseCli(['run-single-account', flag, value]), `${flag} '${value}'`).toThrow(
          new InputError(
            flagInput(flag),
            'is empty: give a value, or leave the flag out for the default',
          ),
        );
      }
    }
    expect(() => parseCli(['run-multi-account', '--role-name='])).toThrow(
      new InputError(
        'member-role-name',
        'is empty: give a value, or leave the flag out for the default',
      ),
    );
  });

  it('refuses --quiet with --verbose', () => {
    expect(() => parseCli(['run-single-account', '-q', '--verbose'])).toThrow(
      new InputError('--quiet', 'and --verbose ask for less and for more: give one'),
    );
  });

  it('names flags as the user typed them', () => {
    expect(flagFor('member-role-name')).toBe('--role-name');
    expect(flagFor('regions')).toBe('--regions');
    expect(flagFor('request-timeout')).toBe('--request-timeout');
    expect(flagFor('command')).toBe('command');
  });
});
