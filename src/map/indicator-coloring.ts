/**
 * How a choropleth colors, writes and ranks an indicator's values (map-coloring.ts): its classes (class-scale.ts),
 * the tiles' figures and the legend's ranges in one display format (legend-ranges.ts), ranks, and the legend's
 * no-data entry. Loaded with the choropleth's code (choropleth-kit.ts).
 */
import type { Indicator, Language, Report } from '../report/schema.js';
import { CHOROPLETH_MESSAGES } from './choropleth.messages.js';
import { buildClassScale, type ClassScaleKind } from './class-scale.js';
import type { IndicatorSlice } from './indicator-values.js';
import { formatRank, indicatorDisplay, rankValues } from './legend-ranges.js';
import type { MapColoring } from './map-coloring.js';
import type { RegionEntry } from './region-values.js';

/**
 * Puts the indicator's values of `slice` into `entries` (every division with a value gets an entry; the others'
 * values become null) and colors them in classes: `scale` and `steps` as the map's attributes say.
 */
export function indicatorColoring(
  report: Report,
  { indicator, slice }: { indicator: Indicator; slice: IndicatorSlice },
  entries: Map<string, RegionEntry>,
  { scale, steps }: { scale?: string | null; steps?: number | null },
  language: Language,
): MapColoring {
  for (const entry of entries.values()) entry.value = null;
  for (const [code, value] of slice.values) {
    const entry = entries.get(code) ?? { code, value: null, places: [], stories: [] };
    entry.value = value.value;
    entries.set(code, entry);
  }
  const values = [...entries.values()].map((entry) => entry.value);
  const classes = buildClassScale(values, {
    kind: (scale as ClassScaleKind | null) ?? null,
    classes: steps,
    breaks: indicator.breaks,
  });
  const display = indicatorDisplay(
    indicator,
    values.filter((value): value is number => value !== null),
    classes,
    language,
    report.units,
  );
  const ranks = rankValues(
    new Map([...entries].flatMap(([code, entry]) => (entry.value === null ? [] : [[code, entry.value] as const]))),
  );
  return {
    step: classes.step,
    legend: classes.bins.map((bin) => ({ step: bin.step, label: display.legend(bin) })),
    indicator: {
      indicator,
      scale: classes.kind,
      classes: classes.classes,
      year: slice.year,
      title: (label) => CHOROPLETH_MESSAGES[language].indicatorTitle(label, slice.year),
      tile: display.tile,
      rank: (code) => ranks.get(code) ?? null,
      rankText: (rank) => formatRank(rank, ranks.size, language),
      date: (code) => slice.values.get(code)?.date ?? null,
      noData: (label, missing, list) =>
        missing.length && missing.length <= 5 ? CHOROPLETH_MESSAGES[language].noDataNamed(label, list(missing)) : label,
    },
  };
}
