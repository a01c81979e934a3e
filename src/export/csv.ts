/**
 * CSV as spreadsheets open it: RFC 4180 (commas, CRLF line ends, fields with
 * a comma, quote or line break in double quotes, quotes doubled), a UTF-8
 * byte-order mark so that Excel reads Chinese as UTF-8, and text cells that
 * would start a formula (= + - @, tab, carriage return) prefixed with an
 * apostrophe: report text is untrusted. Numbers are written as numbers. Pure.
 * A text that already begins with apostrophes before such a character gets
 * one more, so that removing one apostrophe (`sw-widgets import`) always gives
 * the text back: `'=x` is written `''=x`, not left to read back as `=x`.
 */

/** A cell: text (escaped against formulas), a number (written as is) or empty. */
export type CsvCell = string | number | null | undefined;

export interface CsvTable {
  header: string[];
  rows: CsvCell[][];
}

/** The UTF-8 byte-order mark, as the first character of the text. */
export const BOM = '\uFEFF';

const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field, quoted when needed. */
export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  const text =
    typeof cell === 'number'
      ? Number.isFinite(cell)
        ? String(cell)
        : ''
      : FORMULA_START.test(cell)
        ? `'${cell}`
        : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, header row, data rows, each line ended by CRLF. */
export function toCsv(table: CsvTable): string {
  return BOM + [table.header, ...table.rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
