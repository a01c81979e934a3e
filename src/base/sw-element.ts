/**
 * What every sw-widgets element does: pick its language, theme and data
 * (bundled report, `src` URL or `report` property), show loading and error
 * states, and send `sw-ready` / `sw-error` events.
 */
import {
  LitElement,
  ReactiveElement,
  adoptStyles,
  html,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { Language, Report } from '../report/schema.js';
import { bundledReportIfLoaded, loadBundledReport } from '../report/load-bundled.js';
import { onDemand, type LoadFailure } from '../on-demand/on-demand.js';
import { DEFAULT_TIMEOUT_MS } from '../report/defaults.js';
import type { DataFailure } from '../report/report-checks.js';
import { SHARED_MESSAGES, type SharedMessages } from '../format/messages.js';
import { onLanguageChange, resolveLanguage } from './language.js';
import { themeStyles } from './theme.styles.js';
import type { ExportModel, ExportModelBuilder, ExportRequest } from '../export/export-model.js';
import { loadExporter } from '../export/load-exporter.js';
import { TOOLS_MESSAGES } from '../export/tools.messages.js';
import { VERSION } from './version.js';
import { hydrateRoot, loadHydration } from './hydration.js';

/**
 * Engines without CSS color-mix() (Chrome < 111, Safari < 16.2, Firefox < 113) load the map's colors computed from
 * the theme and the flex-gap fallbacks (base/mixed-colors.ts; in cdn/sw-choropleth.js); no other engine does.
 * No CSS global: a server render, where neither matters.
 */
const olderEngineStyles =
  typeof CSS === 'undefined' || CSS.supports('color', 'color-mix(in srgb,red,red)')
    ? undefined
    : onDemand(() => import('./mixed-colors.js'));

export type Theme = 'light' | 'dark' | 'auto';

/** `detail` of `sw-error`. */
export interface SwErrorDetail {
  /** What went wrong: network, cross-origin (the report's site does not allow this page: CORS), http-status, timeout, wrong-content-type, not-json, truncated-json, too-large, invalid-report, integrity (a file whose content did not match its hash), or an element's own code such as unknown-metric. */
  code: string;
  /** The message shown inside the element, in its language. */
  message: string;
  /** The attribute or report field at fault, e.g. `metric` or `metrics[3].value`. */
  field?: string;
}

/** `detail` of `sw-ready`. */
export interface SwReadyDetail {
  /** The id of the report now shown. */
  reportId: string;
  /** Where it came from. */
  origin: 'bundled' | 'src' | 'property';
}

/** A problem an element finds while rendering (unknown metric, empty report, ...). */
export interface ElementProblem {
  problem: true;
  code: string;
  field?: string;
  message: string;
}

/** What an element returns from `renderReport` when it cannot show its data. */
export function elementProblem(code: string, message: string, field?: string): ElementProblem {
  return { problem: true, code, message, field };
}

/** Events cross shadow roots so a page can listen on document. (Outside the class so the manifest lists only real events.) */
function composedEvent<T>(name: string, detail: T): CustomEvent<T> {
  return new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: false });
}

/** Loading and validation, for `src` and `report` only: the bundled report needs neither (src/report/report-checks.ts). */
const reportChecks = onDemand(() => import('../report/report-checks.js'));
/** Loads the checks ahead of need (the server renderer: a `report` is then checked in the first, synchronous render). */
export const loadReportChecks = () => reportChecks.load();

/**
 * Code or data loaded on demand did not load: its content did not match its hash (`integrity`: nothing in it was
 * used), or it could not be reached (offline, a blocked script: `network`).
 */
function onDemandFailure(error: unknown): DataFailure {
  const failure = error as Partial<LoadFailure> | undefined;
  return failure?.tampered
    ? { code: 'integrity', describe: (m) => m.loadError.tampered(failure.url!) }
    : { code: 'network', describe: (m) => m.loadError.network(failure?.url ?? String(error)) };
}

/**
 * The shared base class. Subclasses implement `renderReport`.
 *
 * @attr {boolean} defer-hydration - On a server-rendered element (sw-widgets/ssr) whose report the server was given: it keeps the server's DOM until the page sets `report` and removes this attribute, then hydrates.
 * @attr {string} src-integrity - The hash that the report at `src` must match (`sha256-…`, `sha384-…` or `sha512-…`, as in a script tag's `integrity`), read when `src` loads: content that differs is not shown, the element says so (`sw-error` code `integrity`). Without it, any valid report is shown. The files of the script-tag bundles are always checked (docs/publishing.md).
 * @attr {string} lang - Language: any BCP 47 tag; zh, zh-CN, zh-SG → Simplified Chinese (default), zh-HK, zh-TW, zh-MO → Traditional Chinese (Hong Kong), any other → English. Without it, the nearest ancestor's `lang`, then the document's.
 * @fires {CustomEvent<SwReadyDetail>} sw-ready - The element shows a report (`detail: { reportId, origin }`).
 * @fires {CustomEvent<SwErrorDetail>} sw-error - Something could not be shown (`detail: { code, message, field }`); the message is also shown inside the element.
 * @cssprop --sw-font - Font family. Default: the system UI font with Chinese fallbacks.
 * @cssprop --sw-font-size - Base font size. Default: 1rem.
 * @cssprop --sw-text - Text color.
 * @cssprop --sw-text-muted - Secondary text color (labels, sources).
 * @cssprop --sw-surface - Background color.
 * @cssprop --sw-surface-alt - Background of placeholders, chips and tracks.
 * @cssprop --sw-border - Border color.
 * @cssprop --sw-accent - Accent color (figures, highlights).
 * @cssprop --sw-accent-contrast - Text color on the accent color.
 * @cssprop --sw-focus - Focus ring color.
 * @cssprop --sw-error - Error border and heading color.
 * @cssprop --sw-error-surface - Error background.
 * @cssprop --sw-radius - Corner radius. Default: 8px.
 * @cssprop --sw-space - Base spacing. Default: 1rem.
 * @csspart error - The message shown when something cannot be displayed.
 * @csspart placeholder - The box of stable size shown while a report loads.
 * @csspart stale - The notice above the last good report when a new `src` or `report` could not be shown, saying why.
 * @csspart tools - The row of download buttons (with the `tools` attribute).
 * @csspart tool - Each download button: 下载图片 (image) and 下载数据 (data).
 */
export abstract class SwElement extends LitElement {
  /** The sw-widgets version that defined this element. */
  static readonly version = VERSION;

  static override styles: CSSResultGroup = [themeStyles];

  /** The reactive properties and their attributes (a static table, not decorators: smaller in the bundles). */
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    src: {},
    report: { attribute: false },
    timeout: { type: Number },
    tools: { type: Boolean, reflect: true },
    data: { state: true, attribute: false },
    loading: { state: true, attribute: false },
    failure: { state: true, attribute: false },
    exportFailure: { state: true, attribute: false },
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'defer-hydration'];
  }

  /** Color theme: `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  theme: Theme = 'light';

  /** URL of a report JSON to show instead of the bundled report (see data/report.schema.json). */
  src: string | null = null;

  /** A report object to show instead of the bundled report; validated like `src`. Property only. */
  report: unknown = undefined;

  /** How long to wait for `src` before giving up, in milliseconds. */
  timeout = DEFAULT_TIMEOUT_MS;

  /**
   * Show two buttons under the content: 下载图片 / Download image (a PNG of what the element shows, at 2×,
   * with its title, source and the report's attribution) and 下载数据 / Get the data (a CSV file). Off by default.
   */
  tools = false;

  /** The report being shown: the last one that loaded and validated. */
  protected data: Report | undefined = undefined;
  private loading = false;
  private failure: DataFailure | undefined = undefined;
  private exportFailure = '';
  /** A file loaded on demand failed its check: the element shows that in place of its content from then on. */
  private tampered: DataFailure | undefined;

  private loadToken = 0;
  /** What the element waits for on first use (the validation code, the bundled report, code of its own); `updateComplete` waits for it. */
  private pendingLoad: Promise<unknown> | undefined;
  /** A `report` is being checked (the checks' first load): a server-rendered element waits for it to hydrate. */
  private checking = false;
  private stopWatchingLanguage?: () => void;
  private lastProblemKey = '';
  private pendingEvents: Array<[string, unknown]> = [];
  private dataSelected = false;

  /**
   * The element came with its content in the page's HTML (declarative shadow DOM from `sw-widgets/ssr`):
   * its first update adopts that DOM (hydration) instead of rendering it again.
   */
  protected serverRendered = false;

  /** The language the element renders in: `lang`, an ancestor's, the document's, or zh-Hans. */
  get language(): Language {
    return resolveLanguage(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatchingLanguage = onLanguageChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingLanguage?.();
    this.stopWatchingLanguage = undefined;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' || name === 'defer-hydration') this.requestUpdate();
  }

  /** Dispatches a bubbling, composed event with a typed detail. */
  protected emit<T>(name: string, detail: T): boolean {
    return this.dispatchEvent(composedEvent(name, detail));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated ? changed.has('src') || changed.has('report') : !this.dataSelected) this.selectData();
  }

  /** A server-rendered shadow root is kept (its <style> included); the hydration code is fetched. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!this.shadowRoot) return super.createRenderRoot();
    this.serverRendered = true;
    // Also adopted: a strict CSP (no 'unsafe-inline' styles) blocks the server's <style>, never adopted sheets.
    adoptStyles(this.shadowRoot, (this.constructor as typeof LitElement).elementStyles);
    loadHydration().then((error) => {
      this.blockIfTampered(error);
      this.requestUpdate();
    });
    return this.shadowRoot;
  }

  /** A server-rendered element keeps the server's DOM until the hydration code and its report are here. */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    // `defer-hydration`: the page sets the report the server used (`report` property), then removes the attribute.
    // Also without a server-rendered shadow root (an engine without declarative shadow DOM keeps the server's HTML
    // as an inert template): it would otherwise show the bundled report meanwhile.
    if (!this.hasUpdated && this.hasAttribute('defer-hydration')) return false;
    if (this.serverRendered && !this.hasUpdated) {
      if (!this.dataSelected) this.selectData();
      if (this.loading || this.checking || !loadHydration().done) return false;
    }
    return super.shouldUpdate(changed);
  }

  protected override update(changed: PropertyValues<this>): void {
    if (!this.serverRendered || this.hasUpdated) return super.update(changed);
    // LitElement.update, hydrating instead of rendering: ReactiveElement.update reflects attributes.
    const value = this.render();
    this.renderOptions.isConnected = this.isConnected;
    ReactiveElement.prototype['update'].call(this, changed);
    hydrateRoot(value, this.renderRoot, this.renderOptions);
  }

  private selectData(): void {
    this.dataSelected = true;
    const token = ++this.loadToken;
    this.checking = false;
    if (this.report !== undefined && this.report !== null) {
      const input = this.report;
      const check = (checks: typeof import('../report/report-checks.js')) => {
        const { report, failure } = checks.checkReportProperty(input);
        if (report) this.accept(report, 'property');
        else this.fail(failure);
      };
      this.loading = false;
      // Synchronous once the checks are loaded; the first time, `updateComplete` waits for them.
      if (reportChecks.value) check(reportChecks.value);
      else {
        this.checking = true;
        this.pendingLoad = loadReportChecks()
          .then(
            (checks) => token === this.loadToken && check(checks),
            (error: unknown) => token === this.loadToken && this.failToLoad(error),
          )
          .finally(() => {
            if (token === this.loadToken) this.checking = false;
            this.requestUpdate();
          });
      }
      return;
    }
    if (this.src) {
      this.loading = true;
      const src = this.src;
      const timeoutMs = this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT_MS;
      const load = (checks: typeof import('../report/report-checks.js')) =>
        checks.loadReport(src, { timeoutMs, integrity: this.getAttribute('src-integrity') }).then(
          (report) => token === this.loadToken && this.accept(report, 'src'),
          (error: unknown) => token === this.loadToken && this.fail(checks.describeLoadFailure(error, timeoutMs)),
        );
      // The request starts in this update once the loader is there; the first time, when it has loaded.
      if (reportChecks.value) load(reportChecks.value);
      else loadReportChecks().then(load, (error: unknown) => token === this.loadToken && this.failToLoad(error));
      return;
    }
    const bundled = bundledReportIfLoaded();
    if (bundled) return this.accept(bundled, 'bundled');
    // The bundled report's first load on the page (src/report/load-bundled.ts); `updateComplete` waits for it.
    this.loading = true;
    this.pendingLoad = loadBundledReport().then(
      (report) => token === this.loadToken && this.accept(report, 'bundled'),
      (error: unknown) => token === this.loadToken && this.failToLoad(error),
    );
  }

  private accept(report: Report, origin: SwReadyDetail['origin']): void {
    this.loading = false;
    this.failure = undefined;
    this.data = report;
    this.lastProblemKey = '';
    this.pendingEvents.push(['sw-ready', { reportId: report.id, origin } satisfies SwReadyDetail]);
    this.requestUpdate();
  }

  /** Code or data loaded on demand did not load. */
  private failToLoad(error: unknown): void {
    const failure = onDemandFailure(error);
    if (failure.code === 'integrity') this.tampered = failure;
    this.fail(failure);
  }

  /**
   * When `error` says that a file loaded on demand did not match its hash (src/on-demand/on-demand.ts), the element shows
   * that in place of its content from then on and sends `sw-error` (code `integrity`), and this returns true; any
   * other failure is the caller's to handle.
   */
  protected blockIfTampered(error: unknown): boolean {
    const tampered = (error as Partial<LoadFailure> | undefined)?.tampered;
    if (tampered && !this.tampered) this.failToLoad(error);
    return !!tampered;
  }

  private fail(failure: DataFailure): void {
    this.loading = false;
    this.failure = failure;
    const message = failure.describe(SHARED_MESSAGES[this.language], this.language);
    this.pendingEvents.push([
      'sw-error',
      { code: failure.code, message, field: failure.field } satisfies SwErrorDetail,
    ]);
    this.requestUpdate();
  }

  /** What the element shows, for its image and CSV export; elements override it. */
  protected exportRequest(): ExportRequest | undefined {
    return undefined;
  }

  /** Loads the element's own export model (`src/<element>/<element>.export.ts`) on first use; elements override it. */
  protected loadExportModel(): Promise<ExportModelBuilder> | undefined {
    return undefined;
  }

  /** What to export, from what the element shows now (read before anything loads). */
  private async exportModel(): Promise<ExportModel> {
    const { data, language } = this;
    const request = this.exportRequest();
    const builder = this.loadExportModel();
    const messages = SHARED_MESSAGES[language];
    if (!data || !request || !builder)
      throw new Error(this.failure ? this.failure.describe(messages, language) : messages.loading);
    return ((await builder) as (report: Report, language: Language, request: ExportRequest) => ExportModel)(
      data,
      language,
      request,
    );
  }

  /**
   * An image of what the element shows, as a `Blob`: a PNG at exactly twice the element's CSS size (default), or
   * an SVG with its text as text. Both carry the title, the source line and the report's attribution. Rejects
   * while the element shows an error or is loading. The export code is loaded on first use (from the script-tag
   * bundles, a copy that fails its check rejects with `{ url, tampered: true }`).
   */
  async exportImage(options: { format?: 'png' | 'svg' } = {}): Promise<Blob> {
    const [model, exporter] = await Promise.all([this.exportModel(), loadExporter()]);
    return exporter.exportImage(this, model, options.format);
  }

  /** What the element shows as a CSV `Blob` (UTF-8 with a byte-order mark, headers in the element's language). */
  async exportData(): Promise<Blob> {
    const [model, exporter] = await Promise.all([this.exportModel(), loadExporter()]);
    return exporter.exportData(model);
  }

  private async download(what: 'image' | 'data'): Promise<void> {
    this.exportFailure = '';
    try {
      const [model, exporter] = await Promise.all([this.exportModel(), loadExporter()]);
      await exporter.download(this, model, what);
    } catch (error) {
      // The export code failed its check (a tampered copy): the element says so in place of its content.
      this.blockIfTampered(error);
      this.exportFailure = error instanceof Error ? error.message : String(error);
    }
  }

  private renderTools(language: Language): TemplateResult {
    const messages = TOOLS_MESSAGES[language];
    return html`<div class="tools" part="tools" role="group" aria-label=${messages.group}>
      <button type="button" part="tool" @click=${() => this.download('image')}>${messages.image}</button>
      <button type="button" part="tool" @click=${() => this.download('data')}>${messages.data}</button>
      <span role="status">${this.exportFailure && messages.failed + this.exportFailure}</span>
    </div>`;
  }

  /** `placeholderUntil` was called in this render: `sw-ready` waits for the render that shows the content. */
  private awaitingCode = false;

  /**
   * For content that needs code loaded on demand (the card's series): returns the loading placeholder to render
   * until `loading` settles, then renders again; `updateComplete` and `sw-ready` wait for it.
   */
  protected placeholderUntil(loading: Promise<unknown>): TemplateResult {
    this.awaitingCode = true;
    const settled = loading.then(
      () => this.requestUpdate(),
      () => this.requestUpdate(),
    );
    const before = this.pendingLoad;
    this.pendingLoad = before ? Promise.all([before, settled]) : settled;
    return this.renderPlaceholder(SHARED_MESSAGES[this.language]);
  }

  /** Renders the element's content for a valid report, or returns a problem to show instead. */
  protected abstract renderReport(report: Report, language: Language): TemplateResult | ElementProblem;

  /** The placeholder shown while a report loads; elements may size it through `--_placeholder-height`. */
  protected renderPlaceholder(messages: SharedMessages): TemplateResult {
    return html`<div class="placeholder" part="placeholder" role="status" aria-busy="true">
      <span class="visually-hidden">${messages.loading}</span>
    </div>`;
  }

  protected renderError(messages: SharedMessages, message: string): TemplateResult {
    return html`<div class="error" part="error" role="alert"><strong>${messages.errorHeading}</strong><span>${message}</span></div>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    this.awaitingCode = false;
    const language = this.language;
    const messages = SHARED_MESSAGES[language];
    if (this.tampered) return this.renderError(messages, this.tampered.describe(messages, language));
    if (!this.data) {
      if (this.failure) return this.renderError(messages, this.failure.describe(messages, this.language));
      return this.renderPlaceholder(messages);
    }
    const content = this.renderReport(this.data, language);
    if (this.awaitingCode) return content as TemplateResult;
    const stale = this.failure
      ? html`<p class="stale" part="stale" role="status">${messages.staleNotice} ${this.failure.describe(messages, this.language)}</p>`
      : nothing;
    if ('problem' in content) {
      const key = `${content.code}|${content.field}|${content.message}`;
      if (key !== this.lastProblemKey) {
        this.lastProblemKey = key;
        this.pendingEvents.push([
          'sw-error',
          { code: content.code, message: content.message, field: content.field } satisfies SwErrorDetail,
        ]);
      }
      return html`${stale}${this.renderError(messages, content.message)}`;
    }
    this.lastProblemKey = '';
    return html`${stale}${content}${this.tools ? this.renderTools(language) : nothing}`;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    // A `report` set before the validation code had loaded: wait for it, and for the update it causes.
    while (this.pendingLoad) {
      const pending = this.pendingLoad;
      await pending;
      if (this.pendingLoad === pending) this.pendingLoad = undefined;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (olderEngineStyles)
      olderEngineStyles.load().then(
        (module) => this.isConnected && module.applyMixedColors(this.renderRoot as ShadowRoot),
        () => undefined,
      );
    if (this.awaitingCode) return;
    const events = this.pendingEvents;
    this.pendingEvents = [];
    for (const [name, detail] of events) this.emit(name, detail);
  }
}
