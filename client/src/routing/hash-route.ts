import { useEffect, useState } from 'react';

export type Route =
  | { name: 'plans' }
  | { name: 'plan'; planId: string }
  | { name: 'action'; planId: string; actionId: string }
  | { name: 'meetings'; planId: string }
  | { name: 'meeting'; planId: string; meetingId: string }
  | { name: 'after'; planId: string; view: AfterView; meetingId: string | null }
  | { name: 'leads'; planId: string }
  | { name: 'my-actions' }
  | { name: 'join'; planId: string; token: string }
  | { name: 'group'; groupId: string; view: GroupView; meetingId: string | null }
  | { name: 'join-group'; groupId: string; token: string }
  | { name: 'request'; requestId: string; token: string }
  | { name: 'requests'; planId: string }
  | { name: 'not-found'; hash: string };

/** The pages of a working group. */
export const GROUP_VIEWS = ['home', 'dashboard', 'meetings', 'meeting', 'minutes', 'members', 'plans', 'my-actions'] as const;
export type GroupView = (typeof GROUP_VIEWS)[number];

/** The after-the-meeting views of a plan. */
export const AFTER_VIEWS = ['minutes', 'changes', 'chase', 'dashboard'] as const;
export type AfterView = (typeof AFTER_VIEWS)[number];

const SEGMENT = '([A-Za-z0-9_-]{1,64})';
const PLAN = new RegExp(`^#/plan/${SEGMENT}/?$`);
const ACTION = new RegExp(`^#/plan/${SEGMENT}/action/${SEGMENT}/?$`);
const MEETINGS = new RegExp(`^#/plan/${SEGMENT}/meetings/?$`);
const MEETING = new RegExp(`^#/plan/${SEGMENT}/meeting/${SEGMENT}/?$`);
const LEADS = new RegExp(`^#/plan/${SEGMENT}/leads/?$`);

// An invite link; the token is a compact JWT. It lives in the hash so it never reaches a server log.
const JOIN = new RegExp(`^#/join/${SEGMENT}/([A-Za-z0-9._-]{1,4096})/?$`);

const GROUP = new RegExp(`^#/group/${SEGMENT}(?:/(${GROUP_VIEWS.join('|')})(?:/${SEGMENT})?)?/?$`);
const JOIN_GROUP = new RegExp(`^#/join-group/${SEGMENT}/([A-Za-z0-9._-]{1,4096})/?$`);
// A lead's update request link: the request (its room) and the link's token, kept in the hash like an invite's.
const REQUEST = new RegExp(`^#/request/(request-[A-Za-z0-9_-]{1,56})/([A-Za-z0-9._-]{1,4096})/?$`);
const REQUESTS = new RegExp(`^#/plan/${SEGMENT}/requests/?$`);

const AFTER = new RegExp(`^#/plan/${SEGMENT}/(${AFTER_VIEWS.join('|')})(?:/${SEGMENT})?/?$`);

export function parseRoute(hash: string): Route {
  if (hash === '' || hash === '#' || hash === '#/') return { name: 'plans' };
  if (hash === '#/my-actions') return { name: 'my-actions' };
  const join = JOIN.exec(hash);
  if (join) return { name: 'join', planId: join[1]!, token: join[2]! };
  const group = GROUP.exec(hash);
  if (group) return { name: 'group', groupId: group[1]!, view: (group[2] as GroupView | undefined) ?? 'home', meetingId: group[3] ?? null };
  const joinGroup = JOIN_GROUP.exec(hash);
  if (joinGroup) return { name: 'join-group', groupId: joinGroup[1]!, token: joinGroup[2]! };
  const request = REQUEST.exec(hash);
  if (request) return { name: 'request', requestId: request[1]!, token: request[2]! };
  const requests = REQUESTS.exec(hash);
  if (requests) return { name: 'requests', planId: requests[1]! };
  const after = AFTER.exec(hash);
  if (after) return { name: 'after', planId: after[1]!, view: after[2] as AfterView, meetingId: after[3] ?? null };
  const action = ACTION.exec(hash);
  if (action) return { name: 'action', planId: action[1]!, actionId: action[2]! };
  const meetings = MEETINGS.exec(hash);
  if (meetings) return { name: 'meetings', planId: meetings[1]! };
  const meeting = MEETING.exec(hash);
  if (meeting) return { name: 'meeting', planId: meeting[1]!, meetingId: meeting[2]! };
  const leads = LEADS.exec(hash);
  if (leads) return { name: 'leads', planId: leads[1]! };
  const plan = PLAN.exec(hash);
  if (plan) return { name: 'plan', planId: plan[1]! };
  return { name: 'not-found', hash };
}

export const href = {
  plans: () => '#/',
  plan: (planId: string) => `#/plan/${planId}`,
  after: (planId: string, view: AfterView, meetingId?: string) => `#/plan/${planId}/${view}${meetingId ? `/${meetingId}` : ''}`,
  myActions: () => '#/my-actions',
  join: (planId: string, token: string) => `#/join/${planId}/${token}`,
  action: (planId: string, actionId: string) => `#/plan/${planId}/action/${actionId}`,
  meetings: (planId: string) => `#/plan/${planId}/meetings`,
  meeting: (planId: string, meetingId: string) => `#/plan/${planId}/meeting/${meetingId}`,
  leads: (planId: string) => `#/plan/${planId}/leads`,
  group: (groupId: string, view: GroupView = 'home', meetingId?: string) =>
    `#/group/${groupId}${view === 'home' ? '' : `/${view}`}${meetingId ? `/${meetingId}` : ''}`,
  joinGroup: (groupId: string, token: string) => `#/join-group/${groupId}/${token}`,
  request: (requestId: string, token: string) => `#/request/${requestId}/${token}`,
  requests: (planId: string) => `#/plan/${planId}/requests`,
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
