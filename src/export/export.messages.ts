/** Text of exported images and CSV files (column headers, attribution), per language. Loaded with the export code. */
import type { Language, Qualifier, Unit } from '../report/schema.js';

export interface ExportMessages {
  /** The footer line naming the report; the publisher is left out when the title already starts with it. */
  attribution: (title: string, publisher: string) => string;
  /** Between the parts of a meta line: 潮州市 · 2024年6月. */
  separator: string;
  /** Between several values in one CSV cell (story titles of a division). */
  cellSeparator: string;
  qualifiers: Record<Qualifier, string>;
  units: Record<Unit, string>;
}

export const EXPORT_MESSAGES: Record<Language, ExportMessages> = {
  'zh-Hans': {
    attribution: (title, publisher) => `报告：${title.startsWith(publisher) ? title : `${title}（${publisher}）`}`,
    separator: ' · ',
    cellSeparator: '；',
    qualifiers: { exact: '确数', over: '超过', odd: '余', plus: '多', 'at-most': '不超过' },
    units: { 人: '人', 名: '名', 家: '家', 个: '个', 元: '元', 场: '场', 人次: '人次', 岁: '岁', '%': '%' },
  },
  'zh-Hant': {
    attribution: (title, publisher) => `報告：${title.startsWith(publisher) ? title : `${title}（${publisher}）`}`,
    separator: ' · ',
    cellSeparator: '；',
    qualifiers: { exact: '確數', over: '超過', odd: '餘', plus: '多', 'at-most': '不超過' },
    units: { 人: '人', 名: '名', 家: '家', 个: '個', 元: '元', 场: '場', 人次: '人次', 岁: '歲', '%': '%' },
  },
  en: {
    attribution: (title, publisher) => `Report: ${title.startsWith(publisher) ? title : `${title} (${publisher})`}`,
    separator: ' · ',
    cellSeparator: '; ',
    qualifiers: { exact: 'exact', over: 'over', odd: 'odd', plus: 'plus', 'at-most': 'at most' },
    units: {
      人: 'people',
      名: 'people',
      家: 'organizations',
      个: 'items',
      元: 'yuan',
      场: 'events',
      人次: 'person-times',
      岁: 'years',
      '%': '%',
    },
  },
};
