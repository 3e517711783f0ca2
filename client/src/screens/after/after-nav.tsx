import { href, type AfterView } from '../../routing/hash-route';

const LABELS: Record<AfterView, string> = {
  minutes: 'Minutes',
  changes: 'Changes since',
  chase: 'Chase list',
  dashboard: 'Dashboard',
};

/** Links to a plan's after-the-meeting views; `current` is marked for screen readers. */
export function AfterNav({ planId, current }: { planId: string; current: AfterView | null }) {
  return (
    <nav className="after-nav" aria-label="After the meeting">
      <ul>
        {(Object.keys(LABELS) as AfterView[]).map((view) => (
          <li key={view}>
            <a href={href.after(planId, view)} aria-current={view === current ? 'page' : undefined}>
              {LABELS[view]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
