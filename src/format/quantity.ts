/**
 * Figures as newsrooms write them: the number in the reader's locale (万/亿 in
 * Chinese, million in English), the qualifier the source used and the unit.
 * Pure functions over Intl; no DOM.
 */
import type { Language, Qualifier, Unit } from '../report/schema.js';
import { INTL_LOCALE } from './language.js';

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

const UNIT_TEXT: Record<Language, Record<Unit, string>> = {
  'zh-Hans': { 人: '人', 名: '名', 家: '家', 个: '个', 元: '元', 场: '场', 人次: '人次', 岁: '岁', '%': '%' },
  'zh-Hant': { 人: '人', 名: '名', 家: '家', 个: '個', 元: '元', 场: '場', 人次: '人次', 岁: '歲', '%': '%' },
  // In English the label names what is counted ("registered volunteers"), so counting words are dropped.
  en: { 人: '', 名: '', 家: '', 个: '', 元: '', 场: '', 人次: 'person-times', 岁: 'years', '%': '%' },
};

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

/** True when value / step has at most two decimals, i.e. 万/亿/million loses nothing. */
function isExactAtScale(value: number, step: number): boolean {
  const scaled = (value / step) * 100;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

/**
 * A plain number for the language: 32万, 1.78亿, 1089 in Chinese; 320,000,
 * 178 million in English. Large numbers use 万/亿 (or million/billion) only
 * when that loses nothing; otherwise all digits are written out.
 */
export function formatNumber(value: number, language: Language): string {
  if (!Number.isFinite(value)) return '–';
  const locale = INTL_LOCALE[language];
  const abs = Math.abs(value);
  if (language === 'en') {
    const step = abs >= 1e9 ? 1e9 : 1e6;
    if (abs >= 1e6 && isExactAtScale(abs, step)) {
      return numberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }).format(value);
    }
    return numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  }
  // Chinese compact notation writes numbers under 10,000 without grouping (1089), as Chinese news does.
  const step = abs >= 1e8 ? 1e8 : 1e4;
  if (abs < 1e4 || isExactAtScale(abs, step)) {
    return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 2 }).format(value);
  }
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** A percentage: 6 → 6%. */
export function formatPercent(value: number, language: Language): string {
  if (!Number.isFinite(value)) return '–';
  return numberFormat(INTL_LOCALE[language], { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

/** A figure with its qualifier and unit: 超32万人 / 超過32萬人 / over 320,000. */
export function formatQuantity(quantity: Quantity, language: Language): QuantityParts {
  const { value, unit, qualifier } = quantity;
  const q = QUALIFIER_TEXT[language][qualifier] ?? QUALIFIER_TEXT[language].exact;
  let before = q.before;
  let number: string;
  let after = q.after;
  if (unit === '%') {
    number = formatPercent(value, language);
  } else if (unit === '元' && language === 'en') {
    number = formatNumber(value, language);
    before += '¥';
  } else {
    number = formatNumber(value, language);
    const unitText = UNIT_TEXT[language][unit] ?? '';
    after += language === 'en' && unitText ? ` ${unitText}` : unitText;
  }
  return { before, number, after, text: before + number + after };
}
