// Long fuzz campaigns: pnpm test:fuzz --runs N --seed S [--steps K] [--document plan|group]. Prints the seed and operation log of a failure.
import { parseArgs } from 'node:util';
import { describeFailure, runSchedule } from './run-schedule';
import { sqliteRelayLog } from './sqlite-relay-log';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    steps: { type: 'string' },
    document: { type: 'string', default: 'plan' },
  },
});
const runs = Number(values.runs);
const first = Number(values.seed);
const steps = values.steps ? Number(values.steps) : undefined;
const started = performance.now();
let failures = 0;
for (let seed = first; seed < first + runs; seed++) {
  const document = values.document === 'group' ? 'group' : 'plan';
  // Odd seeds of a plan run two app versions (devices update to the next one as the schedule goes on).
  const twoVersions = document === 'plan' && seed % 2 === 1;
  const result = await runSchedule(seed, { steps, document, twoVersions, relayLog: seed % 10 === 0 ? sqliteRelayLog : undefined });
  if (!result.ok) {
    failures += 1;
    console.error(describeFailure(result));
    if (failures >= 3) break;
  }
  if ((seed - first + 1) % 1000 === 0) console.log(`${seed - first + 1} schedules, ${failures} failed`);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`fuzz: ${runs} schedules from seed ${first} in ${seconds} s, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
