import { useEffect, useRef, useState } from 'react';
import { markImported, type ImportFixes, type ImportResult } from '@concord/shared';
import { createPlanFromJson } from '../data/plan';
import { href, navigate } from '../routing/hash-route';
import { importErrorText } from '../lib/import-words';
import { openSource, sourceName, type ImportSource, type PlanBuild } from '../lib/import-source';
import { ImportPreview } from './import-preview';

interface Props {
  source: ImportSource;
  onCancel: () => void;
}

type Stage =
  | { name: 'reading' }
  | { name: 'failed'; message: string }
  | { name: 'review'; result: ImportResult; fixes: ImportFixes; busy: 'rebuilding' | 'saving' | null; error?: string };

/** Reads a plan file or paste, shows what was found, and writes nothing until the user confirms. */
export default function ImportPanel({ source, onCancel }: Props) {
  const [stage, setStage] = useState<Stage>({ name: 'reading' });
  const build = useRef<PlanBuild | null>(null);
  useEffect(() => {
    let live = true;
    setStage({ name: 'reading' });
    const read = async (): Promise<Stage> => {
      build.current = await openSource(source);
      return { name: 'review', result: await build.current({}), fixes: {}, busy: null };
    };
    read().then(
      (s) => live && setStage(s),
      (err: unknown) => live && setStage({ name: 'failed', message: importErrorText(err) }),
    );
    return () => {
      live = false;
    };
  }, [source]);

  /** Every fix rebuilds the preview from the source read once; a fix that cannot build is refused, not half-applied. */
  const refix = async (fixes: ImportFixes) => {
    if (stage.name !== 'review' || !build.current) return;
    setStage({ ...stage, fixes, busy: 'rebuilding' });
    try {
      setStage({ name: 'review', result: await build.current(fixes), fixes, busy: null });
    } catch (err) {
      setStage({ ...stage, busy: null, error: importErrorText(err) });
    }
  };
  const confirm = async () => {
    if (stage.name !== 'review') return;
    setStage({ ...stage, busy: 'saving' });
    try {
      // Stamped with when it came in: its progress column is each action's position "as imported on" that day.
      navigate(href.plan(await createPlanFromJson(markImported(stage.result.plan, new Date().toISOString()))));
    } catch {
      setStage({ ...stage, busy: null, error: 'The plan could not be saved on this device. Nothing was changed.' });
    }
  };
  return (
    <section className="panel import-panel" aria-labelledby="import-h" aria-busy={stage.name === 'reading' || (stage.name === 'review' && stage.busy !== null)}>
      <h2 id="import-h">Import {sourceName(source)}</h2>
      {stage.name === 'reading' && <p className="loading">Reading…</p>}
      {stage.name === 'failed' && (
        <p className="error" role="alert">
          {stage.message} Nothing was imported.
        </p>
      )}
      {stage.name === 'review' && (
        <>
          {stage.error && <p className="error" role="alert">{stage.error}</p>}
          <ImportPreview result={stage.result} fixes={stage.fixes} busy={stage.busy !== null} onFix={(f) => void refix(f)} />
        </>
      )}
      <div className="toolbar">
        {stage.name === 'review' && (
          <button type="button" className="primary" disabled={stage.busy !== null} onClick={() => void confirm()}>
            Import this plan
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {stage.name === 'failed' ? 'Close' : 'Cancel'}
        </button>
      </div>
    </section>
  );
}
