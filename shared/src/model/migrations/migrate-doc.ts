import * as Y from 'yjs';
import { schemaOf } from '../doc-schema';
import type { Schema } from './migration';
import { PLAN_KEY, ROOT } from '../schema';
import type { Origin, PlanDoc } from '../types';
import { recordMigration, storedSchemaVersion } from './doc-version';

/** The origin of the transaction migrations write in, unless the caller names another. */
export const MIGRATION_ORIGIN = 'concord:migration' as const;

/** What migratePlanDoc found and did. */
export type MigrationOutcome =
  /** The doc holds no plan yet (it may still be arriving): nothing to do. */
  | { kind: 'no-plan' }
  /** Saved by a newer version than this code: left as it is; read it, never write it. */
  | { kind: 'newer'; stored: number; known: number }
  /** At this code's version now; `wrote` says whether this call changed the doc. */
  | { kind: 'current'; from: number; version: number; wrote: boolean };

/**
 * Brings a plan doc to the version of the schema it is bound to (see bindSchema), in one transaction. Every
 * migration runs on every call, not only those above the recorded version: each writes only what the doc lacks, so
 * content that an older app wrote offline after another device migrated the doc is brought up too. Call it after
 * loading a doc and after changes from other devices arrive. A doc saved by a newer version is left untouched.
 */
export function migratePlanDoc(doc: PlanDoc, origin: Origin = MIGRATION_ORIGIN): MigrationOutcome {
  if (typeof doc.getMap(ROOT.plan).get(PLAN_KEY.id) !== 'string') return { kind: 'no-plan' };
  const schema = schemaOf(doc);
  const from = storedSchemaVersion(doc);
  if (from > schema.version) return { kind: 'newer', stored: from, known: schema.version };
  if (schema.migrations.length === 0) return { kind: 'current', from, version: from, wrote: false };
  const before = Y.encodeStateVector(doc);
  doc.transact(() => applyMigrations(doc, schema), origin);
  const wrote = !equalBytes(before, Y.encodeStateVector(doc));
  return { kind: 'current', from, version: schema.version, wrote };
}

/** Runs every migration of `schema` on the doc and records it (inside a transaction). */
export function applyMigrations(doc: PlanDoc, schema: Schema): void {
  for (const migration of schema.migrations) {
    migration.migrateDoc(doc);
    recordMigration(doc, migration);
  }
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
