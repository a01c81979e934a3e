/**
 * What the image layout's parts share (layout.ts, layout-map.ts): the options (width, font, palette, text
 * measure) and `Flow`, which writes lines and shapes top to bottom. Pure.
 */
import type { SceneItem, SceneText } from './scene.js';
import { wrapText } from './text-wrap.js';

/** The element's colors, resolved to values an SVG file understands (#rrggbb or rgba()). */
export interface Palette {
  surface: string;
  surfaceAlt: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
  /** Fills of the map's color steps 1–5, and the label color on each. */
  steps: string[];
  stepInk: string[];
  noData: string;
  noDataInk: string;
  /** Borders between divisions on the geographic map. */
  mapBorder: string;
}

export type Weight = SceneText['weight'];
/** The width of a text at a font size and weight, in CSS pixels. */
export type TextMeasure = (text: string, size: number, weight: Weight) => number;

export interface LayoutOptions {
  /** The image's width in CSS pixels (the element's width). */
  width: number;
  /** CSS font-family list. */
  font: string;
  palette: Palette;
  measure: TextMeasure;
}

export const LINE_HEIGHT = 1.45;

export const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Writes lines and shapes top to bottom inside the padding. */
export class Flow {
  readonly items: SceneItem[] = [];
  y: number;
  constructor(
    private readonly options: LayoutOptions,
    readonly left: number,
    readonly width: number,
    top: number,
  ) {
    this.y = top;
  }

  /** The text wrapped to the width (less `indent`), one line box of size × 1.45 per line. */
  text(text: string, size: number, weight: Weight, fill: string, indent = 0): void {
    if (!text) return;
    const measure = (line: string) => this.options.measure(line, size, weight);
    const lineHeight = size * LINE_HEIGHT;
    for (const line of wrapText(text, this.width - indent, measure)) {
      this.items.push({
        type: 'text',
        x: this.left + indent,
        y: baseline(this.y, lineHeight, size),
        text: line,
        size,
        weight,
        fill,
      });
      this.y += lineHeight;
    }
  }

  gap(px: number): void {
    this.y += px;
  }

  rule(color: string): void {
    this.items.push({ type: 'rect', x: this.left, y: this.y, width: this.width, height: 1, fill: color });
    this.y += 1;
  }
}

/** The baseline that centres a line of CJK or Latin text in a line box. */
export function baseline(top: number, lineHeight: number, size: number): number {
  return top + (lineHeight - size) / 2 + size * 0.86;
}
