/** Hooks for a browser suite with one relay (serving the built client) and one device profile. */
import { afterAll, beforeAll } from 'vitest';
import { startRelay, type RunningRelay } from '../helpers/relay';
import { assertClientBuilt, CLIENT_DIST, launchDevice, type Device } from '../helpers/browser';

export interface OneDevice {
  relay: RunningRelay;
  device: Device;
}

/** Registers beforeAll/afterAll in the calling describe; read the fields inside tests. */
export function oneDeviceSuite(deviceName: string): OneDevice {
  const s = {} as OneDevice;
  beforeAll(async () => {
    assertClientBuilt();
    s.relay = await startRelay({ clientDist: CLIENT_DIST });
    s.device = await launchDevice(deviceName);
  });
  afterAll(async () => {
    await s.device?.close();
    await s.relay?.stop();
  });
  return s;
}
