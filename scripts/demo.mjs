// `npm run demo`: starts the AWS stand-in with the demo organisation (the sample organisation plus
// one member whose audit role cannot be assumed), runs the bundled CLI against it
// (run-multi-account), and explains what a partial scan looks like: the scan_errors.csv row and
// exit code 3. Then it judges a sample Terraform plan as a pull-request gate would
// (check-terraform-plan, no AWS at all) and explains its exit code 4. No AWS account needed. The
// demo itself exits 0 when the CLI wrote its reports.
// DEMO_OUTPUT_DIR overrides where the reports go (tests); the default is demo-output/, the
// plan's in its plan/ folder.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import readline from 'node:readline';

const root = path.resolve(import.meta.dirname, '..');
const outputDir = path.resolve(process.env.DEMO_OUTPUT_DIR ?? path.join(root, 'demo-output'));
const relative = path.relative(process.cwd(), outputDir);
const shown = relative.startsWith('..') ? outputDir : relative || '.';

const server = spawn(
  process.execPath,
  ['--import', 'tsx', 'test-support/aws/serve.ts', '--fixture', 'demo'],
  { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
);
const [line] = await once(readline.createInterface({ input: server.stdout }), 'line');
const { url, env } = JSON.parse(line);
console.log(`AWS stand-in with the demo organisation at ${url}\n`);

// With the reconciliation: the demo organisation's IPAM (in the member account) and its bill.
const args = [
  'run-multi-account',
  '--output-path',
  outputDir,
  '--ipam-resource-discovery-id',
  'ipam-res-disco-0b1c2d3e4f5a60001',
  '--ipam-account',
  '222222222222',
  '--reconcile-billing',
  'true',
  ...process.argv.slice(2),
];
console.log(`$ aws-ipv4-audit ${args.join(' ')}\n`);
const cli = spawn(process.execPath, [path.join(root, 'dist', 'cli.js'), ...args], {
  cwd: root,
  env: { ...process.env, ...env },
  stdio: 'inherit',
});
const [code] = await once(cli, 'exit');
server.kill('SIGTERM');

/** The rows of the newest scan_errors.csv in the output folder, without its header. */
async function scanErrorRows() {
  const names = (await readdir(outputDir)).filter((n) => /^\d+_scan_errors\.csv$/.test(n)).sort();
  const newest = names.at(-1);
  if (newest === undefined) return { file: undefined, rows: [] };
  const text = await readFile(path.join(outputDir, newest), 'utf8');
  return { file: path.join(shown, newest), rows: text.trim().split('\n').slice(1) };
}

const MEANINGS = {
  0: 'a complete scan, and the gate passed',
  3: 'the reports are written, but some account-regions were not read completely',
  4: 'the gate failed: a threshold was passed, or a threshold is set and the scan was incomplete',
};
console.log(`\n--- What happened (npm run demo) ---\n`);
console.log(`The CLI exited ${code}: ${MEANINGS[code] ?? 'the run failed'}.`);
if (!(code in MEANINGS)) process.exit(code ?? 1);

const { file, rows } = await scanErrorRows();
if (code === 3 && file !== undefined) {
  console.log(`
That is what the demo is meant to show. The demo organisation has a member, 444444444444, that
joined without the audit role: AssumeRole into it is refused. The scan does not stop for that. It
reads everything else, writes every report, and records each call that failed as a row of
${file}:

${rows.map((row) => `  ${row}`).join('\n')}

(account, region, API, error code, message: "global" because AssumeRole belongs to no region).
Exit code 3 tells a script that the reports are there but incomplete; the summary above says what
is missing. In a real organisation, create the role in that account (or leave it out with
--accounts). With a threshold such as --max-high-suspicion 10, an incomplete scan fails the gate
instead (exit 4) unless --fail-on-scan-errors false accepts it: a gate never passes on what it
could not check.`);
}
console.log(`
The summary also checks the scan against AWS's own records: VPC IPAM saw an address the scan's
answers do not hold (its interface is hidden from Describe calls), and the bill holds more
address-hours for 222222222222 than the addresses the scan found explain. Both are in
*_ipam_reconciliation.csv and *_billing_reconciliation.csv.`);
console.log(`\nReports in ${shown}/ (open the *_report.html in a browser).`);

// The pull-request gate: what a sample plan (`terraform show -json` of one) adds, judged alone.
const plan = path.join('__fixtures__', 'terraform', 'routing.json');
const planDir = path.join(outputDir, 'plan');
const planArgs = ['check-terraform-plan', plan, '--output-path', planDir, '--max-plan-added', '3'];
console.log(`\n--- The pull-request gate on a Terraform plan ---\n`);
console.log(`$ aws-ipv4-audit ${planArgs.join(' ').replace(planDir, path.join(shown, 'plan'))}\n`);
const planCli = spawn(process.execPath, [path.join(root, 'dist', 'cli.js'), ...planArgs], {
  cwd: root,
  stdio: 'inherit',
});
const [planCode] = await once(planCli, 'exit');
if (planCode !== 4) {
  console.log(`\nThe plan check exited ${planCode}; the demo expected its gate to fail (exit 4).`);
  process.exit(planCode === 0 ? 1 : (planCode ?? 1));
}
console.log(`
--- What happened (the plan) ---

The plan check exited 4: the gate failed. ${plan} is a sample of what
'terraform show -json PLAN' prints; the command counted the public IPv4 addresses its changes
add and remove and priced them, with no AWS call and no credentials, so a pull request's gate can
run on forks too. It adds 5 addresses, more than --max-plan-added 3 allows, and 2 of them sit in
subnets whose route table has no route to an internet gateway. In a workflow, the action does the
same with 'terraform-plan' and 'scan: false' (examples/terraform-plan-gate.yml). Its reports are
in ${path.join(shown, 'plan')}/.`);
