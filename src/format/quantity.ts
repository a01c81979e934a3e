/**
 * Figures as newsrooms write them: the number in the reader's locale (万/亿 in
 * Chinese, million in English), the qualifier the source used and the unit.
 * Pure functions over Intl; no DOM.
 */
import type { Language, Qualifier, Unit } from '../report/schema.js';
import { INTL_LOCALE } from './language.js';
import { unitEntry, unitText, type UnitTable } from './units.js';

export interface Quantity {
  value: number;
  unit: Unit;
  qualifier: Qualifier;
}

/** A formatted figure in three parts, so an element can set the number large. */
export interface QuantityParts {
  /** Words before the number: 超, 不超过, over, ¥ ... */
  before: string;
  number: string;
  /** Words after the number: 余名, 人, 亿元 suffix, % ... */
  after: string;
  /** The whole figure as one string. */
  text: string;
}

const QUALIFIER_TEXT: Record<Language, Record<Qualifier, { before: string; after: string }>> = {
  'zh-Hans': {
    exact: { before: '', after: '' },
    over: { before: '超', after: '' },
    odd: { before: '', after: '余' },
    plus: { before: '', after: '多' },
    'at-most': { before: '不超过', after: '' },
  },
  'zh-Hant': {
    exact: { before: '', after: '' },
    over: { before: '超過', after: '' },
    odd: { before: '', after: '餘' },
    plus: { before: '', after: '多' },
    'at-most': { before: '不超過', after: '' },
  },
  en: {
    exact: { before: '', after: '' },
    over: { before: 'over ', after: '' },
    odd: { before: 'more than ', after: '' },
    plus: { before: 'more than ', after: '' },
    'at-most': { before: 'at most ', after: '' },
  },
};

const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/**
 * Intl's compact notation (32万, 1.78亿, 178 million); Safari 14.0 (iOS 14.0–14.4) ignores `notation`, which 14.1
 * added: there the same is written out (the scaled number and 万/亿, 萬/億 or million/billion; no grouping in Chinese).
 */
const COMPACT = new Intl.NumberFormat('en', { notation: 'compact' }).resolvedOptions().notation === 'compact';
/** The words of 1e4 and 1e8 (Chinese), 1e6 and 1e9 (English). */
const SCALE_WORDS: Record<Language, string[]> = {
  'zh-Hans': ['万', '亿'],
  'zh-Hant': ['萬', '億'],
  en: [' million', ' billion'],
};
export function compactNumber(
  value: number,
  step: number,
  language: Language,
  fractionDigits: number,
  compact = COMPACT,
): string {
  const locale = INTL_LOCALE[language];
  if (compact)
    return numberFormat(locale, {
      notation: 'compact',
      maximumFractionDigits: fractionDigits,
      ...(language === 'en' && { compactDisplay: 'long' }),
    }).format(value);
  return (
    numberFormat(locale, { maximumFractionDigits: fractionDigits, useGrouping: language === 'en' }).format(
      value / step,
    ) + (step > 1 ? SCALE_WORDS[language][+(step > 1e6)] : '')
  );
}

/** True when value / step has at most two decimals, i.e. 万/亿/million loses nothing. */
function isExactAtScale(value: number, step: number): boolean {
  const scaled = (value / step) * 100;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

/**
 * How many decimals the number holds (20.96 → 2, 53.1 → 1), read at 12 significant digits so that
 * binary noise (0.30000000000000004) does not count; at most 10.
 */
export function decimalsOf(value: number): number {
  // Whole numbers first: most figures are (a population, a count), and this runs for each of them on every render.
  if (Number.isInteger(value)) return 0;
  const text = String(Number(Math.abs(value).toPrecision(12)));
  const exponent = /e-(\d+)$/.exec(text);
  if (exponent) return Math.min(10, Number(exponent[1]) + (text.split('e')[0].split('.')[1]?.length ?? 0));
  return Math.min(10, text.split('.')[1]?.length ?? 0);
}

/**
 * A plain number for the language: 32万, 1.78亿, 1089 in Chinese; 320,000,
 * 178 million in English. Large numbers use 万/亿 (or million/billion) only
 * when that loses nothing; otherwise all digits are written out. Every decimal
 * the value holds is kept (53.1万, 0.5, 20.96): a figure shows the precision its source gave.
 */
export function formatNumber(value: number, language: Language): string {
  if (!Number.isFinite(value)) return '–';
  const locale = INTL_LOCALE[language];
  const abs = Math.abs(value);
  if (language === 'en') {
    const step = abs >= 1e9 ? 1e9 : 1e6;
    if (abs >= 1e6 && isExactAtScale(abs, step)) return compactNumber(value, step, language, decimalsOf(abs / step));
    return numberFormat(locale, { maximumFractionDigits: decimalsOf(value) }).format(value);
  }
  // Chinese compact notation writes numbers under 10,000 without grouping (1089), as Chinese news does.
  const step = abs >= 1e8 ? 1e8 : 1e4;
  if (abs < 1e4) return compactNumber(value, 1, language, decimalsOf(value));
  if (isExactAtScale(abs, step)) return compactNumber(value, step, language, decimalsOf(abs / step));
  return numberFormat(locale, { maximumFractionDigits: decimalsOf(value) }).format(value);
}

/** A percentage with every decimal it holds: 6 → 6%, 20.96 → 20.96%, 0.5 → 0.5%. */
export function formatPercent(value: number, language: Language): string {
  if (!Number.isFinite(value)) return '–';
  return numberFormat(INTL_LOCALE[language], { style: 'percent', maximumFractionDigits: decimalsOf(value) }).format(
    value / 100,
  );
}

/** Options of `formatQuantity`. */
export interface QuantityOptions {
  /** The report's `units` table, for units that are not built in. */
  units?: UnitTable;
}

/**
 * A figure with its qualifier and unit: 超32万人 / 超過32萬人 / over 320,000; 3000万元 / ¥30 million;
 * 超14亿小时 / over 1.4 billion hours; 1.2个百分点 / 1.2 percentage points.
 */
export function formatQuantity(quantity: Quantity, language: Language, options: QuantityOptions = {}): QuantityParts {
  const { value, unit, qualifier } = quantity;
  const q = QUALIFIER_TEXT[language][qualifier] ?? QUALIFIER_TEXT[language].exact;
  const entry = unitEntry(unit, options.units);
  let before = q.before;
  let number: string;
  let after = q.after;
  if (entry?.percent) {
    number = formatPercent(value, language);
  } else if (entry?.yuan && language === 'en') {
    number = formatNumber(value * entry.yuan, language);
    before += '¥';
  } else {
    number = formatNumber(value, language);
    const text = unitText(unit, language, { units: options.units, one: value === 1 });
    after += language === 'en' && text ? ` ${text}` : text;
  }
  return { before, number, after, text: before + number + after };
}
