/**
 * The export code, loaded on demand by an element's `exportImage()`,
 * `exportData()` or its download buttons: a separate file beside the
 * script-tag bundle (cdn/sw-export.js), so pages that never export do not
 * load it.
 */
import type { Language, Report } from '../report/schema.js';
import { regionMapExport } from '../region-map/region-map.export.js';
import { statCardExport } from '../stat-card/stat-card.export.js';
import { storyListExport } from '../story-list/story-list.export.js';
import { toCsv } from './csv.js';
import type { ExportModel, ExportRequest } from './export-model.js';
import { canvasMeasure, readPalette, saveBlob, sceneToPng } from './export-render.js';
import { layoutExport } from './layout.js';
import { sceneToSvg, type Scene } from './scene.js';

export type ImageFormat = 'png' | 'svg';

/** What an element shows: its report, language and the request its class makes. */
export interface ExportSubject {
  report: Report;
  language: Language;
  request: ExportRequest;
}

export function exportModel({ report, language, request }: ExportSubject): ExportModel {
  switch (request.kind) {
    case 'stat-card':
      return statCardExport(report, language, request);
    case 'region-map':
      return regionMapExport(report, language, request);
    case 'story-list':
      return storyListExport(report, language, request);
  }
}

/** The scene at the element's width, in its colors and font, once the page's fonts have loaded. */
async function sceneOf(host: HTMLElement, model: ExportModel): Promise<Scene> {
  await document.fonts?.ready;
  const font = getComputedStyle(host).fontFamily || 'sans-serif';
  return layoutExport(model, { width: host.getBoundingClientRect().width, font, palette: readPalette(host), measure: canvasMeasure(font) });
}

export async function exportImage(host: HTMLElement, subject: ExportSubject, format: ImageFormat = 'png'): Promise<Blob> {
  const scene = await sceneOf(host, exportModel(subject));
  if (format === 'svg') return new Blob([sceneToSvg(scene)], { type: 'image/svg+xml;charset=utf-8' });
  if (format !== 'png') throw new TypeError(`unknown image format "${String(format)}" (png or svg)`);
  return sceneToPng(scene);
}

export function exportData(subject: ExportSubject): Blob {
  return new Blob([toCsv(exportModel(subject).table)], { type: 'text/csv;charset=utf-8' });
}

/** What the download buttons do: export, then save under the model's file name. */
export async function download(host: HTMLElement, subject: ExportSubject, what: 'image' | 'data'): Promise<void> {
  const model = exportModel(subject);
  const blob = what === 'image' ? await sceneToPng(await sceneOf(host, model)) : new Blob([toCsv(model.table)], { type: 'text/csv;charset=utf-8' });
  saveBlob(host, blob, `${model.fileName}.${what === 'image' ? 'png' : 'csv'}`);
}
