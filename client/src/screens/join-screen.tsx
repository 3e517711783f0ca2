import { useEffect, useState } from 'react';
import { readSettings } from '../data';
import { joinPlan, JoinError, type JoinReason } from '../data/sharing';
import { href } from '../routing/hash-route';
import { DeviceSettingsForm } from './device-settings-form';

const WORDS: Record<JoinReason, string> = {
  'malformed-link': 'This invite link is damaged or incomplete. Ask for the link again and paste all of it.',
  'wrong-plan': 'This invite link is for a different plan than its address says. Ask for the link again.',
};

type Stage = { name: 'joining' } | { name: 'ask' } | { name: 'failed'; message: string };

/**
 * Opening an invite link: the plan goes into this device's catalogue with the link's token; a device that does not
 * know its person's name asks for it (and their organisation) first; then the plan opens.
 */
export default function JoinScreen({ planId, token }: { planId: string; token: string }) {
  const [stage, setStage] = useState<Stage>({ name: 'joining' });
  // replace: the token should not linger in the back-button history.
  const open = () => location.replace(href.plan(planId));
  useEffect(() => {
    let live = true;
    Promise.all([joinPlan(planId, token), readSettings()]).then(
      ([, settings]) => live && (settings.displayName.trim() ? open() : setStage({ name: 'ask' })),
      (e: unknown) => live && setStage({ name: 'failed', message: e instanceof JoinError ? WORDS[e.reason] : 'This device could not store the plan.' }),
    );
    return () => {
      live = false;
    };
    // open only reads planId
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [planId, token]);
  return (
    <section className="panel">
      <h1>Opening a shared plan</h1>
      {stage.name === 'failed' && (
        <p className="error" role="alert">
          {stage.message}
        </p>
      )}
      {stage.name === 'joining' && <p className="loading">Adding the plan to this device…</p>}
      {stage.name === 'ask' && <DeviceSettingsForm onJoin={open} />}
      <p>
        <a href={href.plans()}>Back to the plans on this device</a>
      </p>
    </section>
  );
}
