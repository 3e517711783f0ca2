import { useEffect, useState } from 'react';

export type Route =
  | { name: 'plans' }
  | { name: 'plan'; planId: string }
  | { name: 'action'; planId: string; actionId: string }
  | { name: 'not-found'; hash: string };

const SEGMENT = '([A-Za-z0-9_-]{1,64})';
const PLAN = new RegExp(`^#/plan/${SEGMENT}/?$`);
const ACTION = new RegExp(`^#/plan/${SEGMENT}/action/${SEGMENT}/?$`);

export function parseRoute(hash: string): Route {
  if (hash === '' || hash === '#' || hash === '#/') return { name: 'plans' };
  const action = ACTION.exec(hash);
  if (action) return { name: 'action', planId: action[1]!, actionId: action[2]! };
  const plan = PLAN.exec(hash);
  if (plan) return { name: 'plan', planId: plan[1]! };
  return { name: 'not-found', hash };
}

export const href = {
  plans: () => '#/',
  plan: (planId: string) => `#/plan/${planId}`,
  action: (planId: string, actionId: string) => `#/plan/${planId}/action/${actionId}`,
};

export function navigate(to: string): void {
  location.hash = to;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
