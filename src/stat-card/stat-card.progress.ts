/**
 * A card's progress towards its metric's target (the bar, the counts, the target in words), worked out with no
 * DOM: loaded with the progress code, on demand, by a card whose metric has a `target` (stat-card.progress-kit.ts).
 */
import { localize } from '../format/language.js';
import { formatPartialDate } from '../format/date.js';
import { formatNumber, formatPercent, formatQuantity } from '../format/quantity.js';
import type { Language, Metric, Report } from '../report/schema.js';
import { PROGRESS_MESSAGES } from './stat-card.progress.messages.js';

export interface ProgressView {
  value: number;
  max: number;
  /** Share of the target reached, 0–1 (capped at 1 for the bar). */
  fraction: number;
  /** 85 / 150 */
  counts: string;
  /** 57% */
  percent: string;
  /** The target in words: 2025年底力争达到150人 / Target: 150 by the end of 2025. */
  target: string;
  /** What the progress bar says as its value: 85 / 150（57%）. */
  spoken: string;
}

/** 2025-12-31 and 2025 read as "the end of 2025"; other deadlines as dates. */
export function formatDeadline(deadline: string, language: Language): string {
  const yearEnd = /^(\d{4})(?:-12-31)?$/.exec(deadline);
  return yearEnd ? PROGRESS_MESSAGES[language].endOfYear(yearEnd[1]) : formatPartialDate(deadline, language);
}

export function progressView(metric: Metric, language: Language, units?: Report['units']): ProgressView | undefined {
  const target = metric.target;
  if (!target || !(target.value > 0)) return undefined;
  const messages = PROGRESS_MESSAGES[language];
  const counts = `${formatNumber(metric.value, language)} / ${formatNumber(target.value, language)}`;
  const percent = formatPercent(Math.round((metric.value / target.value) * 100), language);
  const targetFigure = formatQuantity({ value: target.value, unit: metric.unit, qualifier: 'exact' }, language, {
    units,
  }).text;
  return {
    value: metric.value,
    max: target.value,
    fraction: Math.min(1, metric.value / target.value),
    counts,
    percent,
    target: target.label
      ? localize(target.label, language)
      : messages.target(targetFigure, formatDeadline(target.deadline, language)),
    spoken: messages.progressValue(formatNumber(metric.value, language), formatNumber(target.value, language), percent),
  };
}
