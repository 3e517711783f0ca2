import { describe, expect, it } from 'vitest';
import { describeFailure, runSchedule } from './run-schedule';
import { sqliteRelayLog } from './sqlite-relay-log';

// Seeds that once failed. Each stays here as a named test so the bug cannot come back unseen.
const PINNED_SEEDS: Record<string, number> = {};
// Group document seeds that once failed.
const PINNED_GROUP_SEEDS: Record<string, number> = {
  'two devices merge two directory entries into each other offline (the loop keeps one live)': 457,
};

const SCHEDULES = Number(process.env.CONVERGENCE_SCHEDULES ?? 300);
const FIRST_SEED = Number(process.env.CONVERGENCE_SEED ?? 1);
const GROUP_SCHEDULES = Number(process.env.CONVERGENCE_GROUP_SCHEDULES ?? 150);

describe('convergence fuzz: 5 replicas and the relay store, seeded schedules', () => {
  for (const [name, seed] of Object.entries(PINNED_SEEDS)) {
    it(`pinned seed ${seed}: ${name}`, async () => {
      const result = await runSchedule(seed, { relayLog: sqliteRelayLog });
      expect(result.ok, describeFailure(result)).toBe(true);
    });
  }

  for (const [name, seed] of Object.entries(PINNED_GROUP_SEEDS)) {
    it(`pinned group seed ${seed}: ${name}`, async () => {
      const result = await runSchedule(seed, { document: 'group' });
      expect(result.ok, describeFailure(result)).toBe(true);
    });
  }

  it(`${SCHEDULES} random schedules from seed ${FIRST_SEED} converge with nothing lost`, async () => {
    for (let seed = FIRST_SEED; seed < FIRST_SEED + SCHEDULES; seed++) {
      // Every tenth schedule goes through the relay's real SQLite store; the rest keep the log in memory for speed.
      const result = await runSchedule(seed, seed % 10 === 0 ? { relayLog: sqliteRelayLog } : {});
      if (!result.ok) expect.fail(describeFailure(result));
    }
  });

  it(`${SCHEDULES} schedules with devices on two app versions converge, migrated, with nothing lost`, async () => {
    let refused = 0;
    for (let seed = FIRST_SEED; seed < FIRST_SEED + SCHEDULES; seed++) {
      const result = await runSchedule(seed, { twoVersions: true, ...(seed % 10 === 5 ? { relayLog: sqliteRelayLog } : {}) });
      if (!result.ok) expect.fail(describeFailure(result));
      refused += result.log.filter((line) => line.includes('edit refused')).length;
    }
    // The schedules did reach the case they are for: old apps holding a newer doc, refused their edits.
    expect(refused).toBeGreaterThan(SCHEDULES / 10);
  });

  it(`${GROUP_SCHEDULES} random schedules of a working group document (membership and plan list edited concurrently) converge`, async () => {
    for (let seed = FIRST_SEED; seed < FIRST_SEED + GROUP_SCHEDULES; seed++) {
      const result = await runSchedule(seed, { document: 'group', ...(seed % 10 === 0 ? { relayLog: sqliteRelayLog } : {}) });
      if (!result.ok) expect.fail(describeFailure(result));
    }
  });

  it('a schedule is reproducible from its seed', async () => {
    const a = await runSchedule(4242);
    const b = await runSchedule(4242);
    expect(a.log).toEqual(b.log);
    expect(a.log.length).toBeGreaterThan(10);
  });
});
