/**
 * What a stat card says about a metric's series (report format v2), with no
 * DOM: the change against the previous or first point, the sparkline's SVG
 * path (d3-shape's `line`, the only generator used), its first and last
 * labels, one sentence for screen readers and the rows of a table.
 */
import { line } from 'd3-shape';
import { formatPartialDate, parsePartialDate } from '../format/date.js';
import { decimalsOf, formatPercent, formatQuantity } from '../format/quantity.js';
import type { UnitTable } from '../format/units.js';
import type { Language, Metric, SeriesPoint } from '../report/schema.js';
import { SERIES_MESSAGES } from './stat-card.series.messages.js';

/** Which point the change is measured against. */
export type CompareTo = 'previous' | 'first';
/** How the change is written: in the metric's unit, or as a per cent of the earlier value. */
export type ChangeKind = 'absolute' | 'percent';

export interface ChangeView {
  direction: 'up' | 'down' | 'same';
  /** 比2021年增加19.4万人 / up 194,000 from 2021 */
  text: string;
}

export interface SparklineLabel {
  /** 2016年 / 2016 */
  date: string;
  /** 28.8万人 / 288,000 */
  value: string;
}

export interface SparklineView {
  width: number;
  height: number;
  /** The SVG path of the line, in the `width` × `height` box. */
  path: string;
  /** Where the last point is drawn (a dot). */
  last: { x: number; y: number };
  firstLabel: SparklineLabel;
  lastLabel: SparklineLabel;
}

export interface SeriesView {
  change: ChangeView;
  sparkline: SparklineView;
  /** The whole series in one sentence: 持证社会工作者，2016年至2022年：从28.8万人增至93.1万人。 */
  summary: string;
  /** One row per point: date and figure. */
  rows: Array<[string, string]>;
  /** What the card's spoken sentence adds: the change as a sentence. */
  sentence: string;
  /** The table's disclosure text and column headers. */
  table: { caption: string; date: string; value: string };
}

export interface SeriesOptions {
  compare?: CompareTo;
  change?: ChangeKind;
  units?: UnitTable;
}

export const SPARKLINE_WIDTH = 200;
export const SPARKLINE_HEIGHT = 40;
/** Room around the line so that its stroke and the last dot are not cut off. */
const PAD = 4;

/** A point's date as a number on a time axis (ms); a year or month sits at its start. */
function timeOf(date: string, index: number): number {
  return parsePartialDate(date)?.date.getTime() ?? index;
}

/** `b - a` without binary noise: rounded to the decimals the two values hold (20.96 − 43.9 → −22.94). */
export function difference(a: number, b: number): number {
  const decimals = Math.max(decimalsOf(a), decimalsOf(b));
  return Number((b - a).toFixed(decimals));
}

/** The change from `from` to `to`, in words. A change of a percentage is in percentage points. */
export function changeView(
  metric: Pick<Metric, 'unit'>,
  from: SeriesPoint,
  to: SeriesPoint,
  language: Language,
  options: SeriesOptions = {},
): ChangeView {
  const messages = SERIES_MESSAGES[language];
  const diff = difference(from.value, to.value);
  const direction = diff > 0 ? 'up' : diff < 0 ? 'down' : 'same';
  const since = formatPartialDate(from.date, language);
  if (direction === 'same') return { direction, text: messages.change.same(since) };
  let amount: string;
  if (options.change === 'percent' && from.value !== 0) {
    amount = formatPercent(Math.round((Math.abs(diff) / Math.abs(from.value)) * 1000) / 10, language);
  } else {
    const unit = metric.unit === '%' ? '个百分点' : metric.unit;
    amount = formatQuantity({ value: Math.abs(diff), unit, qualifier: 'exact' }, language, {
      units: options.units,
    }).text;
  }
  return { direction, text: messages.change[direction](since, amount, options.change === 'percent') };
}

/** The sparkline: the series on a time axis, scaled to fill the box between its lowest and highest value. */
export function sparklineView(
  series: readonly SeriesPoint[],
  format: (point: SeriesPoint) => string,
  language: Language,
): SparklineView {
  const times = series.map((point, i) => timeOf(point.date, i));
  const values = series.map((point) => point.value);
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const [v0, v1] = [Math.min(...values), Math.max(...values)];
  const x = (t: number) => PAD + (t1 === t0 ? 0.5 : (t - t0) / (t1 - t0)) * (SPARKLINE_WIDTH - 2 * PAD);
  // A flat series is drawn across the middle.
  const y = (v: number) => PAD + (v1 === v0 ? 0.5 : 1 - (v - v0) / (v1 - v0)) * (SPARKLINE_HEIGHT - 2 * PAD);
  const points = series.map((point, i): [number, number] => [x(times[i]), y(point.value)]);
  const path = line().digits(2)(points) ?? '';
  const label = (point: SeriesPoint): SparklineLabel => ({
    date: formatPartialDate(point.date, language),
    value: format(point),
  });
  const [lastX, lastY] = points[points.length - 1];
  return {
    width: SPARKLINE_WIDTH,
    height: SPARKLINE_HEIGHT,
    path,
    last: { x: Math.round(lastX * 100) / 100, y: Math.round(lastY * 100) / 100 },
    firstLabel: label(series[0]),
    lastLabel: label(series[series.length - 1]),
  };
}

/** Everything a card shows for a metric with a series, or undefined when it has none. */
export function seriesView(
  metric: Metric,
  label: string,
  language: Language,
  options: SeriesOptions = {},
): SeriesView | undefined {
  const series = metric.series;
  if (!series || series.length < 2) return undefined;
  const messages = SERIES_MESSAGES[language];
  const format = (point: SeriesPoint) =>
    formatQuantity({ value: point.value, unit: metric.unit, qualifier: point.qualifier ?? 'exact' }, language, {
      units: options.units,
    }).text;
  const last = series[series.length - 1];
  const from = options.compare === 'first' ? series[0] : series[series.length - 2];
  const sparkline = sparklineView(series, format, language);
  const first = series[0];
  const trend = difference(first.value, last.value);
  const change = changeView(metric, from, last, language, options);
  return {
    change,
    sentence: messages.changeSentence(change.text),
    table: { caption: messages.seriesTable, date: messages.seriesDate, value: messages.seriesValue },
    sparkline,
    summary: messages.seriesSummary({
      label,
      from: sparkline.firstLabel.date,
      to: sparkline.lastLabel.date,
      first: sparkline.firstLabel.value,
      last: sparkline.lastLabel.value,
      direction: trend > 0 ? 'up' : trend < 0 ? 'down' : 'same',
      count: series.length,
    }),
    rows: series.map((point) => [formatPartialDate(point.date, language), format(point)]),
  };
}
