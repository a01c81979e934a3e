/**
 * Classes of values for the map's colors: at most five steps of one hue.
 * Returns step numbers, not colors: the colors are CSS custom properties
 * (`--sw-map-step-1` ... `--sw-map-step-5`) so themes and partners can set them. Pure.
 *
 * The classes are thresholds (what d3-scale's `scaleThreshold` does), looked up
 * here with a few lines of code: importing `scaleThreshold` adds about 0.6 KB
 * gzip to the script-tag bundle, because d3-array's bundled module does not
 * tree-shake, and scales built on `linearish` would add d3-format as well.
 */

/** How many color steps the palette has. */
export const STEP_COUNT = 5;

export interface StepBin {
  /** 1 (lightest) to STEP_COUNT (strongest). */
  step: number;
  /** Smallest and largest value in the data that falls in this bin. */
  from: number;
  to: number;
}

export interface StepScale {
  /** The step of a value, or null for no data (null, NaN). */
  step: (value: number | null | undefined) => number | null;
  /** The bins in increasing order, for the legend. */
  bins: StepBin[];
}

/**
 * Which palette steps `count` classes use: the strongest always, and spread
 * apart so that neighbouring classes differ clearly (2 classes: 3 and 5).
 */
export function stepsFor(count: number, stepCount = STEP_COUNT): number[] {
  if (count <= 0) return [];
  if (count === 1) return [stepCount];
  const first = Math.max(1, stepCount - 2 * (count - 1));
  return Array.from({ length: count }, (_, i) => Math.round(first + (i * (stepCount - first)) / (count - 1)));
}

/**
 * Quantile classes over the distinct values: up to STEP_COUNT distinct values
 * get a class each; more are split into STEP_COUNT groups of (nearly) equal
 * numbers of distinct values, so that a few very large figures do not leave
 * every other division in the lightest step.
 */
export function buildStepScale(values: ReadonlyArray<number | null | undefined>, stepCount = STEP_COUNT): StepScale {
  const distinct = [
    ...new Set(values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value))),
  ].sort((a, b) => a - b);
  const groupCount = Math.min(distinct.length, stepCount);
  const groups: number[][] = Array.from({ length: groupCount }, (_, g) =>
    distinct.slice(
      Math.round((g * distinct.length) / groupCount),
      Math.round(((g + 1) * distinct.length) / groupCount),
    ),
  );
  const steps = stepsFor(groupCount, stepCount);
  const bins = groups.map((group, i) => ({ step: steps[i], from: group[0], to: group[group.length - 1] }));
  return {
    // The last bin whose first value is at most `value` (values below the smallest fall in the first bin).
    step: (value) => {
      if (typeof value !== 'number' || !Number.isFinite(value) || !bins.length) return null;
      let i = 0;
      while (i + 1 < bins.length && bins[i + 1].from <= value) i++;
      return bins[i].step;
    },
    bins,
  };
}
