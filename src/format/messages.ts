/**
 * Interface text shared by every element, per language. Element-specific text
 * lives beside each element (e.g. stat-card/stat-card.messages.ts).
 */
import type { Language } from '../report/schema.js';

export interface SharedMessages {
  loading: string;
  /** Prefix of a source line: 据《潮州日报》 / Source: Chaozhou Daily. */
  source: (names: string) => string;
  /** Joins a list of names: 《潮州日报》、中国社会工作联合会 / A, B and C. */
  list: (items: string[]) => string;
  errorHeading: string;
  staleNotice: string;
  loadError: {
    /** The report, or code the element loads on demand, could not be reached. */
    network: (url: string) => string;
    /** A file the element loads on demand answered with content that does not match its hash: it was not used. */
    tampered: (url: string) => string;
  };
}

export const SHARED_MESSAGES: Record<Language, SharedMessages> = {
  'zh-Hans': {
    loading: '正在加载…',
    source: (names) => `据${names}`,
    list: (items) => items.join('、'),
    errorHeading: '无法显示',
    staleNotice: '新数据加载失败，仍显示上次的数据。',
    loadError: {
      network: (url) => `无法连接到报告地址 ${url}`,
      tampered: (url) => `${url} 的内容与校验值不符`,
    },
  },
  'zh-Hant': {
    loading: '正在載入…',
    source: (names) => `據${names}`,
    list: (items) => items.join('、'),
    errorHeading: '無法顯示',
    staleNotice: '新資料載入失敗，仍顯示上次的資料。',
    loadError: {
      network: (url) => `無法連接到報告地址 ${url}`,
      tampered: (url) => `${url} 的內容與校驗值不符`,
    },
  },
  en: {
    loading: 'Loading…',
    source: (names) => `Source: ${names}`,
    // As Intl.ListFormat('en-GB') joins them (A, B and C), which Safari 14.0 does not have.
    list: (items) =>
      items.length > 2 ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : items.join(' and '),
    errorHeading: 'Cannot show this',
    staleNotice: 'New data failed to load; showing the last data.',
    loadError: {
      network: (url) => `Cannot reach the report at ${url}`,
      tampered: (url) => `${url} does not match its hash`,
    },
  },
};
