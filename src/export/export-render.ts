/**
 * The browser side of exporting: the element's colors, width and font, text
 * measured on a canvas, the scene painted on a canvas at 2× for the PNG, and
 * a download through a temporary `<a download>`. The PNG is painted with the
 * canvas 2D API, so it uses the page's fonts (web fonts included) and the
 * system's CJK fonts; the SVG names the same fonts and shows with whatever
 * fonts the viewer has.
 */
import type { Palette, TextMeasure } from './layout.js';
import { DASH, HATCH_SPACING, HATCH_WIDTH, type Scene, type SceneItem } from './scene.js';

/** The PNG has exactly twice the CSS size, whatever the screen's devicePixelRatio. */
export const PNG_SCALE = 2;

function context2d(width = 1, height = 1): CanvasRenderingContext2D {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: width === 1 });
  if (!context) throw new Error('no canvas 2D context');
  return context;
}

/** Any CSS color (color-mix(), color(srgb …)) as #rrggbb, or rgba() when translucent: what every SVG viewer reads. */
export function toSvgColor(color: string, pixel: CanvasRenderingContext2D = context2d()): string {
  pixel.clearRect(0, 0, 1, 1);
  pixel.fillStyle = '#000';
  pixel.fillStyle = color;
  pixel.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = pixel.getImageData(0, 0, 1, 1).data;
  if (a === 255) return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  return `rgba(${r},${g},${b},${Math.round((a / 255) * 1000) / 1000})`;
}

/**
 * The element's theme colors as they are resolved in its shadow root (light,
 * dark, a partner's --sw-* values): read from a probe span, one color at a time.
 */
export function readPalette(host: HTMLElement): Palette {
  const root = host.shadowRoot ?? host;
  const probe = document.createElement('span');
  root.append(probe);
  const pixel = context2d();
  const read = (expression: string, className = '') => {
    probe.className = `visually-hidden ${className}`;
    probe.style.color = expression;
    return toSvgColor(getComputedStyle(probe).color, pixel);
  };
  try {
    const steps = [1, 2, 3, 4, 5, 6, 7];
    return {
      surface: read('var(--_surface)'),
      surfaceAlt: read('var(--_surface-alt)'),
      text: read('var(--_text)'),
      muted: read('var(--_text-muted)'),
      border: read('var(--_border)'),
      accent: read('var(--_accent)'),
      // Step classes exist in the map's styles; elsewhere they fall back to the accent.
      steps: steps.map((step) => read('var(--_fill, var(--_accent))', `step-${step}`)),
      stepInk: steps.map((step) => read('var(--_ink, var(--_text))', `step-${step}`)),
      noData: read('var(--sw-map-no-data, var(--_surface-alt))'),
      // The map's own (region-map.styles.ts); elsewhere the border color.
      mapBorder: read('var(--_map-border, var(--_border))'),
      noDataInk: read('var(--sw-map-no-data-text, var(--_text-muted))'),
    };
  } finally {
    probe.remove();
  }
}

/** A rectangle with round corners, as Path2D.roundRect draws it (which Chrome 99, Safari 16 and Firefox 112 added). */
function roundedRect(path: Path2D, x: number, y: number, width: number, height: number, radius: number): void {
  const r = Math.min(radius, width / 2, height / 2);
  path.moveTo(x + r, y);
  path.arcTo(x + width, y, x + width, y + height, r);
  path.arcTo(x + width, y + height, x, y + height, r);
  path.arcTo(x, y + height, x, y, r);
  path.arcTo(x, y, x + width, y, r);
  path.closePath();
}

const fontShorthand = (size: number, weight: number, family: string) => `${weight} ${size}px ${family}`;

/** Sets the font, falling back to sans-serif when the family list is not valid in canvas syntax. */
function setFont(context: CanvasRenderingContext2D, size: number, weight: number, family: string): void {
  context.font = fontShorthand(size, weight, family);
  if (!context.font.includes(`${size}px`)) context.font = fontShorthand(size, weight, 'sans-serif');
}

/** Text widths from a canvas with the page's fonts. */
export function canvasMeasure(family: string): TextMeasure {
  const context = context2d();
  return (text, size, weight) => {
    setFont(context, size, weight, family);
    return context.measureText(text).width;
  };
}

/**
 * The scene's hatching (its SVG pattern: lines HATCH_SPACING apart at 45°) inside a shape, in CSS pixels:
 * clipped to the shape in its own transform, lines drawn across the whole image in the scene's.
 */
function hatch(
  context: CanvasRenderingContext2D,
  shape: Path2D,
  color: string,
  scene: DOMMatrix,
  extent: number,
): void {
  context.save();
  context.clip(shape);
  context.setTransform(scene);
  context.rotate(Math.PI / 4);
  context.beginPath();
  for (let x = -extent + HATCH_SPACING / 2; x < extent; x += HATCH_SPACING) {
    context.moveTo(x, -extent);
    context.lineTo(x, extent);
  }
  context.strokeStyle = color;
  context.lineWidth = HATCH_WIDTH;
  context.setLineDash([]);
  context.stroke();
  context.restore();
}

/** Paints one item; `extent` is the image's width plus height (hatching covers it whatever the rotation). */
function paintItem(context: CanvasRenderingContext2D, item: SceneItem, family: string, extent: number): void {
  const scene = context.getTransform();
  context.beginPath();
  if (item.type === 'text') {
    setFont(context, item.size, item.weight, family);
    context.textAlign = item.anchor === 'middle' ? 'center' : 'left';
    context.textBaseline = 'alphabetic';
    context.fillStyle = item.fill;
    context.fillText(item.text, item.x, item.y);
    return;
  }
  if (item.type === 'path') {
    context.save();
    context.translate(item.x, item.y);
    context.scale(item.scale, item.scale);
    const path = new Path2D(item.d);
    if (item.fill !== 'none') {
      context.fillStyle = item.fill;
      context.fill(path);
    }
    if (item.hatch) hatch(context, path, item.hatch, scene, extent);
    if (item.stroke) {
      context.strokeStyle = item.stroke;
      context.lineWidth = (item.strokeWidth ?? 1) / item.scale;
      context.lineJoin = 'round';
      if (item.hatch) context.setLineDash(DASH.map((dash) => dash / item.scale));
      context.stroke(path);
    }
    context.restore();
    return;
  }
  const shape = new Path2D();
  if (item.type === 'rect') {
    if (item.radius) roundedRect(shape, item.x, item.y, item.width, item.height, item.radius);
    else shape.rect(item.x, item.y, item.width, item.height);
  } else {
    shape.arc(item.cx, item.cy, item.r, 0, 2 * Math.PI);
  }
  if (item.fill !== 'none') {
    context.fillStyle = item.fill;
    context.fill(shape);
  }
  const hatched = item.type === 'rect' && item.hatch;
  if (hatched) hatch(context, shape, hatched, scene, extent);
  if (item.stroke) {
    context.strokeStyle = item.stroke;
    context.lineWidth = item.type === 'rect' ? (item.strokeWidth ?? 1) : 1;
    context.setLineDash(hatched ? DASH : []);
    context.stroke(shape);
  }
}

/** The scene as a PNG of exactly PNG_SCALE × its CSS size. */
export function sceneToPng(scene: Scene): Promise<Blob> {
  const context = context2d(Math.round(scene.width * PNG_SCALE), Math.round(scene.height * PNG_SCALE));
  context.scale(PNG_SCALE, PNG_SCALE);
  context.fillStyle = scene.background;
  context.fillRect(0, 0, scene.width, scene.height);
  for (const item of scene.items) paintItem(context, item, scene.font, scene.width + scene.height);
  return new Promise((resolve, reject) =>
    context.canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the canvas could not be encoded as PNG'))),
      'image/png',
    ),
  );
}

/** How long a download's object URL lives: long enough for a slow browser to start saving it. */
const REVOKE_AFTER_MS = 40_000;

/** Saves a blob under a name: a temporary `<a download>` in the host's shadow root, clicked once. */
export function saveBlob(host: HTMLElement, blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  (host.shadowRoot ?? host).append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
