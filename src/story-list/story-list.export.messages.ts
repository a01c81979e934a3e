/** Text of the image heading and CSV columns of <sw-story-list>'s export, per language. Loaded with its export model (src/story-list/story-list.export.ts), never with the element. */
import type { Language } from '../report/schema.js';

export type StoryListExportMessages = {
  /** The image's heading: 报道 / 广东省的报道 / 标签“慈善”的报道. */
  heading: (region: string | null, tag: string | null) => string;
  id: string;
  title: string;
  date: string;
  places: string;
  sources: string;
  summary: string;
  tags: string;
  /** Column of the story's key figures, and one figure in it: 注册志愿者：超32万人（2023年）. */
  figures: string;
  figure: (label: string, value: string, date?: string) => string;
  link: string;
};

export const STORY_LIST_EXPORT_MESSAGES: Record<Language, StoryListExportMessages> = {
  'zh-Hans': {
    heading: (region, tag) => `${region ?? ''}${tag ? `标签“${tag}”的` : region ? '的' : ''}报道`,
    id: '编号',
    title: '标题',
    date: '日期',
    places: '地点',
    sources: '来源',
    summary: '摘要',
    tags: '标签',
    link: '链接',
    figures: '数据',
    figure: (label, value, date) => `${label}：${value}${date ? `（${date}）` : ''}`,
  },
  'zh-Hant': {
    heading: (region, tag) => `${region ?? ''}${tag ? `標籤「${tag}」的` : region ? '的' : ''}報道`,
    id: '編號',
    title: '標題',
    date: '日期',
    places: '地點',
    sources: '來源',
    summary: '摘要',
    tags: '標籤',
    link: '連結',
    figures: '數據',
    figure: (label, value, date) => `${label}：${value}${date ? `（${date}）` : ''}`,
  },
  en: {
    heading: (region, tag) => `Stories${region ? ` from ${region}` : ''}${tag ? ` tagged “${tag}”` : ''}`,
    id: 'ID',
    title: 'Title',
    date: 'Date',
    places: 'Places',
    sources: 'Sources',
    summary: 'Summary',
    tags: 'Tags',
    link: 'Link',
    figures: 'Figures',
    figure: (label, value, date) => `${label}: ${value}${date ? ` (${date})` : ''}`,
  },
};
