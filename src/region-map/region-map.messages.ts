/** Interface text of <sw-region-map> in the three languages. */
import type { Language } from '../report/schema.js';

export interface RegionMapMessages {
  /** Name of the default measure: 报道数量 / Number of stories. */
  storiesMeasure: string;
  /** 3 篇报道 / 3 stories. */
  storyCount: (count: number, formatted: string) => string;
  /** What a division without stories shows. */
  noStories: string;
  /** What a division without a value of the chosen metric shows. */
  noData: string;
  /** A metric's label and its value: 注册志愿者：超32万人 / registered volunteers: over 320,000. */
  metricValue: (label: string, value: string) => string;
  /** 地点：潮州市 / Places: Chaozhou. */
  places: (list: string) => string;
  /** A place with the places under it: 朝天区（中子镇、朝天镇） / Chaotian District (Zhongzi Town, Chaotian Town). */
  placeWithChildren: (place: string, children: string) => string;
  /** Joins the parts of a tile's accessible name: 广东省，1 篇报道，地点：潮州市. */
  joinParts: (parts: string[]) => string;
  /** Accessible name of the map: 各省级行政区的报道数量 / Number of stories by provincial-level division. */
  mapLabel: (measure: string) => string;
  /** How to use the map with a keyboard, read by screen readers. */
  keyboardHint: string;
  /** Story titles in the tooltip beyond the first few: 另有 2 篇报道 / and 2 more stories. */
  moreStories: (count: number) => string;
  /** Legend entry of the place marker. */
  markerLegend: string;
  /** The button that shows the table to sighted readers. */
  showTable: string;
  divisionHeader: string;
  placesHeader: string;
  storiesHeader: string;
  /** Under the table: 其余 29 个省级行政区没有报道 / The other 29 divisions have no stories. */
  otherDivisions: (count: number, nothing: string) => string;
  /** The `metric` attribute names no metric of the report. */
  unknownMetric: (id: string) => string;
  /** The `indicator` attribute names no indicator of the report. */
  unknownIndicator: (id: string) => string;
  /** The `year` attribute names a year the indicator has no values for. */
  unknownYear: (year: string, indicator: string) => string;
  /** The `scale` attribute is not quantile, quantize or threshold. */
  unknownScale: (scale: string) => string;
  /** An indicator the map cannot draw; `field` is the path in the report (indicators[0].values[3].division). */
  indicatorProblem: Record<'unknown-division' | 'duplicate-value' | 'invalid-value', (field: string, detail: string) => string>;
  /** Legend title of an indicator: 常住人口（2020年） / Resident population, 2020. */
  indicatorTitle: (label: string, year: string) => string;
  /** Column header of the rank. */
  rankHeader: string;
  /** CSV column headers of an indicator's unit and date. */
  unitHeader: string;
  dateHeader: string;
  /** The legend's no-data entry naming the few divisions without a value: 无数据：香港、澳门、台湾. */
  noDataNamed: (noData: string, names: string) => string;
  /** Accessible name of a sort button: 按常住人口排序 / Sort by resident population. */
  sortBy: (column: string) => string;
  /** What no tile shows: 另有 3 篇全国性报道、1 项全国性数据 / plus 3 national stories and 1 national figure. Empty for none. */
  nationalLine: (stories: number, figures: number) => string;
  /** Name of the national row of the table. */
  nationalName: string;
}

export const REGION_MAP_MESSAGES: Record<Language, RegionMapMessages> = {
  'zh-Hans': {
    storiesMeasure: '报道数量',
    storyCount: (_count, formatted) => `${formatted} 篇报道`,
    noStories: '无报道',
    noData: '无数据',
    metricValue: (label, value) => `${label}：${value}`,
    places: (list) => `地点：${list}`,
    placeWithChildren: (place, children) => `${place}（${children}）`,
    joinParts: (parts) => parts.join('，'),
    mapLabel: (measure) => `各省级行政区的${measure}`,
    keyboardHint: '用方向键在地图上移动，按回车键或空格键选择，按 Esc 键取消选择。',
    moreStories: (count) => `另有 ${count} 篇报道`,
    markerLegend: '报道提及的市、县等地点',
    showTable: '以表格显示',
    divisionHeader: '省级行政区',
    placesHeader: '地点',
    storiesHeader: '报道',
    otherDivisions: (count, nothing) => `其余 ${count} 个省级行政区：${nothing}`,
    unknownMetric: (id) => `未找到指标 "${id}"`,
    unknownIndicator: (id) => `未找到分省数据 "${id}"`,
    unknownYear: (year, id) => `分省数据 "${id}" 没有 ${year} 年的数值`,
    unknownScale: (scale) => `分级方式 "${scale}" 无效，应为 quantile、quantize 或 threshold`,
    indicatorProblem: {
      'unknown-division': (field, code) => `${field}：${code} 不是省级行政区代码`,
      'duplicate-value': (field, key) => `${field}：同一省级行政区同一日期的数值重复（${key}）`,
      'invalid-value': (field, value) => `${field}：${value} 不是数字`,
    },
    indicatorTitle: (label, year) => `${label}（${year}年）`,
    rankHeader: '排名',
    unitHeader: '单位',
    dateHeader: '日期',
    noDataNamed: (noData, names) => `${noData}：${names}`,
    sortBy: (column) => `按${column}排序`,
    nationalLine: (stories, figures) =>
      stories || figures ? `另有 ${[stories ? `${stories} 篇全国性报道` : '', figures ? `${figures} 项全国性数据` : ''].filter(Boolean).join('、')}` : '',
    nationalName: '全国',
  },
  'zh-Hant': {
    storiesMeasure: '報道數量',
    storyCount: (_count, formatted) => `${formatted} 篇報道`,
    noStories: '沒有報道',
    noData: '沒有資料',
    metricValue: (label, value) => `${label}：${value}`,
    places: (list) => `地點：${list}`,
    placeWithChildren: (place, children) => `${place}（${children}）`,
    joinParts: (parts) => parts.join('，'),
    mapLabel: (measure) => `各省級行政區的${measure}`,
    keyboardHint: '用方向鍵在地圖上移動，按 Enter 鍵或空白鍵選擇，按 Esc 鍵取消選擇。',
    moreStories: (count) => `另有 ${count} 篇報道`,
    markerLegend: '報道提及的市、縣等地點',
    showTable: '以表格顯示',
    divisionHeader: '省級行政區',
    placesHeader: '地點',
    storiesHeader: '報道',
    otherDivisions: (count, nothing) => `其餘 ${count} 個省級行政區：${nothing}`,
    unknownMetric: (id) => `找不到指標 "${id}"`,
    unknownIndicator: (id) => `找不到分省資料 "${id}"`,
    unknownYear: (year, id) => `分省資料 "${id}" 沒有 ${year} 年的數值`,
    unknownScale: (scale) => `分級方式 "${scale}" 無效，應為 quantile、quantize 或 threshold`,
    indicatorProblem: {
      'unknown-division': (field, code) => `${field}：${code} 不是省級行政區代碼`,
      'duplicate-value': (field, key) => `${field}：同一省級行政區同一日期的數值重複（${key}）`,
      'invalid-value': (field, value) => `${field}：${value} 不是數字`,
    },
    indicatorTitle: (label, year) => `${label}（${year}年）`,
    rankHeader: '排名',
    unitHeader: '單位',
    dateHeader: '日期',
    noDataNamed: (noData, names) => `${noData}：${names}`,
    sortBy: (column) => `按${column}排序`,
    nationalLine: (stories, figures) =>
      stories || figures ? `另有 ${[stories ? `${stories} 篇全國性報道` : '', figures ? `${figures} 項全國性數據` : ''].filter(Boolean).join('、')}` : '',
    nationalName: '全國',
  },
  en: {
    storiesMeasure: 'Number of stories',
    storyCount: (count, formatted) => `${formatted} ${count === 1 ? 'story' : 'stories'}`,
    noStories: 'no stories',
    noData: 'no data',
    metricValue: (label, value) => `${label}: ${value}`,
    places: (list) => `Places: ${list}`,
    placeWithChildren: (place, children) => `${place} (${children})`,
    joinParts: (parts) => parts.join(', '),
    mapLabel: (measure) => `${measure} by provincial-level division`,
    keyboardHint: 'Use the arrow keys to move across the map, Enter or Space to select, Escape to clear the selection.',
    moreStories: (count) => `and ${count} more ${count === 1 ? 'story' : 'stories'}`,
    markerLegend: 'Cities, counties and other places named in the stories',
    showTable: 'Show as table',
    divisionHeader: 'Division',
    placesHeader: 'Places',
    storiesHeader: 'Stories',
    otherDivisions: (count, nothing) => `The other ${count} divisions: ${nothing}`,
    unknownMetric: (id) => `Metric "${id}" not found`,
    unknownIndicator: (id) => `Figures by division "${id}" not found`,
    unknownYear: (year, id) => `Figures by division "${id}" have no values for ${year}`,
    unknownScale: (scale) => `Scale "${scale}" is not valid; use quantile, quantize or threshold`,
    indicatorProblem: {
      'unknown-division': (field, code) => `${field}: ${code} is not a provincial-level division code`,
      'duplicate-value': (field, key) => `${field}: a second value for the same division and date (${key})`,
      'invalid-value': (field, value) => `${field}: ${value} is not a number`,
    },
    indicatorTitle: (label, year) => `${label}, ${year}`,
    rankHeader: 'Rank',
    unitHeader: 'Unit',
    dateHeader: 'Date',
    noDataNamed: (noData, names) => `${noData}: ${names}`,
    sortBy: (column) => `Sort by ${column.charAt(0).toLowerCase() + column.slice(1)}`,
    nationalLine: (stories, figures) => {
      const parts = [stories ? `${stories} national ${stories === 1 ? 'story' : 'stories'}` : '', figures ? `${figures} national ${figures === 1 ? 'figure' : 'figures'}` : ''].filter(Boolean);
      return parts.length ? `plus ${parts.join(' and ')}` : '';
    },
    nationalName: 'China (national)',
  },
};
