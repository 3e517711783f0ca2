import { PLAN_FORMAT, type Plan } from '../../plan-json';
import { ModelError } from '../errors';
import { validatePlan } from '../validate-plan';
import { isObject } from '../validate';
import { CURRENT_SCHEMA } from './index';
import type { PlanJsonObject, Schema } from './migration';

/**
 * The Plan JSON version a value declares, checked against what `schema` reads: ModelError('invalid') for a value
 * that is not Plan JSON or has no whole-number version, ModelError('newer-version') for one saved by a newer version.
 */
export function planJsonVersion(value: unknown, schema: Schema = CURRENT_SCHEMA): number {
  if (!isObject(value)) throw new ModelError('invalid', 'expected an object', 'plan');
  if (value.format !== PLAN_FORMAT) throw new ModelError('invalid', `expected "${PLAN_FORMAT}"`, 'format');
  const { version } = value;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ModelError('invalid', 'expected a whole version number from 1', 'version');
  }
  if (version > schema.version) {
    throw new ModelError('newer-version', `saved by version ${version}; this version reads up to ${schema.version}`, 'version');
  }
  return version;
}

/**
 * Plan JSON of any version this code reads, brought up to `schema`'s version by its migrations, each step on the
 * previous one's result; unknown keys are kept. The result is not yet checked: readPlanJson does both.
 */
export function upgradePlanJson(value: unknown, schema: Schema = CURRENT_SCHEMA): PlanJsonObject {
  const from = planJsonVersion(value, schema);
  let plan = value as PlanJsonObject;
  for (const migration of schema.migrations) {
    if (migration.version > from) plan = { ...migration.upgradeJson(plan), version: migration.version };
  }
  return plan;
}

/**
 * Reads Plan JSON from a file or another version: upgrades it, then checks it whole. Throws ModelError('invalid')
 * (with the path of the first problem) or ModelError('newer-version'); nothing is changed either way.
 */
export function readPlanJson(value: unknown, schema: Schema = CURRENT_SCHEMA): Plan {
  return validatePlan(upgradePlanJson(value, schema), schema);
}
