/**
 * Reasons the sharing API (`/api/…`) refuses a request, each with the HTTP status it is answered with. The body is
 * `{"error": reason}`; clients word the reason, never the status.
 */
export const API_ERROR_STATUS = {
  'bad-request': 400,
  'invalid-plan': 400,
  'create-key-required': 401,
  unauthorised: 401,
  forbidden: 403,
  'not-found': 404,
  'method-not-allowed': 405,
  // A POST that is not JSON (a plain form or text/plain, which any web page can send without a preflight).
  'unsupported-media-type': 415,
  // A page on a site that is not one of the relay's public origins.
  'origin-not-allowed': 403,
  'plan-exists': 409,
  'too-large': 413,
  // The relay's total-storage quota is reached: no new plans until an operator makes room.
  'storage-full': 507,
  // Working groups (/api/groups).
  'invalid-group': 400,
  'invalid-member': 400,
  'link-revoked': 403,
  'not-plan-owner': 403,
  'group-exists': 409,
  // Update requests (/api/plans/:id/requests, /api/plans/:id/rounds).
  'invalid-request': 400,
} as const;

export type ApiErrorReason = keyof typeof API_ERROR_STATUS;

/** True when `value` is a reason the sharing API answers with (a client maps anything else to a server fault). */
export function isApiErrorReason(value: unknown): value is ApiErrorReason {
  return typeof value === 'string' && Object.hasOwn(API_ERROR_STATUS, value);
}
