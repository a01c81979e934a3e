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
    nationalLine: (stories, figures) =>
      stories || figures
        ? `另有 ${[stories ? `${stories} 篇全国性报道` : '', figures ? `${figures} 项全国性数据` : ''].filter(Boolean).join('、')}`
        : '',
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
    nationalLine: (stories, figures) =>
      stories || figures
        ? `另有 ${[stories ? `${stories} 篇全國性報道` : '', figures ? `${figures} 項全國性數據` : ''].filter(Boolean).join('、')}`
        : '',
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
    nationalLine: (stories, figures) => {
      const parts = [
        stories ? `${stories} national ${stories === 1 ? 'story' : 'stories'}` : '',
        figures ? `${figures} national ${figures === 1 ? 'figure' : 'figures'}` : '',
      ].filter(Boolean);
      return parts.length ? `plus ${parts.join(' and ')}` : '';
    },
    nationalName: 'China (national)',
  },
};
