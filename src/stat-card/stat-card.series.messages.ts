/** Text of a stat card's series (change line, sparkline, table): loaded with the series code, on demand. */
import type { Language } from '../report/schema.js';

/** The pieces of the sentence that tells a whole series. */
export interface SeriesSummaryParts {
  label: string;
  /** The first and last dates: 2016年, 2022年 / 2016, 2022. */
  from: string;
  to: string;
  /** The first and last figures. */
  first: string;
  last: string;
  /** From the first point to the last. */
  direction: 'up' | 'down' | 'same';
  /** How many points the series has. */
  count: number;
}

/** The change against an earlier point: `since` is its date, `amount` the change (19.4万人 / 26.3%). */
type ChangeText = (since: string, amount: string, isPercent: boolean) => string;

export interface SeriesMessages {
  /** The line under a figure with a series: 比2021年增加19.4万人 / up 194,000 from 2021. */
  change: { up: ChangeText; down: ChangeText; same: (since: string) => string };
  /** The change as a sentence after the card's spoken sentence. */
  changeSentence: (change: string) => string;
  /** The sparkline's accessible name: the series in one sentence. */
  seriesSummary: (parts: SeriesSummaryParts) => string;
  /** The button that opens the table of the series' points, and its column headers. */
  seriesTable: string;
  seriesDate: string;
  seriesValue: string;
}

export const SERIES_MESSAGES: Record<Language, SeriesMessages> = {
  'zh-Hans': {
    change: {
      up: (since, amount, isPercent) => `比${since}${isPercent ? '增长' : '增加'}${amount}`,
      down: (since, amount, isPercent) => `比${since}${isPercent ? '下降' : '减少'}${amount}`,
      same: (since) => `与${since}持平`,
    },
    changeSentence: (change) => `${change}。`,
    seriesSummary: (p) =>
      `${p.label}，${p.from}至${p.to}共${p.count}个数据：${p.direction === 'same' ? `前后均为${p.last}` : `从${p.first}${p.direction === 'up' ? '增至' : '降至'}${p.last}`}。`,
    seriesTable: '数据表',
    seriesDate: '日期',
    seriesValue: '数值',
  },
  'zh-Hant': {
    change: {
      up: (since, amount, isPercent) => `比${since}${isPercent ? '增長' : '增加'}${amount}`,
      down: (since, amount, isPercent) => `比${since}${isPercent ? '下降' : '減少'}${amount}`,
      same: (since) => `與${since}持平`,
    },
    changeSentence: (change) => `${change}。`,
    seriesSummary: (p) =>
      `${p.label}，${p.from}至${p.to}共${p.count}個數據：${p.direction === 'same' ? `前後均為${p.last}` : `從${p.first}${p.direction === 'up' ? '增至' : '降至'}${p.last}`}。`,
    seriesTable: '數據表',
    seriesDate: '日期',
    seriesValue: '數值',
  },
  en: {
    change: {
      up: (since, amount) => `up ${amount} from ${since}`,
      down: (since, amount) => `down ${amount} from ${since}`,
      same: (since) => `unchanged from ${since}`,
    },
    changeSentence: (change) => ` ${change.charAt(0).toUpperCase()}${change.slice(1)}.`,
    seriesSummary: (p) => {
      const label = p.label.charAt(0).toUpperCase() + p.label.slice(1);
      const trend =
        p.direction === 'same'
          ? `${p.last} at both ends`
          : `${p.direction === 'up' ? 'up' : 'down'} from ${p.first} to ${p.last}`;
      return `${label}, ${p.from} to ${p.to}, ${p.count} figures: ${trend}.`;
    },
    seriesTable: 'Data table',
    seriesDate: 'Date',
    seriesValue: 'Value',
  },
};
