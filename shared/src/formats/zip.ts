/** Reading OOXML zip parts with fflate, mapping its failures onto ImportError reasons. */
import { strFromU8, unzipSync } from 'fflate';
import { ImportError } from '../import/import-error';

/** Uncompressed bytes we are prepared to inflate: guards against zip bombs, checked before inflating. */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

/**
 * The named parts of a zip (those `wanted` accepts), as bytes.
 * @throws ImportError 'corrupt' for a truncated or damaged archive, 'too-large' when it would inflate past the limit.
 */
export function readZip(data: Uint8Array, wanted: (name: string) => boolean): Record<string, Uint8Array> {
  let total = 0;
  try {
    return unzipSync(data, {
      filter: (file) => {
        if (!wanted(file.name)) return false;
        total += file.originalSize;
        if (total > MAX_UNZIPPED_BYTES) throw new ImportError('too-large', `The archive inflates past ${MAX_UNZIPPED_BYTES} bytes.`);
        return true;
      },
    });
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError('corrupt', `The zip cannot be read: ${String(e)}`);
  }
}

/** The names of every entry in a zip, without inflating any. */
export function zipEntryNames(data: Uint8Array): string[] {
  const names: string[] = [];
  readZip(data, (name) => {
    names.push(name);
    return false;
  });
  return names;
}

/** A zip part decoded as UTF-8 text, or undefined when absent. */
export function partText(parts: Record<string, Uint8Array>, name: string): string | undefined {
  const bytes = parts[name];
  return bytes && strFromU8(bytes);
}
