/**
 * What <sw-stat-card> exports: its figure as one CSV row (value, qualifier and
 * unit apart, so a spreadsheet can use the number) and as an image model.
 * Pure; loaded with the export code, not with the element.
 */
import { formatPartialDate } from '../format/date.js';
import { localize } from '../format/language.js';
import { formatQuantity } from '../format/quantity.js';
import { unitName } from '../format/units.js';
import { findPlace, findSource, findStory } from '../report/query.js';
import type { Language, Report } from '../report/schema.js';
import { EXPORT_MESSAGES } from '../export/export.messages.js';
import { STAT_CARD_EXPORT_MESSAGES } from './stat-card.export.messages.js';
import type { CsvCell } from '../export/csv.js';
import { ExportProblem, fileNamePart, reportAttribution, type ExportModel } from '../export/export-model.js';
import { STAT_CARD_MESSAGES } from './stat-card.messages.js';
import { selectMetric, statCardView } from './stat-card.view.js';
import { seriesView } from './stat-card.series.js';
import { progressView } from './stat-card.progress.js';

export interface StatCardExportOptions {
  metric: string | null;
  /** The card shows the title of the figure's story. */
  story: boolean;
}

export function statCardExport(report: Report, language: Language, options: StatCardExportOptions): ExportModel {
  const metric = selectMetric(report, options.metric, language);
  const view = statCardView(report, language, {
    metric: options.metric,
    storyLink: options.story,
    seriesView,
    progressView,
  });
  if ('problem' in metric) throw new ExportProblem(metric.message);
  if ('problem' in view) throw new ExportProblem(view.message);
  const messages = EXPORT_MESSAGES[language];
  const headers = STAT_CARD_EXPORT_MESSAGES[language];
  const target = metric.target;
  const label = view.label;
  const source = localize(findSource(report, metric.source)?.name, language) || metric.source;
  const header = [
    headers.id,
    headers.metric,
    headers.value,
    headers.qualifier,
    headers.unit,
    headers.shownAs,
    headers.place,
    headers.date,
    headers.source,
    headers.note,
  ];
  const row: CsvCell[] = [
    metric.id,
    label,
    metric.value,
    messages.qualifiers[metric.qualifier],
    messages.units[metric.unit] ?? unitName(metric.unit, language, report.units),
    view.figure.text,
    localize(findPlace(report, metric.place)?.name, language),
    view.date,
    source,
    view.note ?? '',
  ];
  if (target) {
    header.push(headers.target, headers.deadline);
    row.push(target.value, target.deadline);
  }
  // A series adds one row per earlier point, oldest first, each with its own date (and source when it names one).
  const rows: CsvCell[][] = [row];
  for (const point of (metric.series ?? []).slice(0, -1)) {
    const pointSource = point.source
      ? localize(findSource(report, point.source)?.name, language) || point.source
      : source;
    const qualifier = point.qualifier ?? 'exact';
    const shownAs = formatQuantity({ value: point.value, unit: metric.unit, qualifier }, language, {
      units: report.units,
    }).text;
    const pointRow: CsvCell[] = [
      metric.id,
      label,
      point.value,
      messages.qualifiers[qualifier],
      row[4],
      shownAs,
      row[6],
      formatPartialDate(point.date, language),
      pointSource,
      '',
    ];
    rows.push(target ? [...pointRow, '', ''] : pointRow);
  }
  const story = view.story && findStory(report, metric.story);
  return {
    language,
    fileName: `sw-stat-card-${fileNamePart(metric.id)}`,
    // English labels follow a number ("registered volunteers"); as a heading they start with a capital.
    title: language === 'en' ? label.charAt(0).toUpperCase() + label.slice(1) : label,
    source: view.source,
    attribution: reportAttribution(report, language),
    table: { header, rows },
    figure: {
      kind: 'card',
      figure: view.figure,
      meta: [view.place, view.date].filter(Boolean).join(messages.separator),
      note: view.note,
      progress: view.progress && {
        fraction: view.progress.fraction,
        text: [view.progress.counts, view.progress.percent, view.progress.target].join(' · '),
      },
      story: story ? STAT_CARD_MESSAGES[language].story + localize(story.title, language) : undefined,
    },
  };
}
