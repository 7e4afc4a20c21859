// `npm run demo`: starts the AWS stand-in with the bundled sample organisation, runs the bundled
// CLI against it (run-multi-account), and shows where the reports are. No AWS account needed.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import readline from 'node:readline';

const root = path.resolve(import.meta.dirname, '..');
const outputDir = path.join(root, 'demo-output');

const server = spawn(process.execPath, ['--import', 'tsx', 'test-support/aws/serve.ts'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
});
const [line] = await once(readline.createInterface({ input: server.stdout }), 'line');
const { url, env } = JSON.parse(line);
console.log(`AWS stand-in with the sample organisation at ${url}\n`);

const args = ['run-multi-account', '--output-path', outputDir, ...process.argv.slice(2)];
console.log(`$ aws-ipv4-audit ${args.join(' ')}\n`);
const cli = spawn(process.execPath, [path.join(root, 'dist', 'cli.js'), ...args], {
  cwd: root,
  env: { ...process.env, ...env },
  stdio: 'inherit',
});
const [code] = await once(cli, 'exit');
server.kill('SIGTERM');
console.log(`
exit code ${code} (0 = complete scan; 3 = reports written but some AWS calls failed)`);
console.log(`reports in ${path.relative(process.cwd(), outputDir) || '.'}/`);
