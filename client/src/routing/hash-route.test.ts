import { describe, expect, it } from 'vitest';
import { href, parseRoute } from './hash-route';

describe('parseRoute', () => {
  it('reads the plans list from an empty or root hash', () => {
    for (const hash of ['', '#', '#/']) expect(parseRoute(hash)).toEqual({ name: 'plans' });
  });

  it('round-trips plan and action links', () => {
    expect(parseRoute(href.plan('V1StGXR8_Z5jdHi6B-myT'))).toEqual({ name: 'plan', planId: 'V1StGXR8_Z5jdHi6B-myT' });
    expect(parseRoute(href.action('p1', 'a_2'))).toEqual({ name: 'action', planId: 'p1', actionId: 'a_2' });
  });

  it('round-trips meeting links', () => {
    expect(parseRoute(href.meetings('p1'))).toEqual({ name: 'meetings', planId: 'p1' });
    expect(parseRoute(href.meeting('p1', 'm_2'))).toEqual({ name: 'meeting', planId: 'p1', meetingId: 'm_2' });
    expect(parseRoute('#/plan/p1/meeting/').name).toBe('not-found');
  });

  it('round-trips the after-the-meeting views and My actions', () => {
    expect(parseRoute(href.after('p1', 'minutes', 'm_1'))).toEqual({ name: 'after', planId: 'p1', view: 'minutes', meetingId: 'm_1' });
    expect(parseRoute(href.after('p1', 'dashboard'))).toEqual({ name: 'after', planId: 'p1', view: 'dashboard', meetingId: null });
    expect(parseRoute('#/plan/p1/gossip').name).toBe('not-found');
    expect(parseRoute(href.myActions())).toEqual({ name: 'my-actions' });
  });

  it('round-trips a plan’s leads page', () => {
    expect(parseRoute(href.leads('p1'))).toEqual({ name: 'leads', planId: 'p1' });
    expect(parseRoute('#/plan/p1/leads/x').name).toBe('not-found');
  });

  it('round-trips working group pages and group invite links', () => {
    expect(parseRoute(href.group('group-abc'))).toEqual({ name: 'group', groupId: 'group-abc', view: 'home', meetingId: null });
    expect(parseRoute(href.group('group-abc', 'meeting', 'm_1'))).toEqual({ name: 'group', groupId: 'group-abc', view: 'meeting', meetingId: 'm_1' });
    expect(parseRoute(href.group('group-abc', 'dashboard'))).toEqual({ name: 'group', groupId: 'group-abc', view: 'dashboard', meetingId: null });
    expect(parseRoute('#/group/group-abc/nonsense').name).toBe('not-found');
    expect(parseRoute(href.joinGroup('group-abc', 'a.b.c'))).toEqual({ name: 'join-group', groupId: 'group-abc', token: 'a.b.c' });
  });

  it('round-trips a lead\u2019s update request link and a plan\u2019s update requests page', () => {
    expect(parseRoute(href.request('request-abc', 'a.b.c'))).toEqual({ name: 'request', requestId: 'request-abc', token: 'a.b.c' });
    expect(parseRoute('#/request/plan-abc/a.b.c').name).toBe('not-found');
    expect(parseRoute(href.requests('p1'))).toEqual({ name: 'requests', planId: 'p1' });
  });

  it('round-trips invite links, whose token is a compact JWT', () => {
    const token = 'eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiZWRpdG9yIn0.sig-_nature';
    expect(parseRoute(href.join('p1', token))).toEqual({ name: 'join', planId: 'p1', token });
    expect(parseRoute('#/join/p1/').name).toBe('not-found');
    expect(parseRoute('#/join/p1/a b').name).toBe('not-found');
  });

  it('refuses ids the relay would refuse as room names', () => {
    expect(parseRoute('#/plan/../etc').name).toBe('not-found');
    expect(parseRoute(`#/plan/${'x'.repeat(65)}`).name).toBe('not-found');
  });
});
