/** Why the server refused a plan's connection, as a phrase completing "The server refused this plan: …". */
export const REFUSALS: Record<string, string> = {
  unauthorised: 'you need an invite link to open it',
  'token-expired': 'your invite link has expired',
  forbidden: 'your access has been withdrawn',
  revoked: 'your invite link has been revoked',
  'invalid-room': 'the link is not a valid plan address',
  'message-too-large': 'a change was too large to send',
  'origin-not-allowed': 'this app’s address is not allowed by the server',
  'document-too-large': 'the plan has grown larger than the server allows',
};

export function refusalWords(reason: string | null): string {
  return REFUSALS[reason ?? ''] ?? 'reason unknown';
}
