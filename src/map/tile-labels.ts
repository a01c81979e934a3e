/**
 * Labels that fit their tile: the short name (广东 / Guangdong), else the
 * name on two lines, else the one-character abbreviation (粤) or the
 * ISO 3166-2:CN code (GD), else nothing; the value below when it fits. Pure:
 * text widths are estimated generously per character instead of measured.
 */
import type { Language } from '../report/schema.js';

/**
 * 简称 as on licence plates (粤, 川, 贵, 云), with 港 澳 台; and the letters of
 * the ISO 3166-2:CN codes (CN-GD → GD) in English. Each follows the first two
 * digits of its division's code, which is compact in the bundle.
 */
const ABBREVIATIONS: Record<Language, string> = {
  'zh-Hans':
    '11京12津13冀14晋15蒙21辽22吉23黑31沪32苏33浙34皖35闽36赣37鲁41豫42鄂43湘44粤45桂46琼50渝51川52贵53云54藏61陕62甘63青64宁65新71台81港82澳',
  'zh-Hant':
    '11京12津13冀14晉15蒙21遼22吉23黑31滬32蘇33浙34皖35閩36贛37魯41豫42鄂43湘44粵45桂46瓊50渝51川52貴53雲54藏61陝62甘63青64寧65新71台81港82澳',
  en: '11BJ12TJ13HE14SX15NM21LN22JL23HL31SH32JS33ZJ34AH35FJ36JX37SD41HA42HB43HN44GD45GX46HI50CQ51SC52GZ53YN54XZ61SN62GS63QH64NX65XJ71TW81HK82MO',
};

/** The abbreviation of a division in a language (粤 / 粵 / GD); the code itself when unknown. */
export function divisionAbbreviation(code: string, language: Language): string {
  // ['', '11', '京', '12', '津', …]: a literal pattern, compiled once (a pattern made per call was compiled 34 times a map).
  const parts = ABBREVIATIONS[language].split(/(\d\d)/);
  const at = /^\d\d0000$/.test(code) ? parts.indexOf(code.slice(0, 2)) : -1;
  return at > 0 ? parts[at + 1] : code;
}

/** Labels smaller than this are not drawn: the tooltip, the accessible name and the table still say everything. */
export const MIN_FONT_PX = 11;
export const MAX_FONT_PX = 16;
/** Line height of tile labels, in em. */
export const TILE_LINE_HEIGHT = 1.2;

/**
 * A generous estimate of a text's width in em: CJK ideographs and full-width
 * punctuation 1; capitals 0.76, m and w 0.98, other letters and digits 0.64;
 * f r t 0.42; i j l and punctuation 0.32. Bounds DejaVu Sans, one of the
 * widest common sans-serif fonts, so labels do not overflow in any usual font.
 */
export function estimateWidthEm(text: string, bold = false): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x2e80) width += 1;
    else if (/[mwMW%]/.test(char)) width += 0.98;
    else if (/[A-Z]/.test(char)) width += 0.76;
    else if (/[frt]/.test(char)) width += 0.42;
    else if (/[ijl .,:;'’|!()[\]-]/.test(char)) width += 0.32;
    else width += 0.64;
  }
  return bold ? width * 1.08 : width;
}

export interface TileLabelText {
  /** The short name: 广东 / 廣東 / Guangdong. */
  name: string;
  /** 粤 / 粵 / GD. */
  abbreviation: string;
  /** The value as shown on the tile (32万, 1,089), or null for no data. */
  value: string | null;
}

export interface TileLabel {
  /** Lines of the name; empty when even the abbreviation does not fit. */
  lines: string[];
  /** The value, or null when there is none or it does not fit. */
  value: string | null;
  /** True when the name was replaced by its abbreviation. */
  abbreviated: boolean;
}

export interface TileLabels {
  /** One font size for every label of the map, so that the map reads evenly. */
  fontPx: number;
  /** The labels, in the order of the texts. */
  labels: TileLabel[];
}

interface NameForm {
  lines: string[];
  abbreviated: boolean;
}

/** The full ways to write a name: one line, and for names of several words two lines split where they balance best. */
function fullForms(name: string): NameForm[] {
  const forms = [{ lines: [name], abbreviated: false }];
  const words = name.split(' ');
  if (words.length > 1) {
    let split = 1;
    let best = Infinity;
    for (let i = 1; i < words.length; i++) {
      const longer = Math.max(estimateWidthEm(words.slice(0, i).join(' ')), estimateWidthEm(words.slice(i).join(' ')));
      if (longer < best) [best, split] = [longer, i];
    }
    forms.push({ lines: [words.slice(0, split).join(' '), words.slice(split).join(' ')], abbreviated: false });
  }
  return forms;
}

/** The largest font (px) at which the lines and the value fit a square of `inner` px. */
function largestFont(lines: string[], value: string | null, inner: number): number {
  const widest = Math.max(
    ...lines.map((line) => estimateWidthEm(line)),
    value === null ? 0 : estimateWidthEm(value, true),
  );
  const rows = lines.length + (value === null ? 0 : 1);
  return Math.min(inner / widest, inner / (rows * TILE_LINE_HEIGHT));
}

/** Above this share of tiles that cannot show their name, every tile shows its abbreviation (GD next to LN, not next to Jilin). */
const ABBREVIATE_ALL_ABOVE = 1 / 3;

/**
 * Labels for square tiles of `tilePx` CSS pixels, with one font size for all:
 * as large as the tile suggests (19% of it, MIN_FONT_PX to MAX_FONT_PX) and
 * small enough that every name that can be legible fits, with its value
 * (on two lines if it has two words). A tile whose name does not fit even at
 * MIN_FONT_PX shows its abbreviation; when many do, all do. The value is
 * left out before the name; a label that cannot fit at all is not drawn.
 */
export function fitTileLabels(texts: readonly TileLabelText[], tilePx: number): TileLabels {
  const inner = tilePx * 0.84;
  const preferred = Math.min(MAX_FONT_PX, Math.max(MIN_FONT_PX, tilePx * 0.19));
  const fullFont = (text: TileLabelText) => {
    const fonts = fullForms(text.name).flatMap((form) => [
      largestFont(form.lines, text.value, inner),
      largestFont(form.lines, null, inner),
    ]);
    const withValue = Math.max(...fonts.filter((_, i) => i % 2 === 0));
    return withValue >= MIN_FONT_PX ? withValue : Math.max(...fonts);
  };
  const fonts = texts.map(fullFont);
  const legible = fonts.filter((font) => font >= MIN_FONT_PX);
  const abbreviateAll = texts.length - legible.length > texts.length * ABBREVIATE_ALL_ABOVE;
  const candidates = abbreviateAll
    ? texts.map((text) => largestFont([text.abbreviation], text.value, inner)).filter((font) => font >= MIN_FONT_PX)
    : legible;
  const fontPx = Math.max(MIN_FONT_PX, Math.min(preferred, ...candidates));

  const labels = texts.map((text): TileLabel => {
    const abbreviation = { lines: [text.abbreviation], abbreviated: true };
    const values = text.value === null ? [null] : [text.value, null];
    const attempts = [
      ...(abbreviateAll ? [] : values.flatMap((value) => fullForms(text.name).map((form) => ({ form, value })))),
      ...values.map((value) => ({ form: abbreviation, value })),
    ];
    const fit = attempts.find(({ form, value }) => largestFont(form.lines, value, inner) >= fontPx);
    return fit
      ? { lines: fit.form.lines, value: fit.value, abbreviated: fit.form.abbreviated }
      : { lines: [], value: null, abbreviated: true };
  });
  return { fontPx, labels };
}
