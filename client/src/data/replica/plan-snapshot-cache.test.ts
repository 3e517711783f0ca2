import { describe, expect, it } from 'vitest';
import { PLAN_DB_PREFIX } from './plan-db-name';
import { SNAPSHOT_DB_NAME } from './plan-snapshot-cache';

describe('the snapshot cache database', () => {
  it('is never taken for a plan: the plans list rebuilds a plan from every database named with the plan prefix', () => {
    expect(SNAPSHOT_DB_NAME.startsWith(PLAN_DB_PREFIX)).toBe(false);
  });
});
