/** The hostile-client suite (hostile-suite.ts) against one relay on SQLite. */
import { describe } from 'vitest';
import { relayHarness } from './harness';
import { hostileSuite } from './hostile-suite';

const harness = relayHarness();

// PROTOCOL R38 R44
describe('a hostile client against one relay (SQLite)', () => {
  hostileSuite(async () => {
    const relay = await harness.relay();
    return { attacked: relay, watched: relay, defer: harness.defer };
  });
});
