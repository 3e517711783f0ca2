/** Hands bytes or text to the browser as a file download; works offline (no server round trip). */
export function downloadFile(fileName: string, data: string | Uint8Array, type: string): void {
  // A copy, so a view over a shared or larger buffer cannot leak other bytes into the file.
  const part = typeof data === 'string' ? data : new Uint8Array(data);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name from a title: letters, digits and dashes, never empty. */
export function safeFileName(base: string, ext: string): string {
  const name = base.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return `${name || 'download'}.${ext}`;
}
