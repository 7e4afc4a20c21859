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

  it('refuses an unknown command, naming the one it probably meant', () => {
    const refused =
      (...argv: string[]) =>
      () =>
        parseCli(argv);
    expect(refused('run-single-acount')).toThrow(
      new InputError(
        'command',
        "unknown command 'run-single-acount'; did you mean run-single-account?",
      ),
    );
    expect(refused('run_multi_account', '-q')).toThrow(
      new InputError(
        'command',
        "unknown command 'run_multi_account'; did you mean run-multi-account?",
      ),
    );
    expect(refused('multi')).toThrow(
      new InputError('command', "unknown command 'multi'; did you mean run-multi-account?"),
    );
    expect(refused('scan')).toThrow(
      new InputError('command', "unknown command 'scan' (run-single-account or run-multi-account)"),
    );
    // A flag first: the command is missing, and the flag's value is not quoted.
    expect(refused('--secret-key', 'abc12345', 'run-single-account')).toThrow(
      new InputError(
        'command',
        'none given: the command comes first (run-single-account or run-multi-account), then its flags',
      ),
    );
  });

  it('refuses an unknown flag, naming the one it probably meant, and the command that takes it', () => {
    const refused =
      (...argv: string[]) =>
      () =>
        parseCli(argv);
    expect(refused('run-multi-account', '--acounts', '111111111111')).toThrow(
      new InputError('--acounts', 'unknown flag; did you mean --accounts?'),
    );
    expect(refused('run-single-account', '--accounts', '111111111111')).toThrow(
      new InputError('--accounts', 'only run-multi-account takes this flag'),
    );
    expect(refused('run-single-account', '--acounts=111111111111')).toThrow(
      new InputError(
        '--acounts',
        'unknown flag; did you mean --accounts? (only run-multi-account takes it)',
      ),
    );
    // The action's input name for a flag of another name.
    expect(refused('run-multi-account', '--member-role-name', 'Audit')).toThrow(
      new InputError('--member-role-name', 'unknown flag; did you mean --role-name?'),
    );
    expect(refused('run-single-account', '--quite')).toThrow(
      new InputError('--quite', 'unknown flag; did you mean --quiet?'),
    );
    expect(refused('run-single-account', '-regions', 'us-east-1')).toThrow(
      new InputError('-regions', 'unknown flag; did you mean --regions?'),
    );
    expect(refused('run-single-account', '--output-dir', 'out')).toThrow(
      new InputError('--output-dir', 'unknown flag; did you mean --output-path?'),
    );
    expect(refused('run-single-account', '--frobnicate')).toThrow(
      new InputError(
        '--frobnicate',
        'unknown flag (every flag of run-single-account: aws-ipv4-audit run-single-account --help)',
      ),
    );
    expect(refused('run-single-account', '-x')).toThrow(
      new InputError(
        '-x',
        'unknown flag (every flag of run-single-account: aws-ipv4-audit run-single-account --help)',
      ),
    );
  });

  it('never quotes the value of a mistyped flag, nor a word no flag takes (some are secrets)', () => {
    const problem = (...argv: string[]) => {
      try {
        parseCli(argv);
      } catch (error) {
        return error instanceof InputError ? `${error.input}: ${error.problem}` : String(error);
      }
      return 'accepted';
    };
    expect(problem('run-single-account', '--secret-kye', 'abc12345')).toBe(
      '--secret-kye: unknown flag; did you mean --secret-key?',
    );
    expect(problem('run-single-account', '--secret-kye=abc12345')).toBe(
      '--secret-kye: unknown flag; did you mean --secret-key?',
    );
    expect(problem('run-single-account', '--secret-key', 'abc', 'def12345')).toBe(
      '--secret-key: takes one value, and a second word follows it (a list is comma-separated: a,b)',
    );
    expect(problem('run-single-account', '--verbose', 'abc12345')).toBe(
      '--verbose: takes no value, and a word follows it',
    );
    expect(problem('run-single-account', '--quiet=abc12345')).toBe('--quiet: takes no value');
    expect(problem('run-single-account', 'abc12345')).toBe(
      'run-single-account: takes only flags, and the word after it is not one',
    );
    expect(problem('run-single-account', '--', 'abc12345')).toBe(
      "run-single-account: takes only flags, and words follow '--'",
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
