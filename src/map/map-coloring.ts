/**
 * How a map colors its divisions' values: the color step of a value, the legend's entries and, with an indicator,
 * the figure written on a tile, ranks, the dates of the values and the legend's no-data entry. The map's story counts
 * and metrics are colored in five steps (color-scale.ts, in the element's view); an indicator in classes
 * (indicatorColoring, loaded with the choropleth's code). Types only here.
 */
import type { Indicator } from '../report/schema.js';
import type { ClassScaleKind } from './class-scale.js';

export interface LegendStep {
  step: number;
  /** 1, 2–3, 超32万人. */
  label: string;
}

/** An indicator as a map draws it: the scale used, the year shown and the legend's source line. */
export interface IndicatorView {
  indicator: Indicator;
  scale: ClassScaleKind;
  /** How many classes the scale has. */
  classes: number;
  year: string;
  /** The unit as the reader's language writes it in the legend header is part of each range; this is the source line: 据国家统计局… */
  sourceLine: string;
  /** The indicator's note in the reader's language, or ''. */
  note: string;
  /** A title with the year shown: 常住人口（2020年） / Resident population, 2020. */
  title: (label: string) => string;
}

export interface MapColoring {
  /** The color step of a value, or null for no data (neutral). */
  step: (value: number | null) => number | null;
  legend: LegendStep[];
  /** With an indicator: how it is drawn and what it adds to a division's tile (its figure, rank and date). */
  indicator?: Omit<IndicatorView, 'sourceLine' | 'note'> & {
    /** A division's figure on its tile: 12601万 / 126.0m. */
    tile: (value: number) => string;
    /** A division's rank by value among those with a value (1 = largest), or null without a value. */
    rank: (code: string) => number | null;
    /** 第 3 / 31 / 3rd of 31. */
    rankText: (rank: number) => string;
    /** The date a division's value holds for (2020), or null. */
    date: (code: string) => string | null;
    /** The legend's no-data entry: with up to five divisions without a value, it names them (无数据：香港、澳门、台湾). */
    noData: (label: string, missing: string[], list: (items: string[]) => string) => string;
  };
}
