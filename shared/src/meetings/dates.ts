const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/**
 * "31 March 2016" from an ISO date or date-time (the date part only); anything else comes back unchanged.
 * Written out by hand so minutes read the same on every device and locale.
 */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || month === undefined) return iso;
  return `${Number(m[3])} ${month} ${m[1]}`;
}
