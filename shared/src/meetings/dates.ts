/**
 * Dates as people read them, in their own locale (en-GB: "31 March 2016"; en-US: "March 31, 2016"). Minutes,
 * emails and exports are written for whoever makes them, so the caller passes the locale; en-GB when it does not.
 */

/** The locale used when a caller names none: the Concordat groups are in England. */
export const DEFAULT_LOCALE = 'en-GB';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const cache = new Map<string, Intl.DateTimeFormat>();

/**
 * A formatter for `locale` (made once per locale and options), or for the default locale when the runtime does not
 * know `locale`.
 */
export function dateFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let made = cache.get(key);
  if (!made) {
    try {
      made = new Intl.DateTimeFormat(locale, options);
    } catch {
      made = new Intl.DateTimeFormat(DEFAULT_LOCALE, options);
    }
    cache.set(key, made);
  }
  return made;
}

/** The calendar day an ISO date or date-time names (its date part, as written), as a UTC instant; null if none. */
function dayOf(iso: string): Date | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? d : null;
}

/**
 * "31 March 2016" (en-GB) or "March 31, 2016" (en-US) from an ISO date or date-time: the date part as written, so a
 * date never shifts a day with the reader's time zone. Anything that is not an ISO date comes back unchanged.
 */
export function formatDate(iso: string, locale: string = DEFAULT_LOCALE): string {
  const day = dayOf(iso);
  if (!day) return iso;
  return dateFormatter(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day);
}

/**
 * An ISO date-time as a date and a time in `locale` and `timeZone` ("14 January 2016, 10:05" in en-GB, 24-hour;
 * "January 14, 2016 at 10:05 AM" in en-US). A bare date is formatted as formatDate; anything else comes back unchanged.
 */
export function formatDateTime(iso: string, locale: string = DEFAULT_LOCALE, timeZone?: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return formatDate(iso, locale);
  const at = new Date(iso);
  if (!ISO_DATE.test(iso) || Number.isNaN(at.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) };
  return dateFormatter(locale, options).format(at);
}
