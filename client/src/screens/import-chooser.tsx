import { useState, type ClipboardEvent, type DragEvent } from 'react';
import type { ImportSource } from '../lib/import-source';

const ACCEPT =
  '.txt,.docx,.xlsx,.csv,.tsv,text/plain,text/csv,' +
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document,' +
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The three ways in: choose a file, drop one, or paste a table copied from Word or Excel. */
export function ImportChooser({ onChoose }: { onChoose: (source: ImportSource) => void }) {
  const [over, setOver] = useState(false);
  const [pasting, setPasting] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) onChoose({ kind: 'file', file });
  };
  return (
    <>
      <div
        className={`drop-zone toolbar${over ? ' drop-over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <label className="button file-button">
          Import a plan
          <input
            type="file"
            accept={ACCEPT}
            className="visually-hidden"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) onChoose({ kind: 'file', file });
            }}
          />
        </label>
        <button type="button" onClick={() => setPasting(!pasting)} aria-expanded={pasting}>
          Paste a table
        </button>
        <span className="muted">Word (.docx), Excel (.xlsx), CSV or text — or drop the file here.</span>
      </div>
      {pasting && <PasteTarget onChoose={onChoose} />}
    </>
  );
}

/** Reads the clipboard as the paste happens: Word and Excel put the table there as HTML, with its cells intact. */
function PasteTarget({ onChoose }: { onChoose: (source: ImportSource) => void }) {
  const [text, setText] = useState('');
  const onPaste = (e: ClipboardEvent) => {
    const html = e.clipboardData.getData('text/html');
    const plain = e.clipboardData.getData('text/plain');
    if (!html && !plain.includes('\t')) return; // plain prose: let it land in the box
    e.preventDefault();
    setText(plain);
    onChoose({ kind: 'paste', ...(html ? { html } : {}), ...(plain ? { text: plain } : {}) });
  };
  return (
    <div className="panel paste-target">
      <label>
        Paste the plan’s table here (copied from Word or Excel, or tab-separated text)
        <textarea rows={6} value={text} onChange={(e) => setText(e.target.value)} onPaste={onPaste} />
      </label>
      <div className="toolbar">
        <button type="button" disabled={text.trim() === ''} onClick={() => onChoose({ kind: 'paste', text })}>
          Preview the pasted table
        </button>
      </div>
    </div>
  );
}
