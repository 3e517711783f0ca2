import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The signing secret's file name inside the relay's data directory. */
export const SECRET_FILE_NAME = 'relay-secret';

/**
 * The relay's token-signing secret: read from `<dataDir>/relay-secret`, or created there (32 random bytes, mode
 * 0600) on first run. Losing the file invalidates every token ever issued, so it is never rewritten once it exists.
 */
export function loadOrCreateSecret(dataDir: string): Uint8Array {
  const file = join(dataDir, SECRET_FILE_NAME);
  mkdirSync(dataDir, { recursive: true });
  try {
    // 'wx' fails if the file exists, so two processes starting at once cannot overwrite each other's secret.
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  // Tighten a copy restored with looser permissions; the secret must stay readable by this user only.
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  return readSecret(file);
}

/**
 * The secret in `<dataDir>/relay-secret` if that file exists, else null (never creates it). A PostgreSQL deployment
 * seeds its shared secret with it, so tokens signed before the secret moved into the database stay valid.
 */
export function existingSecret(dataDir: string): Uint8Array | null {
  const file = join(dataDir, SECRET_FILE_NAME);
  return existsSync(file) ? readSecret(file) : null;
}

function readSecret(file: string): Uint8Array {
  const secret = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64url');
  if (secret.byteLength < 32) throw new Error(`${file} holds fewer than 32 bytes of secret`);
  return new Uint8Array(secret);
}
