/** Severity of a log line. */
export type LogLevel = 'info' | 'warn' | 'error';

/** A structured logger: one event name plus details, written as one JSON object per line. */
export type JsonLog = (event: string, detail?: Record<string, unknown>, level?: LogLevel) => void;

/**
 * Writes `{"time","level","event",...detail}` lines to `stream`. Failures (events ending in -failed or -error) are
 * always written, as level error; refusals (-refused, -shed: a limit or a check said no, with its reason) always,
 * as level warn; routine events only when `verbose` (CONCORD_LOG=debug), or when logged with an explicit level
 * (start-up and shutdown lines).
 */
export function createJsonLog(stream: NodeJS.WritableStream, verbose: boolean): JsonLog {
  return (event, detail = {}, level) => {
    const failure = /-(failed|error)$/.test(event);
    const refusal = /-(refused|shed)$/.test(event);
    if (!failure && !refusal && !verbose && level === undefined) return;
    const line = { time: new Date().toISOString(), level: level ?? (failure ? 'error' : refusal ? 'warn' : 'info'), event, ...detail };
    stream.write(`${JSON.stringify(line)}\n`);
  };
}
