import { ModelError } from '../errors';
import type { PlanDoc } from '../types';

/** A Plan JSON object of some version, as read from a file: it is checked as a whole only once it is upgraded. */
export type PlanJsonObject = Record<string, unknown>;

/**
 * One numbered, named step of the plan model: version N's migration brings a doc (and Plan JSON) of version N-1 to
 * version N. Devices that were offline for a month run it whenever they come back, often several at once and while
 * others still run the old app, so every migration keeps these rules (the convergence fuzz checks them):
 *
 * - Additive. It adds keys; it never moves, renames or deletes one, and never rewrites a value a person edits:
 *   an older app may still write the old place, and a person may be editing the value on another device.
 *   Readers of the new version take the old keys as they are and default what is absent.
 * - Deterministic and idempotent. What it writes is a function of the doc alone (no clock, no random id, no
 *   device name), and it writes only what differs from that, so two devices running it on the same content write
 *   the same values (they merge to one) and running it again writes nothing.
 * - Plain values only. It never creates a Y.Text, Y.Map or Y.Array under an item's key: two devices creating one
 *   under the same key at once keep only one of them, with whatever was typed into the other. A new collection is
 *   a new root Y.Map (roots are shared by name and never race); a new text field is made by its first edit.
 * - Its Plan JSON form is the new key's natural JSON value in the same place (Y.Text -> string, Y.Map -> object,
 *   plain -> itself; a new root -> a top-level key), so an older app that passes unknown keys on exports it as the
 *   newer version would.
 *
 * It runs on every load and after changes arrive from other devices (not only once per doc): content an older app
 * wrote offline after the doc was migrated is brought up the same way.
 */
export interface Migration {
  /** The version a doc is at once this has run: 2 for the first migration, then 3, 4, ... */
  readonly version: number;
  /** Kebab-case, recorded in the doc next to the version (`migrated:<version>:<name>`). */
  readonly name: string;
  /** Writes what the doc lacks for this version. Called inside a transaction, after the earlier migrations. */
  migrateDoc(doc: PlanDoc): void;
  /** Returns Plan JSON of version `version - 1` as version `version`, keeping every key it does not change. */
  upgradeJson(plan: PlanJsonObject): PlanJsonObject;
}

/** A version of the plan model: the migrations that lead to it. Version 1 had none. */
export interface Schema {
  readonly version: number;
  readonly migrations: readonly Migration[];
}

const NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The schema that a list of migrations leads to. Throws ModelError('invalid') unless their versions run 2, 3, ...
 * with kebab-case names: a gap or a repeat would let two versions of the app disagree about what a number means.
 */
export function defineSchema(migrations: readonly Migration[]): Schema {
  migrations.forEach((migration, i) => {
    if (migration.version !== i + 2) {
      throw new ModelError('invalid', `migration ${migration.name} is numbered ${migration.version}, expected ${i + 2}`);
    }
    if (!NAME.test(migration.name)) throw new ModelError('invalid', `migration name ${migration.name} is not kebab-case`);
  });
  return Object.freeze({ version: migrations.length + 1, migrations: Object.freeze([...migrations]) });
}

/** `base` followed by more migrations (a test build's extra step, or the next version in a test). */
export function extendSchema(base: Schema, ...more: Migration[]): Schema {
  return defineSchema([...base.migrations, ...more]);
}
