// The benchmark's AWS stand-in, in a process of its own (forked by bench/run.ts with an IPC
// channel): generates the organisation, serves it with the injected latency, and answers the
// parent's messages with its request counters and its own CPU use.
import { generateOrg, type GenerateOrgOptions } from '../test-support/aws/generateOrg.js';
import { startAwsStandIn } from '../test-support/aws/startAwsStandIn.js';
import type { CounterRow } from '../test-support/aws/requestCounters.js';

export interface StandInConfig {
  org: GenerateOrgOptions;
  latencyMs: number;
}

export type ParentMessage = { type: 'counters' } | { type: 'reset' } | { type: 'stop' };

export type ChildMessage =
  | { type: 'ready'; url: string; env: Record<string, string>; generateMs: number }
  | { type: 'counters'; rows: CounterRow[]; cpuMicros: number }
  | { type: 'reset' };

const send = (message: ChildMessage) => process.send?.(message);

const config = JSON.parse(process.argv[2] ?? '') as StandInConfig;
const started = performance.now();
const fixture = generateOrg(config.org);
const generateMs = performance.now() - started;
const standIn = await startAwsStandIn({ fixture, latencyMs: config.latencyMs });
let cpuMark = process.cpuUsage();

process.on('message', (message: ParentMessage) => {
  if (message.type === 'counters') {
    const cpu = process.cpuUsage(cpuMark);
    send({ type: 'counters', rows: standIn.counters.snapshot(), cpuMicros: cpu.user + cpu.system });
  } else if (message.type === 'reset') {
    standIn.resetCounters();
    cpuMark = process.cpuUsage();
    send({ type: 'reset' });
  } else {
    void standIn.close().then(() => process.exit(0));
  }
});
process.on('disconnect', () => process.exit(0));
send({ type: 'ready', url: standIn.url, env: standIn.env, generateMs });
