/** y-indexeddb database name prefix: one database per plan, named by plan id. */
export const PLAN_DB_PREFIX = 'concord-plan-';
