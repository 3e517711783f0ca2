import { storedSchemaVersion } from './migrations/doc-version';
import { CURRENT_SCHEMA } from './migrations/index';
import type { Schema } from './migrations/migration';
import type { PlanDoc } from './types';

// Which version of the model a doc is handled by: the code's own (CURRENT_SCHEMA) unless bound to another. Binding
// lets one process hold replicas of two app versions (the convergence fuzz), and a test build add a migration.
const bound = new WeakMap<PlanDoc, Schema>();

/** Handles `doc` with `schema` from now on: its migrations, and what counts as newer than this code. */
export function bindSchema(doc: PlanDoc, schema: Schema): void {
  bound.set(doc, schema);
}

/** The schema `doc` is handled with. */
export function schemaOf(doc: PlanDoc): Schema {
  return bound.get(doc) ?? CURRENT_SCHEMA;
}

/** The doc's recorded version against the code's. */
export interface SchemaStatus {
  /** The version that wrote the doc (1 for an empty doc). */
  stored: number;
  /** The newest version this code knows. */
  known: number;
  /** Saved by a newer version: read it, never write it, share nothing from this device until updated. */
  newer: boolean;
}

/** The doc's version against the code's. Cheap (a look at the plan map's keys): call it after every change. */
export function schemaStatus(doc: PlanDoc): SchemaStatus {
  const stored = storedSchemaVersion(doc);
  const known = schemaOf(doc).version;
  return { stored, known, newer: stored > known };
}
