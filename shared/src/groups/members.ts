import * as Y from 'yjs';
import { newId } from '../ids';
import { setIfChanged } from '../model/items';
import { mutate } from '../model/transact';
import { GroupModelError } from './errors';
import { checkName, groupRoot, requireEntry, requireGroup, type YEntry } from './group-doc';
import { MEMBER_KEY } from './schema';
import { GROUP_ROLES, type GroupDoc, type GroupMember, type GroupRole, type MemberInput, type MemberPatch } from './types';

function checkRole(role: unknown, path: string): GroupRole {
  if (!GROUP_ROLES.includes(role as GroupRole)) throw new GroupModelError('invalid', 'expected owner, editor or viewer', path);
  return role as GroupRole;
}

function checkEmail(email: unknown, path: string): string | null {
  if (email === null || email === undefined || email === '') return null;
  if (typeof email !== 'string' || email.length > 200 || !/^[^\s@]+@[^\s@]+$/.test(email.trim())) {
    throw new GroupModelError('invalid', 'expected an email address', path);
  }
  return email.trim();
}

function checkOrganisation(value: unknown, path: string): string {
  if (value === undefined) return '';
  if (typeof value !== 'string' || value.length > 200) throw new GroupModelError('invalid', 'expected an organisation', path);
  return value.trim();
}

function writeMember(doc: GroupDoc, id: string, fields: Omit<GroupMember, 'id'>, origin: unknown): void {
  mutate(doc, origin, () => {
    const entry: YEntry = new Y.Map<unknown>();
    groupRoot(doc, 'members').set(id, entry);
    for (const [key, value] of Object.entries(fields)) entry.set(key, value);
  });
}

/** Adds a member the facilitator typed in (no access: they are in the list, for meetings and the directory). */
export function addMember(doc: GroupDoc, input: MemberInput, origin?: unknown): string {
  requireGroup(doc);
  const fields = {
    name: checkName(input.name, 'member.name'),
    organisation: checkOrganisation(input.organisation, 'member.organisation'),
    email: checkEmail(input.email, 'member.email'),
    role: checkRole(input.role ?? 'viewer', 'member.role'),
    source: 'entered' as const,
    removed: false,
  };
  const id = newId();
  writeMember(doc, id, fields, origin);
  return id;
}

/**
 * Records a member the relay admitted (joined by a link), under the relay's member id. Writes nothing when the
 * member is already listed, so every device that reconciles the relay's list writes them at most once.
 */
export function recordMember(doc: GroupDoc, memberId: string, input: MemberInput & { removed?: boolean }, origin?: unknown): boolean {
  requireGroup(doc);
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(memberId)) throw new GroupModelError('invalid', 'expected a member id', 'memberId');
  const existing = groupRoot(doc, 'members').get(memberId);
  const removed = input.removed === true;
  if (existing instanceof Y.Map) {
    if (removed && existing.get(MEMBER_KEY.removed) !== true) mutate(doc, origin, () => existing.set(MEMBER_KEY.removed, true));
    return false;
  }
  const fields = {
    name: checkName(input.name, 'member.name'),
    organisation: checkOrganisation(input.organisation, 'member.organisation'),
    email: checkEmail(input.email, 'member.email'),
    role: checkRole(input.role ?? 'viewer', 'member.role'),
    source: 'joined' as const,
    removed,
  };
  writeMember(doc, memberId, fields, origin);
  return true;
}

/** Changes a member's name, organisation, email, role or removed flag (only what changed is written). */
export function updateMember(doc: GroupDoc, memberId: string, patch: MemberPatch, origin?: unknown): void {
  const entry = requireEntry(doc, 'members', memberId);
  const next: Record<string, unknown> = {};
  if (patch.name !== undefined) next[MEMBER_KEY.name] = checkName(patch.name, 'member.name');
  if (patch.organisation !== undefined) next[MEMBER_KEY.organisation] = checkOrganisation(patch.organisation, 'member.organisation');
  if (patch.email !== undefined) next[MEMBER_KEY.email] = checkEmail(patch.email, 'member.email');
  if (patch.role !== undefined) next[MEMBER_KEY.role] = checkRole(patch.role, 'member.role');
  if (patch.removed !== undefined) next[MEMBER_KEY.removed] = patch.removed === true;
  mutate(doc, origin, () => Object.entries(next).forEach(([key, value]) => setIfChanged(entry, key, value)));
}
