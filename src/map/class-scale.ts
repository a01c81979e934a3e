/**
 * Classes of a choropleth (`<sw-region-map indicator>`): 3–7 classes of the
 * values of all divisions on one scale, from d3-scale. Pure; returns palette
 * step numbers (the colors are CSS custom properties `--sw-map-step-N`).
 *
 * - `quantile`: (nearly) the same number of divisions in each class, so that
 *   a few very large figures do not leave every other division in the
 *   lightest class. The default, as figures by province are usually skewed
 *   (population, spending).
 * - `quantize`: classes of equal width on round numbers: the width is 1, 2,
 *   2.5, 3, 4 or 5 × 10ⁿ, the smallest that covers the values in at most the
 *   classes asked for (3000万, 6000万, 9000万 … rather than 2600万, 5200万),
 *   so there may be fewer classes (roundClasses).
 * - `threshold`: classes bounded by the indicator's own `breaks`; without
 *   breaks, the round bounds of `quantize`.
 *
 * Only `scaleQuantile` and `scaleThreshold` are imported (about 1.6 KB gzip
 * with the d3-array code they use). `scaleQuantize` is not: its `nice()`
 * comes with d3-scale's linear machinery, d3-format and d3-interpolate
 * (4.5 KB gzip in all), and its equal parts of a nice domain are not round
 * (0–1.3亿 in five: 2600万, 5200万); the equal classes are a threshold scale
 * over round bounds, written out below.
 */
import { scaleQuantile, scaleThreshold } from 'd3-scale';

export const CLASS_SCALES = ['quantile', 'quantize', 'threshold'] as const;
export type ClassScaleKind = (typeof CLASS_SCALES)[number];

export const MIN_CLASSES = 3;
export const MAX_CLASSES = 7;
export const DEFAULT_CLASSES = 5;

/** The palette has 7 steps: 1–5 as the story map uses them, 6 and 7 beyond the accent (only for 6 or 7 classes). */
export const PALETTE_STEPS = 7;

export interface ClassBin {
  /** Palette step, 1 (lightest) to 7. */
  step: number;
  /** Lower bound (inclusive) and upper bound (exclusive, except for the last class); null when open. */
  lower: number | null;
  upper: number | null;
  /** Smallest and largest value of the data in the class. */
  min: number;
  max: number;
  /** How many values fall in the class. */
  count: number;
}

export interface ClassScale {
  kind: ClassScaleKind;
  /** How many classes the scale has (some may hold no value). */
  classes: number;
  /** Palette step of a value, or null for no data. */
  step: (value: number | null | undefined) => number | null;
  /** The classes that hold at least one value, lowest first: the legend shows no class that no division shows. */
  bins: ClassBin[];
}

export interface ClassScaleOptions {
  kind?: ClassScaleKind | null;
  /** Number of classes, 3–7 (clamped); ignored for `threshold` with breaks (breaks + 1 classes). */
  classes?: number | null;
  /** Ascending bounds for `threshold`. */
  breaks?: readonly number[] | null;
}

/** The scale used when none is asked for: the indicator's breaks when it has them, else quantiles. */
export function defaultClassScale(breaks?: readonly number[] | null): ClassScaleKind {
  return breaks?.length ? 'threshold' : 'quantile';
}

/** Clamps a requested number of classes to 3–7 (default 5). */
export function classCount(requested: number | null | undefined): number {
  if (typeof requested !== 'number' || !Number.isFinite(requested)) return DEFAULT_CLASSES;
  return Math.min(MAX_CLASSES, Math.max(MIN_CLASSES, Math.round(requested)));
}

/**
 * Which palette steps `count` classes use, lightest first: the story map's
 * five steps for up to five classes (3 classes: 1, 3, 5), all seven for
 * seven, and six of them for six.
 */
export function paletteSteps(count: number): number[] {
  const top = count <= 5 ? 5 : PALETTE_STEPS;
  if (count <= 1) return count === 1 ? [top] : [];
  const first = Math.max(1, top - 2 * (count - 1));
  return Array.from({ length: count }, (_, i) => Math.round(first + (i * (top - first)) / (count - 1)));
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

export function buildClassScale(
  input: ReadonlyArray<number | null | undefined>,
  options: ClassScaleOptions = {},
): ClassScale {
  const values = input.filter(isNumber).sort((a, b) => a - b);
  const breaks = (options.breaks ?? []).filter(isNumber);
  const kind = options.kind ?? defaultClassScale(breaks);
  const min = values[0] ?? 0;
  const max = values[values.length - 1] ?? 0;
  let count = classCount(options.classes);
  // Bounds between classes (count - 1 of them), and the outer bounds of the first and last class.
  let thresholds: number[];
  let outer: [number | null, number | null] = [null, null];
  if (kind === 'quantile') {
    thresholds = scaleQuantile<number>()
      .domain(values)
      .range(Array.from({ length: count }, (_, i) => i))
      .quantiles();
    outer = [min, max];
  } else if (kind === 'threshold' && breaks.length) {
    thresholds = [...breaks].sort((a, b) => a - b);
    count = thresholds.length + 1;
  } else {
    const { start, step, classes } = roundClasses(min, max, count);
    const at = (i: number) => Number((start + i * step).toPrecision(12));
    count = classes;
    thresholds = Array.from({ length: count - 1 }, (_, i) => at(i + 1));
    outer = [at(0), at(count)];
  }
  const classOf = scaleThreshold<number, number>()
    .domain(thresholds)
    .range(Array.from({ length: count }, (_, i) => i));
  const steps = paletteSteps(count);
  const all: ClassBin[] = Array.from({ length: count }, (_, i) => ({
    step: steps[i],
    lower: i === 0 ? outer[0] : thresholds[i - 1],
    upper: i === count - 1 ? outer[1] : thresholds[i],
    min: Number.NaN,
    max: Number.NaN,
    count: 0,
  }));
  for (const value of values) {
    const bin = all[classOf(value)];
    if (!bin.count) bin.min = value;
    bin.max = value;
    bin.count++;
  }
  return {
    kind: kind === 'threshold' && !breaks.length ? 'quantize' : kind,
    classes: count,
    step: (value) => (isNumber(value) && values.length ? steps[classOf(value)] : null),
    bins: all.filter((bin) => bin.count > 0),
  };
}

/** Round widths of a class, times a power of ten. */
const ROUND_WIDTHS = [1, 2, 2.5, 3, 4, 5];

/**
 * Equal classes on round numbers over [min, max]: the smallest width of 1, 2,
 * 2.5, 3, 4 or 5 × 10ⁿ that covers the range in at most `count` classes
 * starting at a multiple of it (3,648,100–126,012,510 in five: 0, 3000万 …
 * 1.5亿); `classes` is how many it takes.
 */
export function roundClasses(
  min: number,
  max: number,
  count: number,
): { start: number; step: number; classes: number } {
  const top = max > min ? max : min + 1;
  let power = 10 ** Math.floor(Math.log10((top - min) / count));
  for (;;) {
    for (const width of ROUND_WIDTHS) {
      const step = width * power;
      const first = Math.floor(min / step + 1e-9);
      const classes = Math.max(1, Math.ceil(top / step - 1e-9) - first);
      if (classes <= count) return { start: first * step, step, classes };
    }
    power *= 10;
  }
}
