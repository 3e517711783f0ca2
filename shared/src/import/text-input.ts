/** Checks and normalises raw text before parsing: size, binary garbage, BOM, line endings. */
import { ImportError } from './import-error';

/** Larger than any real plan by two orders of magnitude; refusing keeps a pasted dump from freezing the app. */
export const MAX_TEXT_CHARS = 5_000_000;

// Control characters other than tab/newline/carriage return/form feed, and the replacement character.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SUSPECT = /[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFFFD]/g;

/** Returns the text's lines with a BOM and Windows/old-Mac line endings removed, or throws ImportError. */
export function textLines(text: string): string[] {
  if (text.length > MAX_TEXT_CHARS) {
    throw new ImportError('too-large', `The text is ${text.length} characters; the limit is ${MAX_TEXT_CHARS}.`);
  }
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') throw new ImportError('empty', 'The text is empty.');
  const suspect = clean.match(SUSPECT)?.length ?? 0;
  if (clean.includes('\u0000') || suspect > Math.max(2, clean.length / 200)) {
    throw new ImportError('corrupt', 'The input is not text (it looks like binary data).');
  }
  return clean.replace(/\r\n?/g, '\n').replace(/\f/g, '\n').split('\n');
}
