/**
 * Breaks text into lines that fit a width, as Chinese and English text
 * breaks: between any two ideographs, at spaces in Latin text, never before
 * closing punctuation (，。、）》” …) or after opening punctuation (（《“ …).
 * A word wider than the line is broken between characters. Pure: the width
 * of a text comes from `measure` (a canvas in the browser, a stub in tests).
 */

/** The width of a text in the font being laid out, in CSS pixels. */
export type Measure = (text: string) => number;

const IDEOGRAPHIC = '\\u2E80-\\u9FFF\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFFEF';
/** An ideograph or full-width sign alone; a run of other characters with its trailing spaces; spaces. */
const UNITS = new RegExp(`[${IDEOGRAPHIC}]|[^\\s${IDEOGRAPHIC}]+\\s*|\\s+`, 'gu');
const NO_LINE_START = /^[，。、；：？！）》」』】〕〉”’…·,.;:!?)\]}%]/u;
const NO_LINE_END = /[（《「『【〔〈“‘([{]$/u;

/** The pieces a line may break between. */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  for (const [unit] of text.matchAll(UNITS)) {
    const last = units.length - 1;
    if (last >= 0 && (NO_LINE_START.test(unit) || NO_LINE_END.test(units[last]))) units[last] += unit;
    else units.push(unit);
  }
  return units;
}

/** Splits a unit wider than the line between characters. */
function breakWord(word: string, maxWidth: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && measure(piece + char) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** The lines of `text` at most `maxWidth` wide (a single unbreakable character may exceed it). */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const unit of breakUnits(text.replace(/\s+/g, ' ').trim())) {
    const candidate = line + unit;
    if (measure(candidate.trimEnd()) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    const start = unit.trimStart();
    if (measure(start.trimEnd()) <= maxWidth) {
      line = start;
    } else {
      const pieces = breakWord(start.trimEnd(), maxWidth, measure);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1] ?? '';
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
