/**
 * Lays out an element's export model as an image scene: the heading, what the
 * element shows (the figure, the tile map with its legend, the stories), then
 * the source line and the report's attribution so that the image stands
 * alone (e.g. in a WeChat article). Pure: text widths come from `measure`.
 * The map's part is in layout-map.ts, what the parts share in layout-flow.ts.
 */
import type { CardFigure, ExportModel, ListFigure } from './export-model.js';
import type { Scene } from './scene.js';
import { baseline, clamp, Flow, type LayoutOptions } from './layout-flow.js';
import { layoutMap } from './layout-map.js';

export type { LayoutOptions, Palette, TextMeasure, Weight } from './layout-flow.js';

/** Narrowest and widest image, in CSS pixels. */
export const MIN_IMAGE_WIDTH = 280;
export const MAX_IMAGE_WIDTH = 1200;

function layoutCard(flow: Flow, figure: CardFigure, options: LayoutOptions): void {
  const { palette, measure } = options;
  const { before, number, after } = figure.figure;
  // The figure as large as the card draws it (11% of the width), smaller when it would not fit on one line.
  let size = clamp(options.width * 0.11, 32, 64);
  const widthAt = (s: number) => measure(before, s / 2, 600) + measure(number, s, 700) + measure(after, s / 2, 600);
  if (widthAt(size) > flow.width) size = Math.max(16, (size * flow.width) / widthAt(size));
  const lineHeight = size * 1.2;
  const y = baseline(flow.y, lineHeight, size);
  let x = flow.left;
  for (const [text, partSize, weight] of [
    [before, size / 2, 600],
    [number, size, 700],
    [after, size / 2, 600],
  ] as const) {
    if (!text) continue;
    flow.items.push({ type: 'text', x, y, text, size: partSize, weight, fill: palette.accent });
    x += measure(text, partSize, weight);
  }
  flow.y += lineHeight;
  flow.gap(6);
  flow.text(figure.meta, 14, 400, palette.muted);
  if (figure.note) {
    flow.gap(6);
    const top = flow.y;
    flow.text(figure.note, 14, 400, palette.muted, 11);
    flow.items.push({ type: 'rect', x: flow.left, y: top, width: 3, height: flow.y - top, fill: palette.border });
  }
  if (figure.progress) {
    flow.gap(10);
    const { fraction, text } = figure.progress;
    flow.items.push({
      type: 'rect',
      x: flow.left,
      y: flow.y,
      width: flow.width,
      height: 10,
      radius: 5,
      fill: palette.surfaceAlt,
      stroke: palette.border,
    });
    if (fraction > 0)
      flow.items.push({
        type: 'rect',
        x: flow.left,
        y: flow.y,
        width: Math.max(10, flow.width * fraction),
        height: 10,
        radius: 5,
        fill: palette.accent,
      });
    flow.gap(14);
    flow.text(text, 14, 400, palette.muted);
  }
  if (figure.story) {
    flow.gap(6);
    flow.text(figure.story, 14, 400, palette.muted);
  }
}

function layoutList(flow: Flow, figure: ListFigure, options: LayoutOptions): void {
  const { palette } = options;
  flow.text(figure.status, 14, 400, palette.muted);
  for (const story of figure.stories) {
    flow.gap(10);
    flow.rule(palette.border);
    flow.gap(10);
    flow.text(story.title, 17, 600, palette.text);
    flow.gap(2);
    flow.text(story.meta, 13, 400, palette.muted);
    flow.text(story.sources, 13, 400, palette.muted);
    flow.gap(4);
    flow.text(story.summary, 15, 400, palette.text);
  }
}

/** The scene of an export model at a width (clamped to 280–1200 CSS pixels). */
export function layoutExport(model: ExportModel, options: LayoutOptions): Scene {
  const width = Math.round(clamp(options.width || 640, MIN_IMAGE_WIDTH, MAX_IMAGE_WIDTH));
  const laid = { ...options, width };
  const padding = Math.round(clamp(width * 0.05, 16, 32));
  const flow = new Flow(laid, padding, width - 2 * padding, padding);
  const { palette } = options;
  flow.text(model.title, width < 400 ? 17 : 19, 600, palette.text);
  flow.gap(8);
  const figure = model.figure;
  if (figure.kind === 'card') layoutCard(flow, figure, laid);
  else if (figure.kind === 'map') layoutMap(flow, figure, laid);
  else layoutList(flow, figure, laid);
  flow.gap(16);
  flow.rule(palette.border);
  flow.gap(8);
  flow.text(model.source, 13, 400, palette.muted);
  flow.text(model.attribution, 12, 400, palette.muted);
  return {
    width,
    height: Math.ceil(flow.y + padding),
    background: palette.surface,
    font: options.font,
    language: model.language,
    title: model.title,
    items: flow.items,
  };
}
