/**
 * Figures as a map shows them at a glance: on its tiles and in its legend.
 * Chinese writes figures of 1万 and more in 万 or 亿, English in thousands,
 * millions or billions (k, m, bn as CLDR's compact notation writes them in
 * British English, the widgets' English), with
 * one scale and one number of decimals for all the figures of a legend, and
 * three or four significant digits. The exact figure stays in the tooltip,
 * the table, the CSV and the accessible names (formatQuantity). Pure.
 *
 * Intl.NumberFormat's compact notation is not used to pick the scale: it picks
 * one per number (95万 beside 1.2亿, 950K beside 1.2M) and rounds to two
 * significant digits by default. The scale is chosen here for all the
 * figures together; Intl writes the digits, and the suffix is CLDR's
 * (万/亿, 萬/億, k/m/bn), written here because engines differ: WebKit's
 * en-GB compact notation writes 2K where Chromium and Firefox write 2k
 * (src/format/display.test.ts records what each engine gives).
 */
import type { IndicatorFormat, Language, Unit } from '../report/schema.js';
import { INTL_LOCALE } from './language.js';
import { unitEntry, unitText, type UnitTable } from './units.js';
import type { QuantityParts } from './quantity.js';

/** How a set of figures is written: divided by `divisor`, with `suffix`, and `decimals` decimals. */
export interface DisplayFormat {
  divisor: number;
  /** 万, 亿 / 萬, 億 / k, m, bn, or ''. */
  suffix: string;
  decimals: number;
}

/**
 * The scales a language writes large figures in, largest first: divisor, suffix, its name in `format.scale`,
 * and the smallest figure (but zero) that allows it: 0.1亿 is written 1000万, 0.5K is written 500.
 */
const SCALES: Record<Language, Array<[number, string, string, number]>> = {
  'zh-Hans': [
    [1e8, '亿', '亿', 1e7],
    [1e4, '万', '万', 1e3],
  ],
  'zh-Hant': [
    [1e8, '億', '亿', 1e7],
    [1e4, '萬', '万', 1e3],
  ],
  // British English, as the page's English (en-GB) writes them in CLDR: 3.6m, 2bn.
  en: [
    [1e9, 'bn', 'billion', 1e8],
    [1e6, 'm', 'million', 1e5],
    [1e3, 'k', 'thousand', 1e3],
  ],
};

/**
 * Decimals for `digits` significant digits of `value` (0.26 → 3 for three digits; 364.81 → 0).
 */
function decimalsFor(value: number, digits: number): number {
  return Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(value))));
}

/** Decimals the number holds (20.96 → 2), read at 10 significant digits; at most 4. */
function heldDecimals(value: number): number {
  if (Number.isInteger(value)) return 0;
  const text = String(Number(Math.abs(value).toPrecision(10)));
  if (text.includes('e-')) return 4;
  return Math.min(4, text.split('.')[1]?.length ?? 0);
}

export interface DisplayOptions {
  /**
   * `values`: the figures are data (a quantile legend, the tiles): the smallest with three significant digits
   * unless the largest would have more than four, no more than two decimals, nor more than the data hold. `bounds`: round bounds of
   * classes: as many decimals as it takes to write them exactly.
   */
  kind?: 'values' | 'bounds';
  /** The figures are percentages (no scale). */
  percent?: boolean;
  /** The report's `format` of the indicator: a scale and decimals chosen by the author. */
  override?: IndicatorFormat;
}

/** The scale the author asked for in this language, if any: null for automatic. */
function askedScale(override: IndicatorFormat | undefined, language: Language): string | null {
  const scale = override?.scale;
  if (!scale || scale === 'auto') return null;
  if (scale === 'none') return 'none';
  const asked = language === 'en' ? scale.en : scale.zh;
  return asked && asked !== 'auto' ? asked : null;
}

/**
 * The scale of all `figures` (as written: money in English already in yuan):
 * Chinese 亿 when every figure but zero is 1000万 or more and one is 1亿 or
 * more, else 万 when every figure but zero is 1000 or more and one is 1万 or
 * more, else in full; English likewise with billion (every figure from 100
 * million), million (from 100,000) and thousand (from 1,000, one of 10,000 or
 * more). The author's `format.scale` first.
 */
export function chooseScale(
  figures: readonly number[],
  language: Language,
  options: DisplayOptions = {},
): Pick<DisplayFormat, 'divisor' | 'suffix'> {
  const nonZero = figures.filter((figure) => Number.isFinite(figure) && figure !== 0).map(Math.abs);
  const asked = askedScale(options.override, language);
  if (options.percent || asked === 'none' || (!asked && !nonZero.length)) return { divisor: 1, suffix: '' };
  const smallest = Math.min(...nonZero);
  const largest = Math.max(...nonZero);
  const scale = asked
    ? SCALES[language].find(([, , name]) => name === asked)
    : SCALES[language].find(([step, , , least]) => largest >= Math.max(step, 10 * least) && smallest >= least);
  return scale ? { divisor: scale[0], suffix: scale[1] } : { divisor: 1, suffix: '' };
}

/**
 * The decimals of `figures` written divided by `divisor` (see DisplayOptions.kind), at most 2; the author's
 * `format.decimals` first.
 */
export function chooseDecimals(figures: readonly number[], divisor: number, options: DisplayOptions = {}): number {
  if (options.override?.decimals !== undefined) return options.override.decimals;
  const scaled = figures
    .filter((figure) => Number.isFinite(figure) && figure !== 0)
    .map((figure) => Math.abs(figure) / divisor);
  if (!scaled.length) return 0;
  const held = Math.max(...scaled.map(heldDecimals));
  if (options.kind === 'bounds') return Math.min(2, held);
  return Math.min(
    held,
    2,
    Math.max(0, Math.min(decimalsFor(Math.min(...scaled), 3), decimalsFor(Math.max(...scaled), 4))),
  );
}

/** One format for all `figures`: chooseScale, then chooseDecimals. */
export function chooseDisplayFormat(
  figures: readonly number[],
  language: Language,
  options: DisplayOptions = {},
): DisplayFormat {
  const scale = chooseScale(figures, language, options);
  return { ...scale, decimals: chooseDecimals(figures, scale.divisor, options) };
}

const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(language: Language, decimals: number, percent: boolean, grouping: boolean): Intl.NumberFormat {
  const key = `${language} ${decimals} ${percent} ${grouping}`;
  let format = formatters.get(key);
  if (!format) {
    const options: Intl.NumberFormatOptions = {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      style: percent ? 'percent' : 'decimal',
      useGrouping: grouping,
    };
    formatters.set(key, (format = new Intl.NumberFormat(INTL_LOCALE[language], options)));
  }
  return format;
}

/**
 * A number in a display format: 12601万, 3.6M, 1.70%; 1089 and 23,456
 * unscaled. Chinese groups no digits of a figure in 万 or 亿, nor of one under
 * 10,000 (as the statistics bureau writes 12601万人 and 1089).
 */
export function formatDisplayNumber(value: number, format: DisplayFormat, language: Language, percent = false): string {
  if (!Number.isFinite(value)) return '–';
  // Zero has no scale: 0–3000万.
  if (value === 0 && !percent) return '0';
  const scaled = value / format.divisor;
  const grouping = language === 'en' || (!format.suffix && Math.abs(scaled) >= 1e4);
  return (
    numberFormat(language, format.decimals, percent, grouping).format(percent ? scaled / 100 : scaled) + format.suffix
  );
}

/**
 * A figure of `unit` in a display format, in parts as formatQuantity gives
 * them: 12601万 + 人; ¥ + 2.5m (money in English); 1.70%; 3.6m + hours.
 * The value is the report's (for money in English, the format is for yuan:
 * see writtenValue).
 */
export function formatDisplayQuantity(
  value: number,
  unit: Unit,
  format: DisplayFormat,
  language: Language,
  units?: UnitTable,
): QuantityParts {
  const entry = unitEntry(unit, units);
  let before = '';
  let after = '';
  let number: string;
  if (entry?.percent) {
    number = formatDisplayNumber(value, format, language, true);
  } else if (entry?.yuan && language === 'en') {
    before = '¥';
    number = formatDisplayNumber(value * entry.yuan, format, language);
  } else {
    number = formatDisplayNumber(value, format, language);
    const text = unitText(unit, language, { units });
    after = language === 'en' && text ? ` ${text}` : text;
  }
  return { before, number, after, text: before + number + after };
}

/** The value as a display format sees it: money in English in yuan (¥), everything else as given. */
export function writtenValue(value: number, unit: Unit, language: Language, units?: UnitTable): number {
  const entry = unitEntry(unit, units);
  return entry?.yuan && language === 'en' ? value * entry.yuan : value;
}

/** Whether the unit is a per cent sign. */
export function isPercentUnit(unit: Unit, units?: UnitTable): boolean {
  return Boolean(unitEntry(unit, units)?.percent);
}
