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
  /** The color of diagonal lines over the fill; the stroke is then dashed (a choropleth's divisions without a value). */
  hatch?: string;
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
  /** As a rect's; lines and dashes keep their size in CSS pixels whatever the scale. */
  hatch?: string;
}

/** Hatching and dashes as the map draws divisions without a value (its no-data pattern, dashed outline), in CSS pixels. */
export const HATCH_SPACING = 5;
export const HATCH_WIDTH = 0.5;
export const DASH = [4, 3];

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

/** A length in CSS pixels in the units of an item drawn at `scale`. */
const unscaled = (value: number, scale: number) => Number((value / scale).toPrecision(4));

/**
 * The hatching patterns of one SVG, one per color and scale: a userSpaceOnUse pattern lives in the user space of
 * the shape that uses it, so a path drawn scaled needs its own to keep the lines HATCH_SPACING CSS pixels apart.
 */
type Patterns = Map<string, { id: string; color: string; scale: number }>;

function dashes(item: SceneRect | ScenePath, scale: number): string {
  return item.hatch ? ` stroke-dasharray="${DASH.map((dash) => unscaled(dash, scale)).join(' ')}"` : '';
}

/** The shape again, filled with the hatching pattern, over the shape in its no-data color. */
function hatchOver(shape: string, item: SceneRect | ScenePath, scale: number, patterns: Patterns): string {
  if (!item.hatch) return '';
  const key = `${item.hatch} ${scale}`;
  const pattern = patterns.get(key) ?? { id: `sw-hatch-${patterns.size + 1}`, color: item.hatch, scale };
  patterns.set(key, pattern);
  return `${shape} fill="url(#${pattern.id})"/>`;
}

function patternToSvg({ id, color, scale }: { id: string; color: string; scale: number }): string {
  return `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${HATCH_SPACING}" height="${HATCH_SPACING}" patternTransform="${scale === 1 ? '' : `scale(${unscaled(1, scale)}) `}rotate(45)"><line x1="${HATCH_SPACING / 2}" y1="0" x2="${HATCH_SPACING / 2}" y2="${HATCH_SPACING}" stroke="${escapeXml(color)}" stroke-width="${HATCH_WIDTH}"/></pattern>`;
}

function itemToSvg(item: SceneItem, patterns: Patterns): string {
  switch (item.type) {
    case 'text':
      return `<text x="${n(item.x)}" y="${n(item.y)}" font-size="${n(item.size)}"${item.weight === 400 ? '' : ` font-weight="${item.weight}"`}${item.anchor === 'middle' ? ' text-anchor="middle"' : ''} fill="${escapeXml(item.fill)}">${escapeXml(item.text)}</text>`;
    case 'rect': {
      const shape = `<rect x="${n(item.x)}" y="${n(item.y)}" width="${n(item.width)}" height="${n(item.height)}"${item.radius ? ` rx="${n(item.radius)}"` : ''}`;
      return `${shape} fill="${escapeXml(item.fill)}"${item.stroke ? ` stroke="${escapeXml(item.stroke)}" stroke-width="${n(item.strokeWidth ?? 1)}"${dashes(item, 1)}` : ''}/>${hatchOver(shape, item, 1, patterns)}`;
    }
    case 'path': {
      const shape = `<path transform="translate(${n(item.x)} ${n(item.y)}) scale(${item.scale})" d="${escapeXml(item.d)}"`;
      return `${shape} fill="${escapeXml(item.fill)}"${item.stroke ? ` stroke="${escapeXml(item.stroke)}" stroke-width="${unscaled(item.strokeWidth ?? 1, item.scale)}" stroke-linejoin="round"${dashes(item, item.scale)}` : ''}/>${hatchOver(shape, item, item.scale, patterns)}`;
    }
    case 'circle':
      return `<circle cx="${n(item.cx)}" cy="${n(item.cy)}" r="${n(item.r)}" fill="${escapeXml(item.fill)}"${item.stroke ? ` stroke="${escapeXml(item.stroke)}"` : ''}/>`;
  }
}

/** A standalone SVG document (UTF-8) with its text as `<text>`. */
export function sceneToSvg(scene: Scene): string {
  const { width, height } = scene;
  const patterns: Patterns = new Map();
  const items = scene.items.map((item) => itemToSvg(item, patterns));
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="${escapeXml(scene.font)}" lang="${escapeXml(scene.language)}" role="img">`,
    `<title>${escapeXml(scene.title)}</title>`,
    `<rect width="${n(width)}" height="${n(height)}" fill="${escapeXml(scene.background)}"/>`,
    ...(patterns.size ? [`<defs>${[...patterns.values()].map(patternToSvg).join('')}</defs>`] : []),
    ...items,
    '</svg>',
  ].join('\n');
}
