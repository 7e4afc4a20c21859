// A mistyped command or flag is refused with the name it was probably meant to be, and a flag
// that only another command takes says which. Values are never quoted: some are secrets.
import { InputError } from '../options/options.js';
import { closestName } from './closestName.js';

/** What the refusals need to know of the commands' flags (names without their dashes). */
export interface FlagTable {
  /** Each command's flags: those that set an input, then the switches. */
  byCommand: Readonly<Record<string, readonly string[]>>;
  /** The flags that take no value (`quiet`). */
  switches: readonly string[];
  /** One-letter flags (`q` for `-q`). */
  short: readonly string[];
  /** Names a user may type for a flag of another name: the action's input names (`member-role-name`). */
  aliases: Readonly<Record<string, string>>;
}

/** The error for a first word that is not a command. */
export function unknownCommand(word: string, commands: readonly string[]): InputError {
  if (word.startsWith('-')) {
    return new InputError(
      'command',
      `none given: the command comes first (${commands.join(' or ')}), then its flags`,
    );
  }
  const meant = closestName(word, commands);
  return new InputError(
    'command',
    meant === undefined
      ? `unknown command '${word}' (${commands.join(' or ')})`
      : `unknown command '${word}'; did you mean ${meant}?`,
  );
}

/**
 * Refuses, in order, the first argument of `command` that is not one of its flags, or a word that
 * no flag takes as its value. `args` has every value attached to its flag (`--regions=a,b`).
 */
export function refuseUnknownFlags(
  command: string,
  args: readonly string[],
  table: FlagTable,
): void {
  const accepted = new Set(table.byCommand[command]);
  let previous: string | undefined;
  for (const arg of args) {
    if (arg === '--' || arg === '-' || !arg.startsWith('-')) {
      throw notAFlag(command, previous, arg === '--', table);
    }
    const long = arg.startsWith('--');
    const name = arg.slice(long ? 2 : 1).split('=', 1)[0] ?? '';
    const given = `${long ? '--' : '-'}${name}`;
    if (!(long ? accepted.has(name) : table.short.includes(name))) {
      throw new InputError(given, unknownFlag(command, name, long, accepted, table));
    }
    if (long && arg.includes('=') && table.switches.includes(name)) {
      throw new InputError(given, 'takes no value');
    }
    previous = given;
  }
}

/** A word in the place of a flag: what it follows says what went wrong, without quoting it. */
function notAFlag(
  command: string,
  previous: string | undefined,
  afterDashes: boolean,
  table: FlagTable,
): InputError {
  if (afterDashes) return new InputError(command, "takes only flags, and words follow '--'");
  if (previous === undefined) {
    return new InputError(command, 'takes only flags, and the word after it is not one');
  }
  const name = previous.replace(/^--?/, '');
  if (table.switches.includes(name) || table.short.includes(name)) {
    return new InputError(previous, 'takes no value, and a word follows it');
  }
  return new InputError(
    previous,
    'takes one value, and a second word follows it (a list is comma-separated: a,b)',
  );
}

function unknownFlag(
  command: string,
  name: string,
  long: boolean,
  accepted: ReadonlySet<string>,
  table: FlagTable,
): string {
  const owners = (flag: string) =>
    Object.keys(table.byCommand).filter((c) => c !== command && table.byCommand[c]?.includes(flag));
  const meant = (flag: string) => {
    const others = accepted.has(flag) ? [] : owners(flag);
    const only = others.length > 0 ? ` (only ${others.join(' and ')} takes it)` : '';
    return `unknown flag; did you mean --${flag}?${only}`;
  };
  const help = `unknown flag (every flag of ${command}: aws-ipv4-audit ${command} --help)`;
  // `-x`: too short to guess from.
  if (!long && name.length <= 1) return help;
  // `-regions`: one dash short.
  if (!long && (accepted.has(name) || owners(name).length > 0)) return meant(name);
  if (owners(name).length > 0) return `only ${owners(name).join(' and ')} takes this flag`;
  const alias = table.aliases[name];
  if (alias !== undefined) return meant(alias);
  const near = closestName(name, [...accepted]);
  if (near !== undefined) return meant(near);
  const elsewhere = closestName(
    name,
    Object.values(table.byCommand).flatMap((flags) => flags.filter((f) => !accepted.has(f))),
  );
  return elsewhere === undefined ? help : meant(elsewhere);
}
