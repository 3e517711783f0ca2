/**
 * What kind of container a file is, from its first bytes. Magic bytes win over the file name: a .docx that is
 * really a password-protected (CFB) file or random bytes must be refused for what it is.
 */

export type Container = 'zip' | 'cfb' | 'pdf' | 'other';

const SIGNATURES: readonly (readonly [Container, readonly number[]])[] = [
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['zip', [0x50, 0x4b, 0x05, 0x06]], // an empty archive
  ['cfb', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['pdf', [0x25, 0x50, 0x44, 0x46]],
];

/** The container a file's leading bytes announce. */
export function sniffContainer(data: Uint8Array): Container {
  for (const [kind, sig] of SIGNATURES) {
    if (sig.every((byte, i) => data[i] === byte)) return kind;
  }
  return 'other';
}

/** UTF-16LE bytes of a stream name as it appears in a CFB directory entry. */
function utf16le(name: string): Uint8Array {
  const out = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) out[i * 2] = name.charCodeAt(i);
  return out;
}

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  outer: for (let i = haystack.indexOf(first ?? 0); i >= 0 && i <= haystack.length - needle.length; ) {
    for (let j = 1; j < needle.length; j++) {
      if (haystack[i + j] !== needle[j]) {
        i = haystack.indexOf(first ?? 0, i + 1);
        continue outer;
      }
    }
    return true;
  }
  return false;
}

/**
 * Whether a CFB file is a password-protected OOXML document (Office stores those as a CFB holding an
 * "EncryptedPackage" stream) rather than a legacy .doc/.xls. Looks for the stream's directory name.
 */
export function isEncryptedOoxml(data: Uint8Array): boolean {
  return contains(data, utf16le('EncryptedPackage'));
}

/** The lower-case extension of a file name, without the dot ("" when none). */
export function extensionOf(name: string): string {
  const m = /\.([^./\\]+)$/.exec(name);
  return m?.[1]?.toLowerCase() ?? '';
}
