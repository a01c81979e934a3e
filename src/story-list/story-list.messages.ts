/** Interface text of <sw-story-list>, per language. */
import type { Language } from '../report/schema.js';

export interface StoryListMessages {
  /** Status line: 共 4 篇报道 / 4 stories; with paging, how many are shown. */
  count: (total: number, shown: number) => string;
  /** The sentence shown instead of an empty list; region and tag are display names or null. */
  empty: (region: string | null, tag: string | null) => string;
  /** What the list is filtered by: 筛选：广东省 / Filtered: Guangdong. */
  filteredBy: (region: string | null, tag: string | null) => string;
  clearFilter: string;
  /** The "show more" button: the next `step` stories of `remaining`. */
  showMore: (step: number, remaining: number) => string;
  /** Before the original title under a translated one. */
  originalTitle: string;
  /** Read after a title link that opens a new tab. */
  newTab: string;
  figures: string;
  /** After a key figure whose label another figure of the story shares: （2018年） / (2018). */
  figureDate: (date: string) => string;
  tags: string;
  /** Between place names. */
  placeSeparator: string;
  /** Description of a place button when the list follows a map. */
  showOnMap: (division: string) => string;
  /** The `region` attribute is not a provincial-level code. */
  unknownRegion: (value: string) => string;
}

const en = new Intl.NumberFormat('en-GB');

export const STORY_LIST_MESSAGES: Record<Language, StoryListMessages> = {
  'zh-Hans': {
    count: (total, shown) => `共 ${total} 篇报道` + (shown < total ? `，显示 ${shown} 篇` : ''),
    empty: (region, tag) => (tag ? `${region ?? ''}暂无“${tag}”标签的报道` : `${region ?? '本报告'}暂无报道`),
    filteredBy: (region, tag) => `筛选：${[region, tag && `标签“${tag}”`].filter(Boolean).join('，')}`,
    clearFilter: '清除筛选',
    showMore: (_step, remaining) => `显示更多（还有 ${remaining} 篇）`,
    originalTitle: '原标题：',
    newTab: '（在新标签页中打开）',
    figures: '关键数字',
    figureDate: (date) => `（${date}）`,
    tags: '标签',
    placeSeparator: '、',
    showOnMap: (division) => `在地图上选择${division}`,
    unknownRegion: (value) => `region 属性的值“${value}”不是省级行政区代码（例如广东省为 440000）`,
  },
  'zh-Hant': {
    count: (total, shown) => `共 ${total} 篇報道` + (shown < total ? `，顯示 ${shown} 篇` : ''),
    empty: (region, tag) => (tag ? `${region ?? ''}暫無「${tag}」標籤的報道` : `${region ?? '本報告'}暫無報道`),
    filteredBy: (region, tag) => `篩選：${[region, tag && `標籤「${tag}」`].filter(Boolean).join('，')}`,
    clearFilter: '清除篩選',
    showMore: (_step, remaining) => `顯示更多（還有 ${remaining} 篇）`,
    originalTitle: '原標題：',
    newTab: '（在新分頁開啟）',
    figures: '關鍵數字',
    figureDate: (date) => `（${date}）`,
    tags: '標籤',
    placeSeparator: '、',
    showOnMap: (division) => `在地圖上選擇${division}`,
    unknownRegion: (value) => `region 屬性的值「${value}」不是省級行政區代碼（例如廣東省為 440000）`,
  },
  en: {
    count: (total, shown) =>
      shown < total
        ? `Showing ${en.format(shown)} of ${en.format(total)} stories`
        : `${en.format(total)} ${total === 1 ? 'story' : 'stories'}`,
    empty: (region, tag) =>
      tag
        ? `No stories${region ? ` from ${region}` : ''} tagged “${tag}”`
        : region
          ? `No stories from ${region}`
          : 'This report has no stories',
    filteredBy: (region, tag) => `Filtered: ${[region, tag && `tagged “${tag}”`].filter(Boolean).join(', ')}`,
    clearFilter: 'Clear filter',
    showMore: (step, remaining) =>
      remaining <= step
        ? `Show ${en.format(remaining)} more`
        : `Show ${en.format(step)} more (${en.format(remaining)} left)`,
    originalTitle: 'Original title: ',
    newTab: ' (opens in a new tab)',
    figures: 'Key figures',
    figureDate: (date) => ` (${date})`,
    tags: 'Tags',
    placeSeparator: ', ',
    showOnMap: (division) => `Select ${division} on the map`,
    unknownRegion: (value) =>
      `The region attribute "${value}" is not the code of a provincial-level division (Guangdong is 440000)`,
  },
};
