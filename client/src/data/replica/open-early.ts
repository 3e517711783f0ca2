/**
 * Starts loading a plan's stored copy before the screen that shows it exists. The route is known as soon as the
 * app starts, so reading a big plan from IndexedDB overlaps with fetching and rendering its screen instead of
 * waiting for them. The replica is released at once: the registry keeps it warm for the screen to pick up, and
 * closes it if no screen does.
 */
export function openPlanEarly(planId: string): void {
  void import('./replica-registry').then(({ acquireReplica }) => acquireReplica(planId).release());
}
