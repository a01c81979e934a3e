/**
 * The values of one indicator (a figure for each provincial-level division)
 * at one date, and what makes an indicator unusable on the map. Pure.
 */
import type { Indicator, IndicatorValue, Report } from '../report/schema.js';

/** The date a value holds for: its own, else the indicator's `asOf`. */
export function valueDate(indicator: Indicator, value: IndicatorValue): string {
  return value.date ?? indicator.asOf.start;
}

/** The years the indicator has values for, oldest first. */
export function indicatorYears(indicator: Indicator): string[] {
  return [...new Set(indicator.values.map((value) => valueDate(indicator, value).slice(0, 4)))].sort();
}

export interface IndicatorSlice {
  /** The year shown. */
  year: string;
  /** The latest date of that year any value holds for (2020 / 2020-11-01). */
  date: string;
  /** Each division's value at the year (its latest in that year), keyed by code. */
  values: Map<string, IndicatorValue & { date: string }>;
}

/** The values of `year` (default: the latest year), or null when the indicator has none for it. */
export function indicatorSlice(indicator: Indicator, year?: string | null): IndicatorSlice | null {
  const years = indicatorYears(indicator);
  const chosen = year?.trim() || years[years.length - 1];
  if (!years.includes(chosen)) return null;
  const values = new Map<string, IndicatorValue & { date: string }>();
  let date = '';
  for (const value of indicator.values) {
    const at = valueDate(indicator, value);
    if (at.slice(0, 4) !== chosen) continue;
    const current = values.get(value.division);
    if (!current || at > current.date) values.set(value.division, { ...value, date: at });
    if (at > date) date = at;
  }
  return { year: chosen, date, values };
}

export interface IndicatorProblem {
  code: 'unknown-division' | 'duplicate-value' | 'invalid-value';
  /** Path of the field in the report: indicators[0].values[3].division. */
  field: string;
  /** The division code or value at fault. */
  detail: string;
}

/**
 * The first thing that keeps an indicator off the map: a division that is not
 * one of the 34 codes, two values for the same division and date, or a value
 * that is not a finite number (a report set as a property may skip validation).
 * `isDivision` is passed in so that the code loaded on demand does not carry the division table again.
 */
export function indicatorProblem(
  report: Report,
  indicator: Indicator,
  isDivision: (code: string) => boolean,
): IndicatorProblem | null {
  const index = (report.indicators ?? []).indexOf(indicator);
  const seen = new Set<string>();
  for (const [i, value] of indicator.values.entries()) {
    const path = `indicators[${index}].values[${i}]`;
    if (!isDivision(value.division))
      return { code: 'unknown-division', field: `${path}.division`, detail: String(value.division) };
    if (typeof value.value !== 'number' || !Number.isFinite(value.value))
      return { code: 'invalid-value', field: `${path}.value`, detail: String(value.value) };
    const key = `${value.division} ${valueDate(indicator, value)}`;
    // Named as the validator names it (src/report/validate.ts): the division that comes a second time.
    if (seen.has(key)) return { code: 'duplicate-value', field: `${path}.division`, detail: key };
    seen.add(key);
  }
  return null;
}

export function findIndicator(report: Report, id: string): Indicator | undefined {
  return report.indicators?.find((indicator) => indicator.id === id);
}
