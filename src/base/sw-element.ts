/**
 * What every sw-widgets element does: pick its language and theme, show its report (chosen and loaded by
 * ReportSource), the loading and error states, send `sw-ready` / `sw-error`, and hold the controllers that every
 * element has: the report's source (report-source.ts), the export tools (export-tools.ts) and the hydration of a
 * server-rendered element (hydration.ts).
 */
import {
  LitElement,
  html,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { Language, Report } from '../report/schema.js';
import { addOlderEngineStyles } from './extra-styles.js';
import { DEFAULT_TIMEOUT_MS } from '../report/defaults.js';
import { SHARED_MESSAGES } from '../format/messages.js';
import { resolveLanguage, watchLanguage } from './language.js';
import { themeStyles } from './theme.styles.js';
import type { ExportModelBuilder, ExportRequest } from '../export/export-model.js';
import { VERSION } from './version.js';
import { hydration } from './hydration.js';
import { reportSource } from './report-source.js';
import { exportTools } from './export-tools.js';
import { pendingEvents, composedEvent, type ElementProblem } from './element-events.js';
import { errorTemplate, placeholderTemplate } from './element-states.js';

export { elementProblem, type ElementProblem, type SwErrorDetail, type SwReadyDetail } from './element-events.js';
export { loadReportChecks } from './report-source.js';

export type Theme = 'light' | 'dark' | 'auto';

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

  private readonly events = pendingEvents();

  /** The report shown, where it came from, what failed. */
  private readonly source = reportSource(this, this.events.add);

  private readonly exportTools = exportTools(this, this.source, () => [this.exportRequest(), this.loadExportModel()]);
  private readonly hydration = hydration(this, this.source);

  constructor() {
    super();
    // Renders again when an ancestor's or the document's `lang` changes.
    watchLanguage(this);
  }

  /** The report being shown: the last one that loaded and validated. */
  protected get data(): Report | undefined {
    return this.source.data;
  }

  /**
   * The element came with its content in the page's HTML (declarative shadow DOM from `sw-widgets/ssr`):
   * its first update adopts that DOM (hydration) instead of rendering it again.
   */
  protected get serverRendered(): boolean {
    return this.hydration.serverRendered;
  }

  /** The language the element renders in: `lang`, an ancestor's, the document's, or zh-Hans. */
  get language(): Language {
    return resolveLanguage(this);
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
    if (this.hasUpdated ? changed.has('src') || changed.has('report') : !this.source.chosen) this.source.choose();
  }

  /** A server-rendered shadow root is kept (its <style> included); the hydration code is fetched. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.hydration.adoptRoot() ?? super.createRenderRoot();
  }

  /** A server-rendered element keeps the server's DOM until the hydration code and its report are here. */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    // `defer-hydration`: the page sets the report the server used (`report` property), then removes the attribute.
    // Also without a server-rendered shadow root (an engine without declarative shadow DOM keeps the server's HTML
    // as an inert template): it would otherwise show the bundled report meanwhile.
    if (!this.hasUpdated && this.hasAttribute('defer-hydration')) return false;
    const { source } = this;
    if (this.hydration.first && !source.chosen) source.choose();
    return !this.hydration.waits(source.loading || source.checking) && super.shouldUpdate(changed);
  }

  protected override update(changed: PropertyValues<this>): void {
    if (this.hydration.first) this.hydration.hydrate(this.render(), changed, this.renderOptions);
    else super.update(changed);
  }

  /**
   * When `error` says that a file loaded on demand did not match its hash (src/on-demand/on-demand.ts), the element shows
   * that in place of its content from then on and sends `sw-error` (code `integrity`), and this returns true; any
   * other failure is the caller's to handle.
   */
  protected blockIfTampered(error: unknown): boolean {
    return this.source.blockIfTampered(error);
  }

  /** What the element shows, for its image and CSV export; elements override it. */
  protected exportRequest(): ExportRequest | undefined {
    return undefined;
  }

  /** Loads the element's own export model (`src/<element>/<element>.export.ts`) on first use; elements override it. */
  protected loadExportModel(): Promise<ExportModelBuilder> | undefined {
    return undefined;
  }

  /**
   * An image of what the element shows, as a `Blob`: a PNG at exactly twice the element's CSS size (default), or
   * an SVG with its text as text. Both carry the title, the source line and the report's attribution. Rejects
   * while the element shows an error or is loading. The export code is loaded on first use (from the script-tag
   * bundles, a copy that fails its check rejects with `{ url, tampered: true }`).
   */
  exportImage(options: { format?: 'png' | 'svg' } = {}): Promise<Blob> {
    return this.exportTools.image(options.format);
  }

  /** What the element shows as a CSV `Blob` (UTF-8 with a byte-order mark, headers in the element's language). */
  exportData(): Promise<Blob> {
    return this.exportTools.data();
  }

  /** `placeholderUntil` was called in this render: `sw-ready` waits for the render that shows the content. */
  private awaitingCode = false;

  /**
   * For content that needs code loaded on demand (the card's series): returns the loading placeholder to render
   * until `loading` settles, then renders again; `updateComplete` and `sw-ready` wait for it.
   */
  protected placeholderUntil(loading: Promise<unknown>): TemplateResult {
    this.awaitingCode = true;
    const update = () => this.requestUpdate();
    this.source.waitFor(loading.then(update, update));
    return placeholderTemplate(SHARED_MESSAGES[this.language]);
  }

  /** Renders the element's content for a valid report, or returns a problem to show instead. */
  protected abstract renderReport(report: Report, language: Language): TemplateResult | ElementProblem;

  protected override render(): TemplateResult | typeof nothing {
    this.awaitingCode = false;
    const { language, source } = this;
    const messages = SHARED_MESSAGES[language];
    const failure = source.failure && source.failure.describe(messages, language);
    if (source.tampered) return errorTemplate(messages, source.tampered.describe(messages, language));
    if (!source.data) return failure ? errorTemplate(messages, failure) : placeholderTemplate(messages);
    const content = this.renderReport(source.data, language);
    if (this.awaitingCode) return content as TemplateResult;
    const stale = failure
      ? html`<p class="stale" part="stale" role="status">${messages.staleNotice} ${failure}</p>`
      : nothing;
    const problem = 'problem' in content ? content : undefined;
    this.events.problem(problem);
    if (problem) return html`${stale}${errorTemplate(messages, problem.message)}`;
    return html`${stale}${content}${this.tools ? this.exportTools.render(language) : nothing}`;
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return this.source.settle(() => super.getUpdateComplete());
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    addOlderEngineStyles(this);
    if (!this.awaitingCode) this.events.send(this);
  }
}
