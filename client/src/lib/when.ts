// Dates and times in the person's own locale (en-GB: day-month order, 24-hour clock), never a hard-coded one.
import { DEFAULT_LOCALE, dateFormatter, formatDate as longDate } from '@concord/shared/dates';

/** The person's locale as the browser reports it (their language setting); en-GB when it reports none. */
export function userLocale(): string {
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  return nav?.languages?.[0] || nav?.language || DEFAULT_LOCALE;
}

const STYLES = {
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  date: { dateStyle: 'medium' },
  time: { timeStyle: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** A formatter in the person's locale. */
const inLocale = (style: keyof typeof STYLES): Intl.DateTimeFormat => dateFormatter(userLocale(), STYLES[style]);

/** "23 Nov 2026, 14:05" (en-GB) or "Nov 23, 2026, 2:05 PM" (en-US); a bare date as formatShortDate; the fallback for null. */
export function formatDateTime(iso: string | null, fallback = 'Never'): string {
  if (!iso) return fallback;
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return formatShortDate(iso);
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : inLocale('dateTime').format(d);
}

/** A YYYY-MM-DD date (or date-time) short, as "23 Nov 2026" (en-GB), in the person's day rather than UTC's. */
export function formatShortDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const d = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : inLocale('date').format(d);
}

/** A date written out as minutes and emails write it: "23 November 2026" (en-GB), "November 23, 2026" (en-US). */
export function formatLongDate(iso: string): string {
  return longDate(iso, userLocale());
}

/** "14:05" (en-GB) or "2:05 PM" (en-US). */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : inLocale('time').format(d);
}

/** Today as YYYY-MM-DD in local time (toISOString would give UTC's day). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
