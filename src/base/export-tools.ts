/**
 * The image and CSV export of every element: `exportImage()`, `exportData()` and, with the `tools` attribute, the
 * two download buttons. A controller that every element owns (SwElement creates it; it asks the element to update
 * when a download fails); the export code itself (src/export/exporter.ts) and the element's export model load on
 * first use.
 */
import { html, type TemplateResult } from 'lit';
import type { Language } from '../report/schema.js';
import type { ExportModelBuilder, ExportRequest } from '../export/export-model.js';
import { SHARED_MESSAGES } from '../format/messages.js';
import type { ReportSource, ReportSourceHost } from './report-source.js';
import { loadExporter } from '../export/load-exporter.js';
import { TOOLS_MESSAGES } from '../export/tools.messages.js';

export class ExportTools {
  /** Why the last download failed, shown beside the buttons; '' when it did not. */
  private failure = '';

  /**
   * `source`: the element's report and what failed. `element`: what the element shows, for export, and its export
   * model loading (its `exportRequest()` and `loadExportModel()`).
   */
  constructor(
    private readonly host: ReportSourceHost,
    private readonly source: ReportSource,
    private readonly element: () => [ExportRequest | undefined, Promise<ExportModelBuilder> | undefined],
  ) {}

  /** The export code, and the model of what the element shows (read before the code loads). */
  private async load() {
    const { language } = this.host;
    const { data, failure } = this.source;
    const [request, builder] = this.element();
    const messages = SHARED_MESSAGES[language];
    const unavailable = failure?.describe(messages, language) ?? messages.loading;
    // The element's model loads with the export code (one file in the script-tag bundles): if that fails, the
    // rejection is the export code's, not an unhandled one.
    builder?.catch(() => undefined);
    const exporter = await loadExporter();
    return [await exporter.modelOf({ data, request, builder, language, unavailable }), exporter] as const;
  }

  async image(format?: 'png' | 'svg'): Promise<Blob> {
    const [model, exporter] = await this.load();
    return exporter.exportImage(this.host, model, format);
  }

  async data(): Promise<Blob> {
    const [model, exporter] = await this.load();
    return exporter.exportData(model);
  }

  private async download(what: 'image' | 'data'): Promise<void> {
    this.setFailure('');
    try {
      const [model, exporter] = await this.load();
      await exporter.download(this.host, model, what);
    } catch (error) {
      // The export code failed its check (a tampered copy): the element says so in place of its content.
      this.source.blockIfTampered(error);
      this.setFailure(error instanceof Error ? error.message : String(error));
    }
  }

  private setFailure(message: string): void {
    if (message === this.failure) return;
    this.failure = message;
    this.host.requestUpdate();
  }

  /** The row of buttons, and the status that says why a download failed. */
  render(language: Language): TemplateResult {
    const messages = TOOLS_MESSAGES[language];
    return html`<div class="tools" part="tools" role="group" aria-label=${messages.group}>
      <button type="button" part="tool" @click=${() => this.download('image')}>${messages.image}</button>
      <button type="button" part="tool" @click=${() => this.download('data')}>${messages.data}</button>
      <span role="status">${this.failure && messages.failed + this.failure}</span>
    </div>`;
  }
}
