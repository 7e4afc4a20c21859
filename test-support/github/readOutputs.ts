import { readFileSync } from 'node:fs';

/**
 * The step outputs written to GITHUB_OUTPUT, parsed as the runner does: `name=value` lines and
 * `name<<DELIMITER` heredocs (what core.setOutput writes). A later value for a name wins.
 */
export function readOutputs(env: Record<string, string | undefined>): Record<string, string> {
  const file = env.GITHUB_OUTPUT;
  if (!file) throw new Error('readOutputs: env has no GITHUB_OUTPUT');
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const outputs: Record<string, string> = {};
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
      if (i >= lines.length) throw new Error(`readOutputs: '${name}' has no closing ${delimiter}`);
      outputs[name] = value.join('\n');
      continue;
    }
    const equals = line.indexOf('=');
    if (equals <= 0) throw new Error(`readOutputs: malformed line '${line}'`);
    outputs[line.slice(0, equals)] = line.slice(equals + 1);
  }
  return outputs;
}
