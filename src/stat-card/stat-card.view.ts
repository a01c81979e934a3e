/**
 * What a stat card says, worked out from the report with no DOM: the figure in
 * parts, its label, place, date and source, the spoken sentence, progress
 * towards a target and the story link, or the problem that stops it.
 */
import { labelBeginsWith, localize } from '../format/language.js';
import { formatDateSpan, machineDate } from '../format/date.js';
import { SHARED_MESSAGES } from '../format/messages.js';
import { formatQuantity, type QuantityParts } from '../format/quantity.js';
import { isMeasureUnit } from '../format/units.js';
import { findMetric, findPlace, findSource, findStory } from '../report/query.js';
import type { Language, Metric, Report, Story } from '../report/schema.js';
import { STAT_CARD_MESSAGES } from './stat-card.messages.js';
import type { ChangeKind, CompareTo, SeriesView, seriesView } from './stat-card.series.js';
import type { ProgressView, progressView } from './stat-card.progress.js';

export interface StoryView {
  title: string;
  /** An http(s) URL to link the title to, if there is one. */
  href?: string;
}

export interface StatCardView {
  figure: QuantityParts;
  label: string;
  place: string;
  /** 2024年6月 / 近日 / 31 May – 2 June 2024 */
  date: string;
  /** For `<time datetime>`. */
  dateTime: string;
  /** 据《潮州日报》 / Source: Chaozhou Daily */
  source: string;
  note?: string;
  /** The whole card as one sentence for screen readers. */
  sentence: string;
  progress?: ProgressView;
  /** The metric has a target but no `progressView` was given: its code is still loading. */
  progressPending?: boolean;
  story?: StoryView;
  /** The change, sparkline and table of a metric with a series (report format v2). */
  series?: SeriesView;
  /** The metric has a series but no `seriesView` was given: its code is still loading. */
  seriesPending?: boolean;
}

export interface StatCardProblem {
  problem: true;
  code: 'unknown-metric' | 'no-metrics';
  message: string;
  field: string;
}

export interface StatCardOptions {
  /** The metric id; empty or missing means the report's headline figure. */
  metric?: string | null;
  /** Show the story the figure comes from (linked when the story has an http(s) `url`). */
  storyLink?: boolean;
  /** URL pattern for the story link, `{story}` standing for the story id; implies `storyLink`. */
  storyHref?: string | null;
  /** Base URL that a relative `storyHref` is resolved against (the document's). */
  baseUrl?: string;
  /** A series' change against the previous point (default) or the first. */
  compare?: CompareTo;
  /** A series' change in the metric's unit (default) or as a per cent. */
  change?: ChangeKind;
  /**
   * The series code (stat-card.series.ts, with d3-shape), given once loaded: a metric with a series is the only
   * one that needs it, so the element loads it on demand. Without it, a series metric's view has `seriesPending`.
   */
  seriesView?: typeof seriesView;
  /** The progress code (stat-card.progress.ts), given once loaded, as `seriesView`; without it `progressPending`. */
  progressView?: typeof progressView;
}

function problem(code: StatCardProblem['code'], message: string, field: string): StatCardProblem {
  return { problem: true, code, message, field };
}

/** The metric a card shows: the named one, else the headline, else the first. */
export function selectMetric(
  report: Report,
  id: string | null | undefined,
  language: Language,
): Metric | StatCardProblem {
  const messages = STAT_CARD_MESSAGES[language];
  if (!report.metrics.length) return problem('no-metrics', messages.noMetrics, 'metrics');
  if (id) return findMetric(report, id) ?? problem('unknown-metric', messages.unknownMetric(id), 'metric');
  return (report.headline ? findMetric(report, report.headline) : undefined) ?? report.metrics[0];
}

/**
 * Where the story link points: the `storyHref` pattern resolved against the
 * page, else the story's own `url`; only http(s) URLs, never javascript: etc.
 */
export function storyLinkHref(
  story: Story,
  pattern: string | null | undefined,
  baseUrl: string | undefined,
): string | undefined {
  let candidate: string | undefined = story.url;
  if (pattern) {
    try {
      candidate = new URL(pattern.split('{story}').join(encodeURIComponent(story.id)), baseUrl).href;
    } catch {
      candidate = undefined;
    }
  }
  return candidate && /^https?:\/\//i.test(candidate) ? candidate : undefined;
}

export function statCardView(
  report: Report,
  language: Language,
  options: StatCardOptions = {},
): StatCardView | StatCardProblem {
  const metric = selectMetric(report, options.metric, language);
  if ('problem' in metric) return metric;
  // A metric without a finite value never gets here: validation rejects the report (invalid-report, metrics[i].value).
  const messages = STAT_CARD_MESSAGES[language];
  const figure = formatQuantity(metric, language, { units: report.units });
  const label = localize(metric.label, language);
  const place = localize(findPlace(report, metric.place)?.name, language);
  const date = formatDateSpan(metric.asOf, language);
  const source = findSource(report, metric.source);
  const sources = localize(source?.name, language) || metric.source;
  const sentence = messages.sentence({
    date,
    dateIsWording: Boolean(metric.asOf.wording),
    // A label that begins with the place says it: 2022年，全国持证社会工作者93.1万人, not 全国全国….
    place: labelBeginsWith(label, place) ? '' : place,
    label,
    figure: figure.text,
    isMeasure: isMeasureUnit(metric.unit, report.units),
    sources,
    sourceIsInstitution: source?.kind === 'government' || source?.kind === 'organization',
  });
  const view: StatCardView = {
    figure,
    label,
    place,
    date,
    dateTime: machineDate(metric.asOf),
    source: SHARED_MESSAGES[language].source(sources),
    sentence,
    progress: options.progressView?.(metric, language, report.units),
  };
  if (metric.target && !options.progressView) view.progressPending = true;
  const series = options.seriesView?.(metric, label, language, {
    compare: options.compare,
    change: options.change,
    units: report.units,
  });
  if (metric.series?.length && !options.seriesView) view.seriesPending = true;
  if (series) {
    view.series = series;
    view.sentence += series.sentence;
  }
  if (metric.note) view.note = localize(metric.note, language);
  const story = findStory(report, metric.story);
  if (story && (options.storyLink || options.storyHref)) {
    view.story = {
      title: localize(story.title, language),
      href: storyLinkHref(story, options.storyHref, options.baseUrl),
    };
  }
  return view;
}
