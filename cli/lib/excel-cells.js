// A cell as Excel and WPS write it, read as the report's value: figures with thousands separators, full-width
// digits and signs (typed with a Chinese input method), a per cent sign, dates as Chinese Excel saves them. Each
// reader returns the value and what it changed (so that the publisher can check it), or a problem when the cell
// could mean more than one thing or nothing: a value is never guessed. Pure.

/** Excel's error values (a formula that failed): never a value, whatever the column. */
const EXCEL_ERROR =
  /^#(?:N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;

/** The Excel error a cell holds (`#N/A`, `#DIV/0!`, …), else undefined. */
export function excelError(text) {
  const trimmed = foldWidth(text).trim();
  return EXCEL_ERROR.test(trimmed) ? trimmed.toUpperCase() : undefined;
}

/**
 * Full-width ASCII (０-９, ａ-ｚ, ，．－％ …, what NFKC folds them to), the ideographic space and the minus sign
 * as their plain forms. Only these: NFKC would also turn 10² into 102 and ① into 1, which changes a figure.
 */
export function foldWidth(text) {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/[\u2212\ufe63]/g, '-');
}

/** A cell trimmed with its full-width forms folded, and `['full-width']` when folding changed it. */
function unfolded(text) {
  const trimmed = text.trim();
  const folded = foldWidth(trimmed).trim();
  return { text: folded, changes: folded !== trimmed ? ['full-width'] : [] };
}

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * A figure from a cell. `percent`: a trailing % is read (45% → 45, noted) and the caller checks that the unit
 * is %. Problems: `magnitude` (32万), `currency` (¥1,000), `comma` (1,5: a decimal comma or a misplaced
 * separator), `exponent` (1.23E+11: Excel's short display, digits lost), `parentheses` ((1,000): an accounting
 * negative), `spaces` (320 000), `not-a-number`.
 * @param {string} text
 * @returns {{ value: number, changes: string[], percent: boolean } | { problem: string }}
 */
export function readNumber(text) {
  const { text: cell, changes } = unfolded(text);
  let t = cell;
  let percent = false;
  if (t.endsWith('%')) {
    percent = true;
    changes.push('percent');
    t = t.slice(0, -1).trim();
  }
  if (GROUPED_NUMBER.test(t)) {
    changes.push('thousands');
    t = t.replace(/,/g, '');
  }
  if (PLAIN_NUMBER.test(t)) return { value: Number(t), changes, percent };
  if (/[万萬亿億千百]/.test(t)) return { problem: 'magnitude' };
  if (/^[-+]?[¥￥$€£]|[元¥￥]$/.test(t)) return { problem: 'currency' };
  if (/^\(\s*[\d,.]+\s*\)$/.test(t)) return { problem: 'parentheses' };
  if (/^[+-]?\d+(\.\d+)?[eE][+-]?\d+$/.test(t)) return { problem: 'exponent' };
  if (/^[+-]?[\d,]+(\.\d+)?$/.test(t) || /^[+-]?\d+,\d+$/.test(t)) return { problem: 'comma' };
  if (/^[+-]?\d{1,3}( \d{3})+(\.\d+)?$/.test(t)) return { problem: 'spaces' };
  return { problem: 'not-a-number' };
}

const pad = (n) => String(n).padStart(2, '0');
const daysIn = (year, month) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A year, month and day as the report writes them, or a problem when there is no such date. */
function isoDate(year, month, day) {
  const y = Number(year);
  if (month === undefined) return { value: String(year) };
  const m = Number(month);
  if (m < 1 || m > 12) return { problem: 'no-such-date' };
  if (day === undefined) return { value: `${year}-${pad(m)}` };
  const d = Number(day);
  if (d < 1 || d > daysIn(y, m)) return { problem: 'no-such-date' };
  return { value: `${year}-${pad(m)}-${pad(d)}` };
}

/** Excel's day number (1900 date system, as Excel and WPS on Windows count) as YYYY-MM-DD. */
export function excelSerialDate(serial) {
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000).toISOString().slice(0, 10);
}

/**
 * A date (the report's YYYY, YYYY-MM or YYYY-MM-DD) from a cell: 2024/6/1, 2024/06/01, 2024.6.1, 2024-6-1,
 * 2024年6月1日, 2024年6月, 2024/6/1 0:00 (a date cell Excel saved with its time). Problems: `day-month-order`
 * (6/1/2024: June 1 or January 6), `two-digit-year` (24/6/1), `date-serial` (45444: a date saved as Excel's
 * day number; `suggestion` is the date it stands for in Excel's usual calendar), `no-such-date` (2024/2/30),
 * `date-time` (a time other than midnight). Any other text is returned as it is, for the report's own check.
 * @param {string} text
 * @returns {{ value: string, changes: string[] } | { problem: string, suggestion?: string }}
 */
export function readDate(text) {
  const { text: cell, changes } = unfolded(text);
  let t = cell;
  const withTime = /^(.+?)\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (withTime) {
    if (Number(withTime[2]) || Number(withTime[3]) || Number(withTime[4] ?? 0)) return { problem: 'date-time' };
    t = withTime[1];
    changes.push('midnight');
  }
  let parts = /^(\d{4})(?:([-/.])(\d{1,2})(?:\2(\d{1,2}))?)?$/.exec(t);
  if (parts) parts = [parts[1], parts[3], parts[4]];
  else {
    const chinese = /^(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号號])?)?$/.exec(t);
    if (chinese) parts = chinese.slice(1);
  }
  if (parts) {
    const date = isoDate(...parts);
    if (date.problem) return date;
    if (date.value !== t) changes.push('date');
    return { value: date.value, changes };
  }
  if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$/.test(t)) return { problem: 'day-month-order' };
  if (/^\d{2}[-/.]\d{1,2}[-/.]\d{1,2}$/.test(t) || /^\d{2}年/.test(t)) return { problem: 'two-digit-year' };
  if (/^\d{5}(\.\d+)?$/.test(t) && Number(t) > 3653 && Number(t) < 73051)
    return { problem: 'date-serial', suggestion: excelSerialDate(Number(t)) };
  return { value: t, changes };
}

/** An identifier, code or list of them (ids, 440000, over, %): full-width letters, digits and signs folded. */
export function readCode(text) {
  const { text: value, changes } = unfolded(text);
  return { value, changes };
}
