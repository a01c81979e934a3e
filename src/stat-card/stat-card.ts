import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { SwElement, elementProblem, type ElementProblem } from '../base/sw-element.js';
import { onDemand } from '../on-demand/on-demand.js';
import { addStyles } from '../base/extra-styles.js';
import { serverPage } from '../base/server-page.js';
import { themeStyles } from '../base/theme.styles.js';
import type { Language, Report } from '../report/schema.js';
import type { ExportRequest } from '../export/export-model.js';
import { countUpText, parseCountable } from './count-up.js';
import { STAT_CARD_MESSAGES } from './stat-card.messages.js';
import { statCardStyles } from './stat-card.styles.js';
import { selectMetric, statCardView } from './stat-card.view.js';

/** The series code (change line, sparkline with d3-shape, table): loaded on demand, by a card whose metric has a series. */
const seriesCode = onDemand(() => import('./stat-card.series-kit.js'));
export const loadSeriesCode = () => seriesCode.load();
/** The series code could not be loaded (offline): the card shows its figure without the series. */
let seriesUnavailable = false;
/** The progress code (bar, counts, target wording): loaded on demand, by a card whose metric has a target. */
const progressCode = onDemand(() => import('./stat-card.progress-kit.js'));
export const loadProgressCode = () => progressCode.load();
/** The progress code could not be loaded (offline): the card shows its figure without the bar. */
let progressUnavailable = false;

/** How long the count-up runs. */
export const COUNT_UP_MS = 1000;

/**
 * One figure of the report as a news card: the number large with its
 * qualifier and unit, what it counts, where, when and who says so; progress
 * towards a target when the figure has one. A screen reader hears the card as
 * one sentence. Without `metric` it shows the report's headline figure.
 *
 * Content an editor puts inside the tag (e.g. the figure as plain text) shows
 * until the script runs and is hidden afterwards (the card has no slot).
 *
 * @tagname sw-stat-card
 * @summary A key figure of the report, with its source, in zh-Hans, zh-Hant or English.
 *
 * @fires sw-ready - The card shows a report (`detail: { reportId, origin }`).
 * @fires sw-error - The card cannot show its figure (`detail: { code, message, field }`); the message is also shown in the card.
 *   Codes of its own: `unknown-metric` (field `metric`), `no-metrics` (field `metrics`); a metric without a value makes the
 *   report invalid (`invalid-report`, field e.g. `metrics[1].value`).
 *
 * @csspart card - The card box (border, background, size container).
 * @csspart value - The figure: qualifier, number and unit.
 * @csspart number - The digits of the figure (inside `value`).
 * @csspart label - What the figure counts.
 * @csspart meta - Place, date and source.
 * @csspart note - A note on the figure, e.g. how the source worded it.
 * @csspart progress - Progress towards the target: bar, counts, percentage and target.
 * @csspart change - The change against an earlier point of the figure's series (比2021年增加19.4万人 / up 194,000 from 2021).
 * @csspart sparkline - The series drawn as a line, with its first and last figures.
 * @csspart series-table - The disclosure with a table of every point of the series.
 * @csspart story - The story the figure comes from (with `story-link` or `story-href`).
 * @csspart error - The message shown when the figure cannot be displayed.
 * @csspart placeholder - The box shown while a `src` report loads.
 *
 * @cssprop --sw-accent - Color of the figure, progress bar and link.
 * @cssprop --sw-surface - Card background.
 * @cssprop --sw-surface-alt - Progress bar track.
 * @cssprop --sw-text - Label text color.
 * @cssprop --sw-text-muted - Place, date, source and note color.
 * @cssprop --sw-border - Card border color.
 * @cssprop --sw-font - Font family.
 * @cssprop --sw-radius - Card corner radius. Default: 8px.
 * @cssprop --sw-space - Base spacing; the card's padding scales from 0.75× to 1.5× of it with its width. Default: 1rem.
 * @cssprop --sw-stat-card-value-size - Font size of the figure. Default: scales with the card width, 1.5rem–4rem (compact: 1.25rem–2.5rem).
 */
export class StatCard extends SwElement {
  static override styles = [themeStyles, statCardStyles];

  /** The reactive properties and their attributes (a static table, not decorators: smaller in the bundles). */
  static override properties: PropertyDeclarations = {
    metric: { reflect: true },
    variant: {},
    align: {},
    storyLink: { type: Boolean, attribute: 'story-link' },
    storyHref: { attribute: 'story-href' },
    compare: {},
    change: {},
    sparkline: {},
    noCountUp: { type: Boolean, attribute: 'no-count-up' },
  };

  /** Id of the metric to show (e.g. `chaozhou-volunteers`). Without it, the report's headline figure. */
  metric: string | null = null;

  /** Layout density: `full` (default) or `compact` (smaller figure, tighter spacing) for sidebars and dense grids. */
  variant: 'full' | 'compact' = 'full';

  /** Text alignment: `start` (default) or `center`. */
  align: 'start' | 'center' = 'start';

  /**
   * Show the title of the story the figure comes from. The title links to the story's `url` when the
   * report gives an http(s) one; otherwise it is plain text.
   */
  storyLink = false;

  /**
   * Link the story title to a page of your site: a URL pattern in which `{story}` stands for the story id,
   * e.g. `/news/{story}.html`; relative URLs resolve against the page. Implies `story-link`. Only http(s) links are made.
   */
  storyHref: string | null = null;

  /**
   * For a metric with a `series`: the change under the figure is measured against the `previous` point (default)
   * or the `first` one.
   */
  compare: 'previous' | 'first' = 'previous';

  /** For a metric with a `series`: the change in the metric's unit (`absolute`, default) or as a `percent` of the earlier value. */
  change: 'absolute' | 'percent' = 'absolute';

  /** For a metric with a `series`: `off` hides the sparkline and its table (the change line stays). Default: `on`. */
  sparkline: 'on' | 'off' = 'on';

  /** Turn off the count-up animation (it is always off when the reader prefers reduced motion). */
  noCountUp = false;

  /** The number the card shows now (32万), or undefined when it shows no figure. */
  private shownNumber: string | undefined;
  private countedUp = false;
  private viewObserver: IntersectionObserver | undefined;
  private frame = 0;
  /** The figure's number while it counts up; its \`counting\` class swaps the final text for the digits. */
  private countingNumber: HTMLElement | undefined;

  /** The image and CSV show the card's metric (src/stat-card/stat-card.export.ts). */
  protected override exportRequest(): ExportRequest {
    return { kind: 'stat-card', metric: this.metric, story: this.storyLink || Boolean(this.storyHref) };
  }

  /** A server-rendered card whose figure has a series or a target hydrates once that code is here (the server drew it). */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (!super.shouldUpdate(changed)) return false;
    if (!this.serverRendered || this.hasUpdated || !this.data) return true;
    const metric = selectMetric(this.data, this.metric, this.language);
    if ('problem' in metric) return true;
    const series = !!metric.series?.length && !seriesCode.value && !seriesUnavailable;
    const progress = !!metric.target && !progressCode.value && !progressUnavailable;
    if (!series && !progress) return true;
    this.loadCode(series, progress).finally(() => this.requestUpdate());
    return false;
  }

  /** Loads the series or progress code a metric needs; either failing (offline) leaves that part out, unless it was tampered with (the element's error). */
  private loadCode(series?: boolean, progress?: boolean): Promise<unknown> {
    return Promise.all([
      series && loadSeriesCode().catch((error: unknown) => this.blockIfTampered(error) || (seriesUnavailable = true)),
      progress &&
        loadProgressCode().catch((error: unknown) => this.blockIfTampered(error) || (progressUnavailable = true)),
    ]);
  }

  /** Its export model comes with the export code, on first use (never with the element, nor another element's). */
  protected override loadExportModel() {
    return import('./stat-card.export.js').then((module) => module.statCardExport);
  }

  protected override renderReport(report: Report, language: Language): TemplateResult | ElementProblem {
    const view = statCardView(report, language, {
      metric: this.metric,
      storyLink: this.storyLink,
      storyHref: this.storyHref,
      baseUrl: isServer ? serverPage.baseUrl : document.baseURI,
      compare: this.compare === 'first' ? 'first' : 'previous',
      change: this.change === 'percent' ? 'percent' : 'absolute',
      seriesView: seriesCode.value?.seriesView,
      progressView: progressCode.value?.progressView,
    });
    if (
      !('problem' in view) &&
      ((view.seriesPending && !seriesUnavailable) || (view.progressPending && !progressUnavailable))
    ) {
      return this.placeholderUntil(this.loadCode(view.seriesPending, view.progressPending));
    }
    if ('problem' in view) {
      this.shownNumber = undefined;
      return elementProblem(view.code, view.message, view.field);
    }
    const { figure, progress, story, series } = view;
    this.shownNumber = figure.number;
    // The figure, label and meta are hidden from assistive technology, which hears the sentence instead.
    return html`<div class="card ${this.variant === 'compact' ? 'compact' : ''} ${this.align === 'center' ? 'center' : ''}" part="card" lang=${language}>
<div class="body">
<p class="visually-hidden">${view.sentence}</p>
<div aria-hidden="true">
<p class="value" part="value">${figure.before && html`<span class="qualifier">${figure.before}</span>`}<span class="number" part="number"><span class="final">${figure.number}</span><span class="count"></span></span>${figure.after && html`<span class="unit">${figure.after}</span>`}</p>
${series ? html`<p class="change ${series.change.direction}" part="change">${series.change.text}</p>` : nothing}
<p class="label" part="label">${view.label}</p>
<div class="meta" part="meta"><p>${view.place && html`<span class="place">${view.place}</span>`}<time datetime=${view.dateTime}>${view.date}</time></p><p>${view.source}</p></div>
</div>
${view.note ? html`<p class="note" part="note">${view.note}</p>` : nothing}
${progress ? progressCode.value!.progressTemplate(html, progress) : nothing}
${series && this.sparkline !== 'off' ? seriesCode.value!.seriesTemplate(html, series) : nothing}
${story ? html`<p class="story" part="story">${STAT_CARD_MESSAGES[language].story}${story.href ? html`<a href=${story.href}>${story.title}</a>` : story.title}</p>` : nothing}
</div>
</div>`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.watchForFirstView();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.viewObserver?.disconnect();
    this.viewObserver = undefined;
    this.stopCountUp();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The series' and the progress bar's styles come with their code.
    for (const code of [seriesCode.value?.SERIES_CSS, progressCode.value?.PROGRESS_CSS])
      if (code) addStyles(this.renderRoot as ShadowRoot, code);
    this.watchForFirstView();
  }

  /** Counts up the first time the figure scrolls into view. */
  private watchForFirstView(): void {
    // Not after removal: an update that runs then (a report that arrived late) would start an observer nothing stops.
    // A server-rendered card never counts up: its figure was on the page before the script.
    if (
      !this.isConnected ||
      this.countedUp ||
      this.viewObserver ||
      !this.shownNumber ||
      this.serverRendered ||
      typeof IntersectionObserver === 'undefined'
    )
      return;
    this.viewObserver = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      this.viewObserver?.disconnect();
      this.viewObserver = undefined;
      this.countedUp = true;
      this.startCountUp();
    });
    this.viewObserver.observe(this);
  }

  private startCountUp(): void {
    const number = this.shownNumber;
    const countable = number ? parseCountable(number) : null;
    const digits = this.renderRoot.querySelector<HTMLElement>('.count');
    if (!countable || !digits || this.noCountUp || matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    let start: number | undefined;
    const step = (now: number) => {
      start ??= now;
      const progress = (now - start) / COUNT_UP_MS;
      // A new language or metric mid-animation ends it: the final text is already in place.
      if (progress >= 1 || this.shownNumber !== number) return this.stopCountUp();
      digits.textContent = countUpText(countable, progress);
      this.frame = requestAnimationFrame(step);
    };
    digits.textContent = countUpText(countable, 0);
    this.countingNumber = digits.parentElement!;
    this.countingNumber.classList.add('counting');
    this.frame = requestAnimationFrame(step);
  }

  private stopCountUp(): void {
    cancelAnimationFrame(this.frame);
    this.countingNumber?.classList.remove('counting');
    this.countingNumber = undefined;
  }
}
