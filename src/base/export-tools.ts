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

/** An element's export tools (see `exportTools()`). */
export interface ExportTools {
  /** `exportImage()`: a PNG (default) or SVG of what the element shows. */
  image(format?: 'png' | 'svg'): Promise<Blob>;
  /** `exportData()`: the CSV of what it shows. */
  data(): Promise<Blob>;
  /** The row of buttons (with the `tools` attribute), and the status that says why a download failed. */
  render(language: Language): TemplateResult;
}

/**
 * The export tools of `host`. `source`: its report and what failed. `element`: what it shows, for export, and its
 * export model loading (its `exportRequest()` and `loadExportModel()`). A closure, not a class: its state is in
 * local variables, which the minifier shortens.
 */
export function exportTools(
  host: ReportSourceHost,
  source: ReportSource,
  element: () => [ExportRequest | undefined, Promise<ExportModelBuilder> | undefined],
): ExportTools {
  /** Why the last download failed, shown beside the buttons; '' when it did not. */
  let failure = '';
  const setFailure = (message: string) => {
    if (message === failure) return;
    failure = message;
    host.requestUpdate();
  };

  /** The export code, and the model of what the element shows (read before the code loads). */
  const load = async () => {
    const { language } = host;
    const [request, builder] = element();
    const messages = SHARED_MESSAGES[language];
    const unavailable = source.failure?.describe(messages, language) ?? messages.loading;
    const { data } = source;
    // The element's model loads with the export code (one file in the script-tag bundles): if that fails, the
    // rejection is the export code's, not an unhandled one.
    builder?.catch(() => undefined);
    const exporter = await loadExporter();
    return [await exporter.modelOf({ data, request, builder, language, unavailable }), exporter] as const;
  };

  const download = async (what: 'image' | 'data') => {
    setFailure('');
    try {
      const [model, exporter] = await load();
      await exporter.download(host, model, what);
    } catch (error) {
      // The export code failed its check (a tampered copy): the element says so in place of its content.
      source.blockIfTampered(error);
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  return {
    async image(format) {
      const [model, exporter] = await load();
      return exporter.exportImage(host, model, format);
    },
    async data() {
      const [model, exporter] = await load();
      return exporter.exportData(model);
    },
    render(language) {
      const messages = TOOLS_MESSAGES[language];
      return html`<div class="tools" part="tools" role="group" aria-label=${messages.group}>
        <button type="button" part="tool" @click=${() => download('image')}>${messages.image}</button>
        <button type="button" part="tool" @click=${() => download('data')}>${messages.data}</button>
        <span role="status">${failure && messages.failed + failure}</span>
      </div>`;
    },
  };
}
