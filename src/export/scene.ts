/**
 * The exported image as a list of shapes and text lines in CSS pixels, and
 * its SVG form. One scene gives both formats: the SVG keeps text as text
 * (searchable, sharp, translatable), the PNG paints the same scene on a canvas
 * (export-render.ts). Pure.
 */

export interface SceneText {
  type: 'text';
  x: number;
  /** The baseline. */
  y: number;
  text: string;
  size: number;
  weight: 400 | 600 | 700;
  fill: string;
  anchor?: 'start' | 'middle';
}

export interface SceneRect {
  type: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  stroke?: string;
  strokeWidth?: number;
  radius?: number;
}

export interface SceneCircle {
  type: 'circle';
  cx: number;
  cy: number;
  r: number;
  fill: string;
  stroke?: string;
}

/** SVG path data in its own units, drawn scaled by `scale` and moved to `x`, `y`; the stroke width is in CSS pixels. */
export interface ScenePath {
  type: 'path';
  d: string;
  x: number;
  y: number;
  scale: number;
  fill: string;
  stroke?: string;
  strokeWidth?: number;
}

export type SceneItem = SceneText | SceneRect | SceneCircle | ScenePath;

export interface Scene {
  /** Size in CSS pixels; the PNG is twice as large. */
  width: number;
  height: number;
  background: string;
  /** The CSS font-family list of every text. */
  font: string;
  /** The language of the text (lang of the SVG). */
  language: string;
  /** The image's title (SVG `<title>`, its accessible name). */
  title: string;
  items: SceneItem[];
}

/** XML 1.0 forbids most control characters even as references; report text may contain them. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text for SVG content or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"]/g, (c) => XML_ESCAPES[c]);
}

/** Coordinates with at most two decimals keep the file small. */
const n = (value: number) => String(Math.round(value * 100) / 100);

function itemToSvg(item: SceneItem): string {
  switch (item.type) {
    case 'text':
      return `<text x="${n(item.x)}" y="${n(item.y)}" font-size="${n(item.size)}"${item.weight === 400 ? '' : ` font-weight="${item.weight}"`}${item.anchor === 'middle' ? ' text-anchor="middle"' : ''} fill="${escapeXml(item.fill)}">${escapeXml(item.text)}</text>`;
    case 'rect':
      return `<rect x="${n(item.x)}" y="${n(item.y)}" width="${n(item.width)}" height="${n(item.height)}"${item.radius ? ` rx="${n(item.radius)}"` : ''} fill="${escapeXml(item.fill)}"${item.stroke ? ` stroke="${escapeXml(item.stroke)}" stroke-width="${n(item.strokeWidth ?? 1)}"` : ''}/>`;
    case 'path':
      return `<path transform="translate(${n(item.x)} ${n(item.y)}) scale(${item.scale})" d="${escapeXml(item.d)}" fill="${escapeXml(item.fill)}"${item.stroke ? ` stroke="${escapeXml(item.stroke)}" stroke-width="${Number(((item.strokeWidth ?? 1) / item.scale).toPrecision(4))}" stroke-linejoin="round"` : ''}/>`;
    case 'circle':
      return `<circle cx="${n(item.cx)}" cy="${n(item.cy)}" r="${n(item.r)}" fill="${escapeXml(item.fill)}"${item.stroke ? ` stroke="${escapeXml(item.stroke)}"` : ''}/>`;
  }
}

/** A standalone SVG document (UTF-8) with its text as `<text>`. */
export function sceneToSvg(scene: Scene): string {
  const { width, height } = scene;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="${escapeXml(scene.font)}" lang="${escapeXml(scene.language)}" role="img">`,
    `<title>${escapeXml(scene.title)}</title>`,
    `<rect width="${n(width)}" height="${n(height)}" fill="${escapeXml(scene.background)}"/>`,
    ...scene.items.map(itemToSvg),
    '</svg>',
  ].join('\n');
}
