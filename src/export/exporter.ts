/**
 * The export code, loaded on demand by an element's `exportImage()`,
 * `exportData()` or its download buttons: a separate file beside the
 * script-tag bundle (cdn/sw-export.js), so pages that never export do not
 * load it. It draws and writes any element's model (`ExportModel`); each element
 * builds its own in its `*.export.ts`, which this code never imports.
 */
import { toCsv } from './csv.js';
import type { ExportModel, ExportRequest, ExportSubject } from './export-model.js';
import type { Language, Report } from '../report/schema.js';
import { canvasMeasure, readPalette, saveBlob, sceneToPng } from './export-render.js';
import { layoutExport } from './layout.js';
import { sceneToSvg, type Scene } from './scene.js';

export type ImageFormat = 'png' | 'svg';

/** The scene at the element's width, in its colors and font, once the page's fonts have loaded. */
async function sceneOf(host: HTMLElement, model: ExportModel): Promise<Scene> {
  await document.fonts?.ready;
  const font = getComputedStyle(host).fontFamily || 'sans-serif';
  return layoutExport(model, {
    width: host.getBoundingClientRect().width,
    font,
    palette: readPalette(host),
    measure: canvasMeasure(font),
  });
}

/** The element's export model of what it shows; rejects with the element's message while it shows no report. */
export async function modelOf({ data, request, builder, language, unavailable }: ExportSubject): Promise<ExportModel> {
  if (!data || !request || !builder) throw new Error(unavailable);
  return ((await builder) as (report: Report, language: Language, request: ExportRequest) => ExportModel)(
    data,
    language,
    request,
  );
}

export async function exportImage(host: HTMLElement, model: ExportModel, format: ImageFormat = 'png'): Promise<Blob> {
  const scene = await sceneOf(host, model);
  if (format === 'svg') return new Blob([sceneToSvg(scene)], { type: 'image/svg+xml;charset=utf-8' });
  if (format !== 'png') throw new TypeError(`unknown image format "${String(format)}" (png or svg)`);
  return sceneToPng(scene);
}

export function exportData(model: ExportModel): Blob {
  return new Blob([toCsv(model.table)], { type: 'text/csv;charset=utf-8' });
}

/** What the download buttons do: export, then save under the model's file name. */
export async function download(host: HTMLElement, model: ExportModel, what: 'image' | 'data'): Promise<void> {
  const blob =
    what === 'image'
      ? await sceneToPng(await sceneOf(host, model))
      : new Blob([toCsv(model.table)], { type: 'text/csv;charset=utf-8' });
  saveBlob(host, blob, `${model.fileName}.${what === 'image' ? 'png' : 'csv'}`);
}
