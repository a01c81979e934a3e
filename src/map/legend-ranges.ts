/**
 * A choropleth's legend and ranks in the reader's language: ranges as each
 * language writes them (1万–5万人, 低于1万人, 5万人及以上; 10,000–50,000,
 * under 10,000, 50,000 or more) and ranks (第 3 / 31; 3rd of 31). Built on
 * formatQuantity, so units (the report's own `units` table included) and precision
 * follow the report's rules. Pure.
 */
import type { Language, Qualifier, Unit } from '../report/schema.js';
import { formatQuantity, type QuantityParts } from '../format/quantity.js';
import type { UnitTable } from '../format/units.js';
import type { ClassBin, ClassScaleKind } from './class-scale.js';

const RANGE_WORDS: Record<Language, { below: (text: string) => string; atLeast: (text: string) => string; dash: string }> = {
  'zh-Hans': { below: (text) => `低于${text}`, atLeast: (text) => `${text}及以上`, dash: '–' },
  'zh-Hant': { below: (text) => `低於${text}`, atLeast: (text) => `${text}及以上`, dash: '–' },
  en: { below: (text) => `under ${text}`, atLeast: (text) => `${text} or more`, dash: '–' },
};

type Format = (value: number) => QuantityParts;

function quantityFormat(unit: Unit, language: Language, units?: UnitTable, qualifier: Qualifier = 'exact'): Format {
  return (value) => formatQuantity({ value, unit, qualifier }, language, { units });
}

/**
 * `from`–`to` with the unit said once: 1万–5万人, ¥10,000–50,000, 1.5%–2.5%.
 * Equal ends give the single figure.
 */
export function formatRange(from: number, to: number, unit: Unit, language: Language, units?: UnitTable): string {
  const format = quantityFormat(unit, language, units);
  const a = format(from);
  const b = format(to);
  if (from === to) return a.text;
  // The words around the number (¥ before, 人 after) are said once when both ends share them.
  if (a.before === b.before && a.after === b.after) return `${a.before}${a.number}${RANGE_WORDS[language].dash}${b.number}${b.after}`;
  return `${a.text}${RANGE_WORDS[language].dash}${b.text}`;
}

/** Under a bound: 低于1万人 / 低於1萬人 / under 10,000. */
export function formatBelow(bound: number, unit: Unit, language: Language, units?: UnitTable): string {
  return RANGE_WORDS[language].below(quantityFormat(unit, language, units)(bound).text);
}

/** A bound or more: 5万人及以上 / 50,000 or more. */
export function formatAtLeast(bound: number, unit: Unit, language: Language, units?: UnitTable): string {
  return RANGE_WORDS[language].atLeast(quantityFormat(unit, language, units)(bound).text);
}

/**
 * The legend label of a class. Quantile classes are labelled by the smallest
 * and largest value they hold (their bounds fall between two divisions'
 * figures and mean nothing to a reader); quantize and threshold classes by
 * their bounds, open below for the first threshold class and above for the last.
 */
export function classLabel(bin: ClassBin, kind: ClassScaleKind, unit: Unit, language: Language, units?: UnitTable): string {
  if (kind === 'quantile' || (bin.lower === null && bin.upper === null)) return formatRange(bin.min, bin.max, unit, language, units);
  if (bin.lower === null) return formatBelow(bin.upper!, unit, language, units);
  if (bin.upper === null) return formatAtLeast(bin.lower, unit, language, units);
  return formatRange(bin.lower, bin.upper, unit, language, units);
}

const EN_ORDINAL = new Intl.PluralRules('en', { type: 'ordinal' });
const EN_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** A rank among a number of divisions: 第 3 / 31 (both Chinese scripts), 3rd of 31. */
export function formatRank(rank: number, of: number, language: Language): string {
  if (language === 'en') return `${rank}${EN_SUFFIX[EN_ORDINAL.select(rank)] ?? 'th'} of ${of}`;
  return `第 ${rank} / ${of}`;
}

/**
 * Ranks of values, largest first; equal values share a rank and the next
 * rank skips (1, 2, 2, 4), as league tables do.
 */
export function rankValues(values: ReadonlyMap<string, number>): Map<string, number> {
  const sorted = [...values.values()].sort((a, b) => b - a);
  return new Map([...values].map(([key, value]) => [key, sorted.indexOf(value) + 1]));
}
