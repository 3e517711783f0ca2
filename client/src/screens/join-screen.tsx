import { useEffect, useState } from 'react';
import { joinPlan, JoinError, type JoinReason } from '../data/sharing';
import { href } from '../routing/hash-route';

const WORDS: Record<JoinReason, string> = {
  'malformed-link': 'This invite link is damaged or incomplete. Ask for the link again and paste all of it.',
  'wrong-plan': 'This invite link is for a different plan than its address says. Ask for the link again.',
};

/** Opening an invite link: the plan goes into this device's catalogue with the link's token, then opens. */
export default function JoinScreen({ planId, token }: { planId: string; token: string }) {
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    joinPlan(planId, token).then(
      // replace: the token should not linger in the back-button history.
      () => live && location.replace(href.plan(planId)),
      (e: unknown) => live && setError(e instanceof JoinError ? WORDS[e.reason] : 'This device could not store the plan.'),
    );
    return () => {
      live = false;
    };
  }, [planId, token]);
  return (
    <section className="panel">
      <h1>Opening a shared plan</h1>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : (
        <p className="loading">Adding the plan to this device…</p>
      )}
      <p>
        <a href={href.plans()}>Back to the plans on this device</a>
      </p>
    </section>
  );
}
