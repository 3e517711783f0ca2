import { useState } from 'react';
import { minutesToMarkdown, type Minutes } from '@concord/shared';
import { downloadFile, safeFileName } from '../../lib/download';
import { userLocale } from '../../lib/when';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Export buttons: Word (the docx library loads only on first use), Markdown, and the browser's print dialog. */
export function MinutesExport({ minutes }: { minutes: Minutes }) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const base = `${minutes.title || 'Minutes'} ${minutes.date}`;
  const exportDocx = async () => {
    setBusy(true);
    setFailed(false);
    try {
      const { minutesToDocx } = await import('@concord/shared/minutes-docx');
      downloadFile(safeFileName(base, 'docx'), await minutesToDocx(minutes, { locale: userLocale() }), DOCX_TYPE);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="toolbar no-print" role="group" aria-label="Export the minutes">
      <button type="button" className="primary" onClick={() => void exportDocx()} disabled={busy}>
        {busy ? 'Preparing the Word file…' : 'Download as Word (.docx)'}
      </button>
      <button type="button" onClick={() => downloadFile(safeFileName(base, 'md'), minutesToMarkdown(minutes, { locale: userLocale() }), 'text/markdown')}>
        Download as Markdown
      </button>
      <button type="button" onClick={() => window.print()}>
        Print
      </button>
      {failed && (
        <p className="error" role="alert">
          The Word file could not be made. Try again, or download the Markdown.
        </p>
      )}
    </div>
  );
}
