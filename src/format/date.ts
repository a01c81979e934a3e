/**
 * Dates and date ranges at the precision a text gives them (2024, 2024-06,
 * 2024-05-31): 2024年5月31日至6月2日 / 31 May – 2 June 2024. Pure, over Intl.
 */
import type { DateSpan, Language } from '../report/schema.js';
import { INTL_LOCALE, localize } from './language.js';

type Precision = 'year' | 'month' | 'day';

interface ParsedDate {
  date: Date;
  precision: Precision;
  year: number;
  month: number;
}

export function parsePartialDate(text: string): ParsedDate | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : 1;
  const day = match[3] ? Number(match[3]) : 1;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (Number.isNaN(date.getTime()) || date.getUTCMonth() !== month - 1) return null;
  return { date, precision: match[3] ? 'day' : match[2] ? 'month' : 'year', year, month };
}

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};
// Chinese: the end of a range drops what it shares with the start (2024年5月31日至6月2日).
const WITHOUT_YEAR: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: OPTIONS.year,
  month: { month: 'long', timeZone: 'UTC' },
  day: { month: 'long', day: 'numeric', timeZone: 'UTC' },
};

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = language + JSON.stringify(options);
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(INTL_LOCALE[language], options)));
  return format;
}

/** 2024年6月 / June 2024; 2024年5月31日 / 31 May 2024. Unparseable text is returned as is. */
export function formatPartialDate(text: string, language: Language): string {
  const parsed = parsePartialDate(text);
  return parsed ? dateFormat(language, OPTIONS[parsed.precision]).format(parsed.date) : text;
}

/** A date or range; the coarser precision of the two ends is used for both. */
export function formatDateRange(startText: string, endText: string | undefined, language: Language): string {
  const start = parsePartialDate(startText);
  const end = endText === undefined ? null : parsePartialDate(endText);
  if (!start) return startText;
  if (!end || (end.date.getTime() === start.date.getTime() && end.precision === start.precision)) {
    return formatPartialDate(startText, language);
  }
  const order: Precision[] = ['year', 'month', 'day'];
  const precision = order[Math.min(order.indexOf(start.precision), order.indexOf(end.precision))];
  if (language === 'en') {
    return dateFormat(language, OPTIONS[precision]).formatRange(start.date, end.date);
  }
  const first = dateFormat(language, OPTIONS[precision]).format(start.date);
  const sameYear = start.year === end.year;
  let second: string;
  if (!sameYear) second = dateFormat(language, OPTIONS[precision]).format(end.date);
  else if (precision === 'day' && start.month === end.month) second = `${end.date.getUTCDate()}日`;
  else second = dateFormat(language, WITHOUT_YEAR[precision]).format(end.date);
  return `${first}至${second}`;
}

/** A report's date span: its wording when the text was vague (近日), else the formatted date or range. */
export function formatDateSpan(span: DateSpan, language: Language): string {
  return span.wording ? localize(span.wording, language) : formatDateRange(span.start, span.end, language);
}

/** ISO value for `<time datetime>`: the start date as given. */
export function machineDate(span: DateSpan): string {
  return span.start;
}
