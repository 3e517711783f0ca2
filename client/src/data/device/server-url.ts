import { SYNC_PATH } from '@concord/shared/protocol';

/** The relay's WebSocket base for this origin: the relay serves the app and its rooms from one host. */
export function defaultServerUrl(loc: Pick<Location, 'protocol' | 'host'> = location): string {
  const scheme = loc.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${loc.host}${SYNC_PATH}`;
}
