// Where an import comes from, and how to (re)build a plan from it. The format layer (zip, XML, CSV, and behind it
// exceljs) is fetched here, on first use, never with the app shell.
import { ImportError, type ImportFixes, type ImportResult } from '@concord/shared';

export type ImportSource =
  | { kind: 'file'; file: File }
  | { kind: 'paste'; html?: string; text?: string };

/**
 * Builds the plan with a person's fixes (column mapping, row roles, lead merges and splits); the source is read
 * once and kept, so each fix costs one rebuild.
 */
export type PlanBuild = (fixes: ImportFixes) => Promise<ImportResult>;

export function sourceName(source: ImportSource): string {
  return source.kind === 'file' ? `“${source.file.name}”` : 'the pasted table';
}

/** Reads the source. @throws ImportError (its reason says why), as does the returned build. */
export async function openSource(source: ImportSource): Promise<PlanBuild> {
  const formats = await import('@concord/shared/formats');
  if (source.kind === 'paste') {
    const paste = { ...(source.html ? { html: source.html } : {}), ...(source.text ? { text: source.text } : {}) };
    return async (fixes) => formats.importPaste(paste, fixes);
  }
  const { file } = source;
  // Refused before reading: a 100 MB file is not worth holding in memory to say no.
  if (file.size > formats.MAX_FILE_BYTES) throw new ImportError('too-large', `${file.size} bytes`);
  const data = new Uint8Array(await file.arrayBuffer());
  return (fixes) => formats.importFile(file.name, data, fixes);
}
