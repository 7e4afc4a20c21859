import { runCli } from './cli/cli.js';
import { limitHeapGrowth } from './common/heapGrowth.js';

limitHeapGrowth();
process.exitCode = await runCli(process.argv.slice(2));
