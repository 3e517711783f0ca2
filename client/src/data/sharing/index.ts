// Sharing, for the UI: invites over the relay's HTTP API and joining by an invite link. No Yjs here.
export { createInvite, listInvites, revokeInvite, SharingError, type Invite, type IssuedInvite, type SharingReason } from './sharing-api';
export { joinPlan, inviteClaims, JoinError, type JoinReason } from './join-plan';
export { rotateOwnerAccess } from './rotate-owner';
export type { PlanRole } from '../device/device-db';
