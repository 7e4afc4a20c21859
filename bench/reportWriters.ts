// The report writers alone, in this process: one scan of the generated organisation against the
// AWS stand-in (in-process), then each format written `--rounds` times to a scratch folder, CPU
// seconds per format (median). With `--ref DIR`, the writers of another checkout of this
// repository (its own `npm ci` done) run interleaved with these on the same outcome, and every
// file they wrote is compared byte for byte.
//
//   npm run bench:writers -- --enis 250 --rounds 5 --ref /tmp/ref
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { preflight } from '../src/audit/preflight.js';
import { runAudit } from '../src/audit/runAudit.js';
import { parseCli } from '../src/cli/args.js';
import { validate } from '../src/options/options.js';
import { REPORT_FILES, type ReportFile } from '../src/report/reportFiles.js';
import { generateOrg } from '../test-support/aws/generateOrg.js';
import { startAwsStandIn } from '../test-support/aws/startAwsStandIn.js';

const { values } = parseArgs({
  options: {
    enis: { type: 'string', default: '250' },
    rounds: { type: 'string', default: '5' },
    ref: { type: 'string' },
  },
});
const enisPerRegion = Number(values.enis);
const rounds = Number(values.rounds);

const standIn = await startAwsStandIn({
  fixture: generateOrg({ accounts: 40, regions: 5, enisPerRegion }),
});
for (const [key, value] of Object.entries(standIn.env)) process.env[key] = value;
const out = await mkdtemp(path.join(os.tmpdir(), 'ipv4-audit-writers-'));
const parsed = parseCli(['run-multi-account', '--output-path', out]);
if (parsed.kind !== 'run') throw new Error(`unexpected command line: ${parsed.kind}`);
const options = validate(parsed.raw);
const prepared = await preflight(options);
const quiet = { debug() {}, info() {}, warning() {}, error() {} };
const outcome = await runAudit(options, prepared.suppressions, {
  logger: quiet,
  mask() {},
  redact: (text) => text,
  loadBaseline: () => Promise.reject(new Error('no baseline')),
});
await standIn.close();

const writers: [string, readonly ReportFile[]][] = [['this', REPORT_FILES]];
if (values.ref !== undefined) {
  const module = pathToFileURL(path.resolve(values.ref, 'src/report/reportFiles.ts')).href;
  writers.push(['ref', ((await import(module)) as { REPORT_FILES: ReportFile[] }).REPORT_FILES]);
}
const format = (file: ReportFile) => (file.name.endsWith('.csv') ? 'CSV files' : file.name);
const formats = [...new Set(REPORT_FILES.map(format))];
const cpu: Record<string, number[]> = {};
for (const [name] of writers) await mkdir(path.join(out, name));
for (let round = 0; round < rounds; round++) {
  for (const f of formats) {
    // Interleaved, each first in turn: the machine's load falls on both alike.
    const order = round % 2 === 0 ? writers : [...writers].reverse();
    for (const [name, files] of order) {
      const start = process.cpuUsage();
      for (const file of files) {
        if (format(file) === f && file.writes?.(outcome) !== false) {
          await file.write(outcome, path.join(out, name), 1);
        }
      }
      const used = process.cpuUsage(start);
      (cpu[`${f} (${name})`] ??= []).push((used.user + used.system) / 1e6);
    }
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const enis = outcome.result.eniPublicIps.length;
console.log(
  `report writers, ${enis.toLocaleString('en-US')} interface addresses, ${rounds} rounds`,
);
for (const [label, xs] of Object.entries(cpu)) {
  const all = xs.map((x) => x.toFixed(2)).join(' ');
  console.log(`${label.padEnd(26)} ${median(xs).toFixed(3)} s CPU (median; runs ${all})`);
}
if (values.ref !== undefined) {
  for (const file of REPORT_FILES) {
    if (file.writes?.(outcome) === false) continue;
    const name = `1_${file.name}`;
    const [mine, theirs] = await Promise.all(
      ['this', 'ref'].map((dir) => readFile(path.join(out, dir, name))),
    );
    const same = mine !== undefined && theirs !== undefined && mine.equals(theirs);
    console.log(
      `${file.name.padEnd(38)} ${same ? 'same bytes' : 'DIFFERENT'} (${mine?.length} bytes)`,
    );
    if (!same) process.exitCode = 1;
  }
}
await rm(out, { recursive: true, force: true });
