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
  card: {
    id: string;
    metric: string;
    value: string;
    qualifier: string;
    unit: string;
    shownAs: string;
    place: string;
    date: string;
    source: string;
    note: string;
    target: string;
    deadline: string;
  };
  map: { code: string; division: string; value: string; shownAs: string; places: string; stories: string };
  list: {
    /** The image's heading: 报道 / 广东省的报道 / 标签“慈善”的报道. */
    heading: (region: string | null, tag: string | null) => string;
    id: string;
    title: string;
    date: string;
    places: string;
    sources: string;
    summary: string;
    tags: string;
    link: string;
  };
}

export const EXPORT_MESSAGES: Record<Language, ExportMessages> = {
  'zh-Hans': {
    attribution: (title, publisher) => `报告：${title.startsWith(publisher) ? title : `${title}（${publisher}）`}`,
    separator: ' · ',
    cellSeparator: '；',
    qualifiers: { exact: '确数', over: '超过', odd: '余', plus: '多', 'at-most': '不超过' },
    units: { 人: '人', 名: '名', 家: '家', 个: '个', 元: '元', 场: '场', 人次: '人次', 岁: '岁', '%': '%' },
    card: { id: '编号', metric: '指标', value: '数值', qualifier: '限定', unit: '单位', shownAs: '显示为', place: '地点', date: '日期', source: '来源', note: '备注', target: '目标', deadline: '目标期限' },
    map: { code: '行政区划代码', division: '省级行政区', value: '数值', shownAs: '显示为', places: '地点', stories: '报道' },
    list: {
      heading: (region, tag) => `${region ?? ''}${tag ? `标签“${tag}”的` : region ? '的' : ''}报道`,
      id: '编号', title: '标题', date: '日期', places: '地点', sources: '来源', summary: '摘要', tags: '标签', link: '链接',
    },
  },
  'zh-Hant': {
    attribution: (title, publisher) => `報告：${title.startsWith(publisher) ? title : `${title}（${publisher}）`}`,
    separator: ' · ',
    cellSeparator: '；',
    qualifiers: { exact: '確數', over: '超過', odd: '餘', plus: '多', 'at-most': '不超過' },
    units: { 人: '人', 名: '名', 家: '家', 个: '個', 元: '元', 场: '場', 人次: '人次', 岁: '歲', '%': '%' },
    card: { id: '編號', metric: '指標', value: '數值', qualifier: '限定', unit: '單位', shownAs: '顯示為', place: '地點', date: '日期', source: '來源', note: '備註', target: '目標', deadline: '目標期限' },
    map: { code: '行政區劃代碼', division: '省級行政區', value: '數值', shownAs: '顯示為', places: '地點', stories: '報道' },
    list: {
      heading: (region, tag) => `${region ?? ''}${tag ? `標籤「${tag}」的` : region ? '的' : ''}報道`,
      id: '編號', title: '標題', date: '日期', places: '地點', sources: '來源', summary: '摘要', tags: '標籤', link: '連結',
    },
  },
  en: {
    attribution: (title, publisher) => `Report: ${title.startsWith(publisher) ? title : `${title} (${publisher})`}`,
    separator: ' · ',
    cellSeparator: '; ',
    qualifiers: { exact: 'exact', over: 'over', odd: 'odd', plus: 'plus', 'at-most': 'at most' },
    units: { 人: 'people', 名: 'people', 家: 'organizations', 个: 'items', 元: 'yuan', 场: 'events', 人次: 'person-times', 岁: 'years', '%': '%' },
    card: { id: 'ID', metric: 'Metric', value: 'Value', qualifier: 'Qualifier', unit: 'Unit', shownAs: 'Shown as', place: 'Place', date: 'Date', source: 'Source', note: 'Note', target: 'Target', deadline: 'Target date' },
    map: { code: 'Division code', division: 'Division', value: 'Value', shownAs: 'Shown as', places: 'Places', stories: 'Stories' },
    list: {
      heading: (region, tag) => `Stories${region ? ` from ${region}` : ''}${tag ? ` tagged “${tag}”` : ''}`,
      id: 'ID', title: 'Title', date: 'Date', places: 'Places', sources: 'Sources', summary: 'Summary', tags: 'Tags', link: 'Link',
    },
  },
};
