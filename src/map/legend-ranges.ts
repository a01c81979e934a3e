/**
 * A choropleth's legend, tile figures and ranks in the reader's language:
 * ranges as each language writes them (1万–5万人, 低于1万人, 5万人及以上;
 * 10k–50k, under 10k, 50k or more), in one display format for the whole
 * legend (src/format/display.ts: 365万–2183万人, 3.6m–21.9m), and ranks
 * (第 3 / 31; 3rd of 31). Units (the report's own `units` table included)
 * follow the report's rules. Pure.
 */
import type { Indicator, Language, Qualifier, Unit } from '../report/schema.js';
import { formatQuantity, type QuantityParts } from '../format/quantity.js';
import type { UnitTable } from '../format/units.js';
import { chooseDecimals, chooseScale, formatDisplayQuantity, isPercentUnit, writtenValue } from '../format/display.js';
import type { ClassBin, ClassScale, ClassScaleKind } from './class-scale.js';

const RANGE_WORDS: Record<
  Language,
  { below: (text: string) => string; atLeast: (text: string) => string; dash: string }
> = {
  'zh-Hans': { below: (text) => `低于${text}`, atLeast: (text) => `${text}及以上`, dash: '–' },
  'zh-Hant': { below: (text) => `低於${text}`, atLeast: (text) => `${text}及以上`, dash: '–' },
  en: { below: (text) => `under ${text}`, atLeast: (text) => `${text} or more`, dash: '–' },
};

/** How a figure of a legend is written: in parts, so that a range says the unit once. */
export type FigureFormat = (value: number) => QuantityParts;

function quantityFormat(
  unit: Unit,
  language: Language,
  units?: UnitTable,
  qualifier: Qualifier = 'exact',
): FigureFormat {
  return (value) => formatQuantity({ value, unit, qualifier }, language, { units });
}

/**
 * `from`–`to` with the unit said once: 1万–5万人, ¥10,000–50,000, 1.5%–2.5%.
 * Equal ends give the single figure. Exact figures unless `format` is given.
 */
export function formatRange(
  from: number,
  to: number,
  unit: Unit,
  language: Language,
  units?: UnitTable,
  format = quantityFormat(unit, language, units),
): string {
  const a = format(from);
  const b = format(to);
  if (from === to) return a.text;
  // The words around the number (¥ before, 人 after) are said once when both ends share them.
  if (a.before === b.before && a.after === b.after)
    return `${a.before}${a.number}${RANGE_WORDS[language].dash}${b.number}${b.after}`;
  return `${a.text}${RANGE_WORDS[language].dash}${b.text}`;
}

/** Under a bound: 低于1万人 / 低於1萬人 / under 10,000. */
export function formatBelow(
  bound: number,
  unit: Unit,
  language: Language,
  units?: UnitTable,
  format = quantityFormat(unit, language, units),
): string {
  return RANGE_WORDS[language].below(format(bound).text);
}

/** A bound or more: 5万人及以上 / 50,000 or more. */
export function formatAtLeast(
  bound: number,
  unit: Unit,
  language: Language,
  units?: UnitTable,
  format = quantityFormat(unit, language, units),
): string {
  return RANGE_WORDS[language].atLeast(format(bound).text);
}

/**
 * The legend label of a class. Quantile classes are labelled by the smallest
 * and largest value they hold (their bounds fall between two divisions'
 * figures and mean nothing to a reader); quantize and threshold classes by
 * their bounds, open below for the first threshold class and above for the last.
 */
export function classLabel(
  bin: ClassBin,
  kind: ClassScaleKind,
  unit: Unit,
  language: Language,
  units?: UnitTable,
  format = quantityFormat(unit, language, units),
): string {
  if (kind === 'quantile' || (bin.lower === null && bin.upper === null))
    return formatRange(bin.min, bin.max, unit, language, units, format);
  if (bin.lower === null) return formatBelow(bin.upper!, unit, language, units, format);
  if (bin.upper === null) return formatAtLeast(bin.lower, unit, language, units, format);
  return formatRange(bin.lower, bin.upper, unit, language, units, format);
}

/** What a choropleth writes on its tiles and in its legend. */
export interface IndicatorDisplay {
  /** A division's figure on its tile: 12601万 / 126.0m. */
  tile: (value: number) => string;
  /** A class of the legend: 365万–2183万人 / 3.6m–21.9m / 低于3000万人. */
  legend: (bin: ClassBin) => string;
}

/**
 * The display formats of a choropleth (src/format/display.ts): one scale for
 * the tiles and the legend, chosen from all their figures; decimals for the
 * legend from its figures (the values of quantile classes, else the bounds)
 * and for the tiles from the values; the indicator's `format` over both.
 */
export function indicatorDisplay(
  indicator: Indicator,
  values: readonly number[],
  scale: ClassScale,
  language: Language,
  units?: UnitTable,
): IndicatorDisplay {
  const { unit, format: override } = indicator;
  const written = (value: number) => writtenValue(value, unit, language, units);
  const percent = isPercentUnit(unit, units);
  const byBounds = scale.kind !== 'quantile';
  const bounds = scale.bins
    .flatMap((bin) => (byBounds ? [bin.lower, bin.upper] : [bin.min, bin.max]))
    .filter((value): value is number => value !== null);
  const common = chooseScale([...values, ...bounds].map(written), language, { percent, override });
  const formatOf = (figures: number[], kind: 'values' | 'bounds') => {
    const display = { ...common, decimals: chooseDecimals(figures.map(written), common.divisor, { kind, override }) };
    return (value: number) => formatDisplayQuantity(value, unit, display, language, units);
  };
  const tile = formatOf([...values], 'values');
  const legend = formatOf(bounds, byBounds ? 'bounds' : 'values');
  return {
    tile: (value) => tile(value).number,
    legend: (bin) => classLabel(bin, scale.kind, unit, language, units, legend),
  };
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
