/**
 * The GroupRegistryStore contract, run against the SQLite and the PostgreSQL registry (group-registry.test.ts,
 * postgres-group-registry.test.ts). Each file supplies a factory for a fresh, empty registry.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mintCapability } from '../src/auth/capability-token';
import { groupPlanKey, memberKey, type GroupRegistryStore, type NewMember } from '../src/auth/group-registry';

const secret = new Uint8Array(32).fill(3);
const member = (memberId: string, extra: Partial<NewMember> = {}): NewMember => ({
  memberId,
  role: 'editor',
  name: `Person ${memberId}`,
  organisation: 'County council',
  email: null,
  linkId: null,
  ...extra,
});

/** Registers the contract tests; `open` gives a fresh registry (closed after each test). */
export function groupRegistryContract(name: string, open: () => Promise<GroupRegistryStore>): void {
  const opened: GroupRegistryStore[] = [];
  const fresh = async () => {
    const registry = await open();
    opened.push(registry);
    return registry;
  };
  afterEach(async () => {
    for (const registry of opened.splice(0)) await registry.close();
  });

  describe(`${name}: the group registry contract`, () => {
    it('creates a group once', async () => {
      const r = await fresh();
      expect(await r.createGroup('group-a')).toBe(true);
      expect(await r.createGroup('group-a')).toBe(false);
      expect(await r.groupExists('group-a')).toBe(true);
      expect(await r.groupExists('group-b')).toBe(false);
    });

    it('admits live members only, to the group room and to the plans the group has now', async () => {
      const r = await fresh();
      await r.createGroup('group-a');
      await r.addMember('group-a', member('m1', { role: 'viewer', email: 'a@example.org' }));
      expect(await r.memberAccess('group-a', 'm1', null)).toEqual({ role: 'viewer', hasPlan: false });
      expect(await r.memberAccess('group-a', 'm1', 'plan-1')).toEqual({ role: 'viewer', hasPlan: false });
      expect(await r.addPlan('group-a', 'plan-1')).toBe(true);
      expect(await r.addPlan('group-a', 'plan-1')).toBe(false);
      expect(await r.memberAccess('group-a', 'm1', 'plan-1')).toEqual({ role: 'viewer', hasPlan: true });
      expect(await r.memberAccess('group-b', 'm1', 'plan-1')).toBeNull();
      expect(await r.memberAccess('group-a', 'nobody', 'plan-1')).toBeNull();
      expect((await r.members('group-a'))[0]).toMatchObject({ memberId: 'm1', email: 'a@example.org', revokedAt: null });
    });

    it('takes a plan out and back in, and reports the keys it ended', async () => {
      const r = await fresh();
      await r.createGroup('group-a');
      await r.addMember('group-a', member('m1'));
      await r.addPlan('group-a', 'plan-1');
      await r.addPlan('group-a', 'plan-2');
      expect(await r.plans('group-a')).toEqual(['plan-1', 'plan-2']);
      const keys = [groupPlanKey('group-a', 'plan-1'), groupPlanKey('group-a', 'plan-2'), memberKey('group-a', 'm1'), 'a-token-id'];
      expect(await r.revokedAmong(keys)).toEqual([]);
      expect(await r.removePlan('group-a', 'plan-1')).toBe(true);
      expect(await r.removePlan('group-a', 'plan-1')).toBe(false);
      expect(await r.plans('group-a')).toEqual(['plan-2']);
      expect(await r.memberAccess('group-a', 'm1', 'plan-1')).toEqual({ role: 'editor', hasPlan: false });
      expect(await r.revokedAmong(keys)).toEqual([groupPlanKey('group-a', 'plan-1')]);
      expect(await r.addPlan('group-a', 'plan-1')).toBe(true);
      expect(await r.revokedAmong(keys)).toEqual([]);
    });

    it('revokes a member everywhere at once, and finds the members who joined by a link', async () => {
      const r = await fresh();
      await r.createGroup('group-a');
      await r.addMember('group-a', member('m1', { linkId: 'link-1' }));
      await r.addMember('group-a', member('m2', { linkId: 'link-1' }));
      await r.addMember('group-a', member('m3', { linkId: 'link-2' }));
      expect((await r.membersByLink('group-a', 'link-1')).sort()).toEqual(['m1', 'm2']);
      expect(await r.revokeMember('group-a', 'm1')).toBe(true);
      expect(await r.revokeMember('group-a', 'm1')).toBe(false);
      expect(await r.revokeMember('group-b', 'm2')).toBe(false);
      expect(await r.memberAccess('group-a', 'm1', null)).toBeNull();
      expect(await r.membersByLink('group-a', 'link-1')).toEqual(['m2']);
      expect(await r.revokedAmong([memberKey('group-a', 'm1'), memberKey('group-a', 'm2'), memberKey('group-x', 'm2')])).toEqual([
        memberKey('group-a', 'm1'),
        memberKey('group-x', 'm2'),
      ]);
      const [first] = await r.members('group-a');
      expect(first!.revokedAt).not.toBeNull();
    });

    it('lists and revokes invite links', async () => {
      const r = await fresh();
      await r.createGroup('group-a');
      const editor = await mintCapability(secret, { kind: 'group-link', groupId: 'group-a', role: 'editor' });
      const viewer = await mintCapability(secret, { kind: 'group-link', groupId: 'group-a', role: 'viewer' }, 3600);
      await r.recordLink(editor.claims, 'for the leads');
      await r.recordLink(viewer.claims, null);
      // Two links made in one millisecond may list either way round.
      const links = (await r.links('group-a')).sort((x, y) => x.role.localeCompare(y.role));
      expect(links.map((l) => [l.id, l.role, l.label])).toEqual([
        [editor.claims.tokenId, 'editor', 'for the leads'],
        [viewer.claims.tokenId, 'viewer', null],
      ]);
      expect(Date.parse(links[1]!.expiresAt!)).toBe(viewer.claims.expiresAt! * 1000);
      expect(await r.revokeLink('group-b', editor.claims.tokenId)).toBe(false);
      expect(await r.revokeLink('group-a', editor.claims.tokenId)).toBe(true);
      expect(await r.revokeLink('group-a', editor.claims.tokenId)).toBe(false);
      expect(await r.isLinkRevoked(editor.claims.tokenId)).toBe(true);
      expect(await r.isLinkRevoked(viewer.claims.tokenId)).toBe(false);
    });
  });
}
