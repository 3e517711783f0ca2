import { useVersionFacts } from '../lib/version-facts';
import { useRoute } from '../routing/hash-route';
import { UpdateButton } from './update-button';

/**
 * The app's versions in words, under the header on every screen:
 * - the open plan was saved by a newer version of Concord: it is read-only here, and one click updates;
 * - a new version of Concord is ready: one click updates, but not while a meeting is live (it waits for the end).
 * Nothing updates by itself: the page reloads only when the person clicks, after the open plans' writes are stored.
 */
export function UpdateBanner() {
  const facts = useVersionFacts();
  const route = useRoute();
  const planId = 'planId' in route ? route.planId : null;
  const newerPlan = planId !== null && facts.newerPlans.has(planId);
  if (!newerPlan && !facts.updateReady) return null;

  if (newerPlan) {
    return (
      <div className="notice update-banner" role="status" data-update="newer-plan">
        <div>
          <p>
            <strong>This plan was saved by a newer version of Concord.</strong> You can read and export it here, but not
            change it until you update. Changes already made on this device are kept, and go to the server after the
            update.
          </p>
        </div>
        <UpdateButton />
      </div>
    );
  }
  if (facts.liveMeetings.size > 0) {
    return (
      <div className="notice update-banner" role="status" data-update="waiting-for-meeting">
        <p>
          <strong>A new version of Concord is ready.</strong> It will be offered when the meeting ends.
        </p>
      </div>
    );
  }
  return (
    <div className="notice update-banner" role="status" data-update="ready">
      <p>
        <strong>A new version of Concord is ready.</strong> Updating reloads the page; nothing you have typed is lost.
      </p>
      <UpdateButton />
    </div>
  );
}
