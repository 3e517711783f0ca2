/**
 * Bytes -> text for CSV/TSV/HTML. Excel saves "CSV" in the Windows code page unless told UTF-8; decoding that as
 * UTF-8 would turn "£" and "–" into replacement characters, so fall back to windows-1252 rather than lose text.
 */
export function decodeText(data: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    text = new TextDecoder('windows-1252').decode(data);
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
