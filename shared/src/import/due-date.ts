/**
 * Timescale text -> ISO due date. Plans write deadlines loosely ("March 2016", "Q2 2016", "15-16", "31st March
 * 2016", "Sept 15"); a month means its last day and a financial year (April-March) means 31 March of its end year.
 * Text that names no deadline ("On-going", "TBC", "From April 2015") gives null rather than a guess.
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH_RE = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const YEAR_RE = '((?:19|20)\\d{2}|\\d{2})(?!\\d)';

/** Words that mean "no deadline": an open-ended start or an unknown date. */
const NO_DEADLINE = /^(from|starting|commencing|since)\b|\bon[\s\u2013\u2014-]*going\b|\bongoing\b|\btbc\b|\btba\b|\bonwards\b|\bcontinuous\b|\bn\/a\b|\b(monthly|quarterly|annually|yearly|weekly|fortnightly|termly|every)\b/i;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day?: number): string | null {
  if (month < 1 || month > 12 || year < 1990 || year > 2100) return null;
  const last = lastDay(year, month);
  const d = day ?? last;
  return d >= 1 && d <= last ? `${year}-${pad(month)}-${pad(d)}` : null;
}

interface Found {
  at: number;
  date: string;
}

/** Every date-like mention in the text, with its position, so ranges can take the last one. */
function findDates(text: string): Found[] {
  const found: Found[] = [];
  const invalid: number[] = [];
  const add = (at: number, date: string | null): void => {
    if (date === null) invalid.push(at);
    else if (!found.some((f) => Math.abs(f.at - at) < 3)) found.push({ at, date });
  };
  const consumed = (at: number): boolean => [...found.map((f) => f.at), ...invalid].some((p) => p < at && at - p < 8);
  const dayMonth = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}\\.?,?\\s+${YEAR_RE}`, 'gi');
  for (const m of text.matchAll(dayMonth)) add(m.index, iso(fullYear(m[3]!), MONTHS[m[2]!.toLowerCase()]!, Number(m[1])));
  const numeric = /\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})\b/g;
  for (const m of text.matchAll(numeric)) add(m.index, iso(Number(m[3]), Number(m[2]), Number(m[1])));
  const monthYear = new RegExp(`\\b${MONTH_RE}\\.?,?\\s+${YEAR_RE}`, 'gi');
  for (const m of text.matchAll(monthYear)) {
    if (!consumed(m.index)) add(m.index, iso(fullYear(m[2]!), MONTHS[m[1]!.toLowerCase()]!));
  }
  const quarter = /\bQ([1-4])\s*(?:of\s+)?((?:19|20)\d{2})(?![/-]\d)/gi;
  for (const m of text.matchAll(quarter)) add(m.index, iso(Number(m[2]), Number(m[1]) * 3));
  const fyQuarter = /\bQ([1-4])\s+((?:19|20)?\d{2})\s*[/-]\s*(\d{2})\b/gi;
  for (const m of text.matchAll(fyQuarter)) {
    const start = fullYear(m[2]!.slice(-2));
    const month = ((Number(m[1]) * 3 + 3 - 1) % 12) + 1;
    add(m.index, iso(month <= 3 ? start + 1 : start, month));
  }
  const financial = /(?<![\d/.-])((?:19|20)?\d{2})\s*[/-]\s*(\d{2})(?![\d/.-])/g;
  for (const m of text.matchAll(financial)) {
    const start = fullYear(m[1]!.slice(-2));
    if ((start + 1) % 100 === Number(m[2]) && !found.some((f) => f.at <= m.index && m.index - f.at < 4)) add(m.index, iso(start + 1, 3));
  }
  const yearOnly = /^(?:by |end of |during |in )?((?:19|20)\d{2})\.?$/i.exec(text);
  if (yearOnly && found.length === 0) add(0, iso(Number(yearOnly[1]), 12));
  return found.sort((a, b) => a.at - b.at);
}

const RANGE_MARK = /\s[\u2013\u2014-]\s?|\s?[\u2013\u2014]\s|\bto\b|\buntil\b|\btill\b/i;
const OPEN_START = /^(from|starting|commencing|since)\b/i;

/**
 * The ISO due date (YYYY-MM-DD) a timescale names, or null when it names none.
 * The first date is the deadline ("March 2016 with mid-year review in Q2/3") unless the text is a range
 * ("From March – May 2015", "June to September 2015"), which ends at its last date.
 */
export function parseDue(timescale: string): string | null {
  const text = timescale.replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  const found = findDates(text);
  const first = found[0];
  if (!first) return null;
  const afterFirst = text.slice(first.at);
  const ranged = RANGE_MARK.test(OPEN_START.test(text) ? text : afterFirst);
  if (ranged && OPEN_START.test(text)) {
    const last = found[found.length - 1]!;
    return RANGE_MARK.test(text.slice(0, last.at)) ? last.date : null;
  }
  if (NO_DEADLINE.test(text)) return null;
  if (ranged && found.length > 1 && RANGE_MARK.test(text.slice(first.at, found[1]!.at))) return found[found.length - 1]!.date;
  return first.date;
}
