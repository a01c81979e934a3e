/**
 * Labels that fit their tile: the short name (广东 / Guangdong), else the
 * name on two lines, else the one-character abbreviation (粤) or the
 * ISO 3166-2:CN code (GD), else nothing; the value below when it fits. Pure:
 * text widths are estimated generously per character instead of measured.
 */
import type { Language } from '../report/schema.js';

/**
 * 简称 as on licence plates (粤, 川, 贵, 云), with 港 澳 台; and the letters of
 * the ISO 3166-2:CN codes (CN-GD → GD) in English.
 */
const ABBREVIATIONS: Record<string, [hans: string, hant: string, en: string]> = {
  '110000': ['京', '京', 'BJ'],
  '120000': ['津', '津', 'TJ'],
  '130000': ['冀', '冀', 'HE'],
  '140000': ['晋', '晉', 'SX'],
  '150000': ['蒙', '蒙', 'NM'],
  '210000': ['辽', '遼', 'LN'],
  '220000': ['吉', '吉', 'JL'],
  '230000': ['黑', '黑', 'HL'],
  '310000': ['沪', '滬', 'SH'],
  '320000': ['苏', '蘇', 'JS'],
  '330000': ['浙', '浙', 'ZJ'],
  '340000': ['皖', '皖', 'AH'],
  '350000': ['闽', '閩', 'FJ'],
  '360000': ['赣', '贛', 'JX'],
  '370000': ['鲁', '魯', 'SD'],
  '410000': ['豫', '豫', 'HA'],
  '420000': ['鄂', '鄂', 'HB'],
  '430000': ['湘', '湘', 'HN'],
  '440000': ['粤', '粵', 'GD'],
  '450000': ['桂', '桂', 'GX'],
  '460000': ['琼', '瓊', 'HI'],
  '500000': ['渝', '渝', 'CQ'],
  '510000': ['川', '川', 'SC'],
  '520000': ['贵', '貴', 'GZ'],
  '530000': ['云', '雲', 'YN'],
  '540000': ['藏', '藏', 'XZ'],
  '610000': ['陕', '陝', 'SN'],
  '620000': ['甘', '甘', 'GS'],
  '630000': ['青', '青', 'QH'],
  '640000': ['宁', '寧', 'NX'],
  '650000': ['新', '新', 'XJ'],
  '710000': ['台', '台', 'TW'],
  '810000': ['港', '港', 'HK'],
  '820000': ['澳', '澳', 'MO'],
};

/** The abbreviation of a division in a language (粤 / 粵 / GD); the code itself when unknown. */
export function divisionAbbreviation(code: string, language: Language): string {
  const found = ABBREVIATIONS[code];
  if (!found) return code;
  return found[language === 'zh-Hans' ? 0 : language === 'zh-Hant' ? 1 : 2];
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
  fontPx: number;
  /** True when the name was replaced by its abbreviation. */
  abbreviated: boolean;
}

/** The ways to write a name, best first: one line, two lines (at the first space that balances them), the abbreviation. */
function nameForms(text: TileLabelText): Array<{ lines: string[]; abbreviated: boolean }> {
  const forms = [{ lines: [text.name], abbreviated: false }];
  const words = text.name.split(' ');
  if (words.length > 1) {
    let split = 1;
    let best = Infinity;
    for (let i = 1; i < words.length; i++) {
      const longer = Math.max(estimateWidthEm(words.slice(0, i).join(' ')), estimateWidthEm(words.slice(i).join(' ')));
      if (longer < best) [best, split] = [longer, i];
    }
    forms.push({ lines: [words.slice(0, split).join(' '), words.slice(split).join(' ')], abbreviated: false });
  }
  forms.push({ lines: [text.abbreviation], abbreviated: true });
  return forms;
}

/**
 * The label for a square tile of `tilePx` CSS pixels: the font scales with the
 * tile between MIN_FONT_PX and MAX_FONT_PX; the largest font that fits a form
 * wins, a form with the value before one without.
 */
export function fitTileLabel(text: TileLabelText, tilePx: number): TileLabel {
  const inner = tilePx * 0.84;
  const preferredFont = Math.min(MAX_FONT_PX, Math.max(MIN_FONT_PX, tilePx * 0.19));
  const fonts = preferredFont > MIN_FONT_PX ? [preferredFont, MIN_FONT_PX] : [MIN_FONT_PX];
  const fits = (lines: string[], value: string | null, fontPx: number) => {
    const widest = Math.max(...lines.map((line) => estimateWidthEm(line)), value === null ? 0 : estimateWidthEm(value, true));
    const height = (lines.length + (value === null ? 0 : 1)) * TILE_LINE_HEIGHT * fontPx;
    return widest * fontPx <= inner && height <= inner;
  };
  for (const value of text.value === null ? [null] : [text.value, null]) {
    for (const form of nameForms(text)) {
      for (const fontPx of fonts) {
        if (fits(form.lines, value, fontPx)) return { lines: form.lines, value, fontPx, abbreviated: form.abbreviated };
      }
    }
  }
  return { lines: [], value: null, fontPx: MIN_FONT_PX, abbreviated: true };
}
